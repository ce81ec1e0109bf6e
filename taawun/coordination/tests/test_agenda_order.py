"""A new agenda item goes last unless the officer puts it elsewhere: the form opens with the
next place, and the items come out in the order they were added."""

import pytest
from django.urls import reverse

from taawun.coordination import services

from .factories import meeting_data

pytestmark = pytest.mark.django_db


def test_items_added_through_the_form_keep_the_order_they_were_added_in(
    committee, client_for, users
):
    meeting = services.meeting_save(committee=committee, by=users["officer"], **meeting_data())
    client = client_for("officer")
    create = reverse("coordination:item-create", args=[meeting.pk])
    for title in ["أولا", "ثانيا", "ثالثا"]:
        form = client.get(create).context["form"]
        order = form["order"].value()
        assert int(order) == meeting.agenda_items.count() + 1
        data = {"order": order, "title_ar": title, "title_fr": title, "kind": "discussion"}
        assert client.post(create, data).status_code == 302
    titles = list(meeting.agenda_items.order_by("order").values_list("title_ar", flat=True))
    assert titles[1:] == ["أولا", "ثانيا", "ثالثا"]  # after the state of the action items
    assert [item.order for item in meeting.agenda_items.order_by("order")] == [1, 2, 3, 4]
