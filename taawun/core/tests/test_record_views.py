"""The shared write views: RecordFormView and RecordActionView, on a throwaway service."""

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import path, reverse

from taawun import urls as site_urls
from taawun.core.views import NOT_SAVED, RecordActionView, RecordFormView

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


def rename(*, user, first_name):
    """A service: writes, then refuses "refuse" — the view must leave nothing behind."""
    user.last_name = "written before the refusal"
    user.save()
    if first_name == "refuse":
        raise ValidationError({"first_name": "This name is refused."})
    user.first_name = first_name
    user.save()
    return user


def retire(*, user):
    if user.username == "admin":
        raise ValidationError("The administrator stays.")
    user.last_name = "retired"
    user.save()


class NameForm(forms.Form):
    first_name = forms.CharField(max_length=50)


class RenameView(RecordFormView):
    permission = "partners.add_partner"  # editors only (admin, officer)
    form_class = NameForm
    title = "Rename"

    def get_parent_queryset(self):
        return get_user_model().objects.filter(is_active=True)

    def save(self, form):
        rename(user=self.parent, **form.cleaned_data)
        self.warnings.append("Checked twice.")

    def get_success_url(self):
        return "/done/"


class RenameByRuleView(RenameView):
    """Any signed-in user reaches it; the rule about the parent decides."""

    permission = "core.view_workspace"
    parent_permission = "partners.add_partner"


class RetireView(RecordActionView):
    permission = "partners.add_partner"
    success_message = "Retired."

    def get_queryset(self):
        return get_user_model().objects.filter(is_active=True)

    def act(self, record):
        retire(user=record)

    def get_success_url(self):
        return "/done/"


urlpatterns = [
    *site_urls.urlpatterns,
    path("test/rename/<int:pk>/", RenameView.as_view(), name="test-rename"),
    path("test/retire/<int:pk>/", RetireView.as_view(), name="test-retire"),
    path("test/rename-by-rule/<int:pk>/", RenameByRuleView.as_view(), name="test-rename-by-rule"),
]
handler403 = site_urls.handler403
handler404 = site_urls.handler404


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_the_form_page_shows_the_form_with_its_title(client_for, users):
    response = client_for("officer").get(reverse("test-rename", args=[users["partner"].pk]))
    assert response.status_code == 200
    assert response.templates[0].name == "manage/form.html"
    page = response.content.decode()
    assert "<h1>Rename</h1>" in page
    assert 'name="first_name"' in page


def test_a_valid_form_goes_through_the_service_and_redirects_with_the_messages(client_for, users):
    target = users["partner"]
    response = client_for("officer").post(
        reverse("test-rename", args=[target.pk]), {"first_name": "Salma"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/done/"
    target.refresh_from_db()
    assert target.first_name == "Salma"


def test_a_refusal_of_the_service_answers_400_with_the_reason_and_saves_nothing(client_for, users):
    target = users["partner"]
    response = client_for("officer").post(
        reverse("test-rename", args=[target.pk]), {"first_name": "refuse"}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["first_name"] == ["This name is refused."]
    assert messages_of(response) == [str(NOT_SAVED)]
    target.refresh_from_db()
    assert target.first_name != "refuse"
    assert target.last_name != "written before the refusal"


def test_an_invalid_form_answers_400_and_never_reaches_the_service(client_for, users):
    target = users["partner"]
    response = client_for("officer").post(reverse("test-rename", args=[target.pk]), {})
    assert response.status_code == 400
    assert "first_name" in response.context["form"].errors
    target.refresh_from_db()
    assert target.last_name != "written before the refusal"


def test_a_role_without_the_rule_gets_403_and_saves_nothing(client_for, users):
    target = users["partner"]
    client = client_for("council")
    assert client.get(reverse("test-rename", args=[target.pk])).status_code == 403
    response = client.post(reverse("test-rename", args=[target.pk]), {"first_name": "Salma"})
    assert response.status_code == 403
    target.refresh_from_db()
    assert target.first_name != "Salma"


def test_anonymous_readers_are_sent_to_sign_in(client, users):
    response = client.get(reverse("test-rename", args=[users["partner"].pk]))
    assert response.status_code == 302
    assert "/accounts/" in response["Location"]


def test_a_parent_outside_the_scoped_queryset_is_404(client_for, users):
    target = users["partner"]
    target.is_active = False
    target.save()
    assert client_for("officer").get(reverse("test-rename", args=[target.pk])).status_code == 404


def test_the_action_view_refuses_get(client_for, users):
    target = users["partner"]
    response = client_for("officer").get(reverse("test-retire", args=[target.pk]))
    assert response.status_code == 405
    target.refresh_from_db()
    assert target.last_name != "retired"


def test_the_action_goes_through_the_service_and_says_so(client_for, users):
    target = users["partner"]
    response = client_for("officer").post(reverse("test-retire", args=[target.pk]), follow=False)
    assert response.status_code == 302
    assert response["Location"] == "/done/"
    target.refresh_from_db()
    assert target.last_name == "retired"


def test_a_refused_action_says_why_and_changes_nothing(client_for, users):
    client = client_for("officer")
    response = client.post(reverse("test-retire", args=[users["admin"].pk]))
    assert response.status_code == 302
    page = client.get(reverse("reports:dashboard"))
    assert "The administrator stays." in page.content.decode()
    users["admin"].refresh_from_db()
    assert users["admin"].last_name != "retired"


def test_the_action_needs_the_rule(client_for, users):
    target = users["partner"]
    assert client_for("council").post(reverse("test-retire", args=[target.pk])).status_code == 403
    target.refresh_from_db()
    assert target.last_name != "retired"


def test_the_parent_permission_is_asked_about_the_parent_found(client_for, users):
    target = users["partner"]
    path = reverse("test-rename-by-rule", args=[target.pk])
    assert client_for("council").get(path).status_code == 403
    assert client_for("officer").get(path).status_code == 200
    response = client_for("council").post(path, {"first_name": "Salma"})
    assert response.status_code == 403
    target.refresh_from_db()
    assert target.first_name != "Salma"
