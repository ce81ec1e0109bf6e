"""The home of a partner's representative on a phone (issue 12 #8): signed in as the INDH's
representative of the demo, in Arabic at 360 px, the page reads right to left, scrolls only
down, passes axe (no serious or critical violation: `Tab.check()`), shows its own agreement and
no other organisation's, and the payments it declared are one tap away in the menu; the list
of its declarations passes the same checks."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def aourir(db, restores_migration_rows):
    call_command("load_demo", verbosity=0)


def sign_in(tab, username):
    from taawun.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    tab.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": tab.base_url}]
    )


@pytest.mark.usefixtures("aourir")
def test_the_representatives_home_in_arabic_on_a_phone(phone_tab):
    from taawun.agreements.models import Agreement

    tab, page = phone_tab, phone_tab.page
    sign_in(tab, "partner-indh")
    tab.goto("/ar/manage/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#home-agreements")).to_be_visible()
    own = Agreement.objects.get(reference="CONV-2023-005")
    expect(page.locator(f"#home-agreement-{own.pk}")).to_be_visible()
    others = Agreement.objects.exclude(parties__partner__acronym="INDH")
    for agreement in others[:5]:
        expect(page.locator(f"#home-agreement-{agreement.pk}")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.locator(".site-header .menu-button").click()
    page.locator('#site-nav a[href="/ar/manage/agreements/payments/"]').click()
    page.wait_for_url("**/ar/manage/agreements/payments/")
    tab.check()
