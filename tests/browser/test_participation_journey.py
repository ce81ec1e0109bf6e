"""Acceptance of residents' participation (issue 13): on a phone in Arabic a new resident signs
up, confirms the address from the e-mail (sent by the worker), signs in with it, proposes a
priority with a photo and supports another; the support cannot be given twice. At the desk the
officer publishes the new priority, answers it and links a project; the resident then reads the
answer, the project's progress and its results on the priority's page. Every page passes
`Tab.check()` (axe, CSP, no other host, no sideways scroll)."""

import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from PIL import Image
from playwright.sync_api import expect

from taawun.accounts.tests.test_notifications import run_queued

from .test_partner_home import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "khadija.tamraght@example.ma"
PASSWORD = "Argane-2026-tamraght"


@pytest.fixture
def aourir(db, restores_migration_rows):
    call_command("load_demo", verbosity=0)


def photo_with_gps(path):
    image = Image.new("RGB", (1200, 900), (30, 120, 200))
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (30.0, 29.0, 30.0)})
    image.save(path, format="JPEG", exif=exif)
    return path


@pytest.mark.usefixtures("aourir")
def test_a_resident_takes_part_and_the_commune_answers(phone_tab, desktop_tab, tmp_path):
    from taawun.participation.models import Priority, Support
    from taawun.projects.models import Project

    tab, page = phone_tab, phone_tab.page
    tab.goto("/ar/residents/sign-up/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#notice")).to_contain_text("CNDP")
    page.fill("#id_display_name", "خديجة")
    page.fill("#id_email", EMAIL)
    page.select_option("#id_locality", label="تامراغت")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.check("#id_notice")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ar/residents/sign-up/sent/")
    tab.check()

    run_queued()  # what the worker does: the confirmation goes (and the demo's e-mails)
    (message,) = [m for m in mail.outbox if m.to == [EMAIL]]
    link = re.search(r"https?://\S+?(/ar/residents/confirm/\S+?/)", message.body).group(1)
    tab.goto(link)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ar/accounts/login/")
    tab.check()
    page.fill("#id_username", EMAIL)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ar/residents/me/")
    tab.check()

    page.locator("main a[href='/ar/priorities/new/']").first.click()
    page.wait_for_url("**/ar/priorities/new/")
    tab.check()
    page.fill("#id_title", "مصابيح في الطريق إلى شاطئ تامراغت")
    page.fill("#id_description", "الطريق مظلمة ليلًا بين الدوار والشاطئ.")
    page.select_option("#id_domain", index=1)
    page.set_input_files("#id_photo", str(photo_with_gps(tmp_path / "IMG_2041.jpg")))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/ar/residents/me/")
    tab.check()
    mine = Priority.objects.get(title="مصابيح في الطريق إلى شاطئ تامراغت")
    expect(page.locator(f"#priority-{mine.pk}")).to_contain_text("في انتظار المراجعة")
    with mine.photo.open("rb") as stored:
        assert not Image.open(io.BytesIO(stored.read())).getexif().get_ifd(0x8825)

    other = Priority.objects.get(title="ملعب قرب للشباب بحي إيمي ميقي")
    before = other.total_supports
    tab.goto(other.get_absolute_url())
    page.locator("#support button[type=submit]").click()
    page.wait_for_url(f"**{other.get_absolute_url()}*")
    tab.check()
    expect(page.locator("#support")).to_contain_text("أنت تؤيد هذه الأولوية")
    expect(page.locator("#support button[type=submit]")).to_have_count(0)
    # A second support by the same account, sent by hand, is refused and counts nothing.
    token = page.context.cookies()
    csrf = next(c["value"] for c in token if c["name"] == "csrftoken")
    answer = page.request.post(
        tab.url(f"/ar/priorities/{other.pk}/support/"),
        form={"csrfmiddlewaretoken": csrf},
        headers={"X-CSRFToken": csrf, "Referer": tab.url(other.get_absolute_url())},
    )
    assert answer.ok
    other.refresh_from_db()
    assert other.total_supports == before + 1
    assert Support.objects.filter(priority=other, user__email=EMAIL).count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # At the desk: the officer publishes, answers and links a project.
    desk, screen = desktop_tab, desktop_tab.page
    sign_in(desk, "officer")
    desk.goto(f"/ar/manage/participation/{mine.pk}/")
    screen.locator("main form[action$='/publish/'] button").click()
    screen.wait_for_url(f"**/ar/manage/participation/{mine.pk}/")
    desk.check()
    screen.locator(f"main a[href='/ar/manage/participation/{mine.pk}/answer/']").click()
    desk.check()
    screen.select_option("#id_answer_state", "planned")
    screen.fill("#id_answer_ar", "مبرمجة ضمن برنامج الإنارة العمومية بالطاقة الشمسية.")
    screen.fill("#id_answer_fr", "Programmée dans le programme d'éclairage public solaire.")
    screen.locator("main form button[name=publish]").click()
    screen.wait_for_url(f"**/ar/manage/participation/{mine.pk}/")
    desk.check()
    project = Project.objects.get(code="PRJ-2025-04")
    screen.locator(f"main a[href='/ar/manage/participation/{mine.pk}/projects/new/']").click()
    desk.check()
    screen.select_option("#id_project", str(project.pk))
    screen.locator("main form button[type=submit]").first.click()
    screen.wait_for_url(f"**/ar/manage/participation/{mine.pk}/*")
    desk.check()

    # The resident reads the answer and follows it to the project, its progress and results.
    mine.refresh_from_db()
    tab.goto(mine.get_absolute_url())
    expect(page.locator("main")).to_contain_text("مبرمجة ضمن برنامج الإنارة العمومية")
    chain = page.locator(f"section[aria-labelledby='project-{project.pk}']")
    expect(chain).to_contain_text(project.title_ar)
    expect(chain.locator("meter")).to_have_attribute("value", str(project.progress))
    expect(chain).to_contain_text("المحقق")
