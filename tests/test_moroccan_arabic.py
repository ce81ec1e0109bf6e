"""Moroccan Arabic (issue 10, item 8): Maghreb month names, درهم in the Arabic interface (MAD
stays in open data), the Arabic comma, years never grouped like amounts."""

import re
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from tests.test_translations import LOCALE, parse_po

ROOT = Path(__file__).resolve().parents[1]
ARABIC = "\u0600-\u06ff"
MASHRIQ_MONTHS = ["مايو", "يوليو ", "أغسطس", "سبتمبر", "نوفمبر", "ديسمبر"]
# A year printed as an amount: "2 026" with any of the separators Django's formats group with
# (the years of the demo and around; not the start or the end of a larger amount).
GROUPED_YEAR = re.compile(
    r"(?<!\d)(?<!\d[ \u00a0\u202f.,])(2)[ \u00a0\u202f.,](0[1-3]\d)(?![\d]|[ \u00a0\u202f.,]\d)"
)


def arabic_entries():
    return [
        (msgid, msgstr)
        for _, msgid, strs, _ in parse_po(LOCALE / "ar" / "LC_MESSAGES" / "django.po")
        for msgstr in strs
        if msgid
    ]


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


# Month names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "month"), [(date(2026, 5, 1), "ماي"), (date(2026, 12, 3), "دجنبر")]
)
def test_dates_in_arabic_use_the_maghreb_month_names(day, month):
    template = Template('{{ day|date:"DATE_FORMAT" }}|{{ day|date:"YEAR_MONTH_FORMAT" }}')
    with translation.override("ar"):
        text = template.render(Context({"day": day}))
    assert text == f"{day.day} {month} 2026|{month} 2026"


def test_every_month_has_its_maghreb_name_in_each_form_django_asks_for():
    from django.utils import dates

    maghreb = [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ]
    with translation.override("ar"):
        for table in (dates.MONTHS, dates.MONTHS_ALT, dates.MONTHS_AP, dates.MONTHS_3):
            assert [str(table[n]) for n in range(1, 13)] == maghreb
    with translation.override("fr"):
        assert str(dates.MONTHS[5]) == "mai" and str(dates.MONTHS_ALT[12]) == "Décembre"


@pytest.mark.django_db
def test_a_project_page_in_arabic_says_mai_and_dujanbir(client, commune):
    from taawun.projects.tests.factories import ProjectFactory

    project = ProjectFactory(planned_start=date(2026, 5, 4), planned_end=date(2027, 12, 20))
    with translation.override("ar"):
        page = client.get(project.get_absolute_url()).content.decode()
    assert "4 ماي 2026" in page and "20 دجنبر 2027" in page
    assert not [name for name in MASHRIQ_MONTHS if name in page]


# درهم in the interface, MAD in open data ---------------------------------------------------------


def test_no_arabic_interface_string_says_mad():
    offending = [(msgid, msgstr) for msgid, msgstr in arabic_entries() if "MAD" in msgstr]
    assert not offending, offending[:5]


TRANSLATED = re.compile(
    r"{%\s*blocktranslate.*?{%\s*endblocktranslate\s*%}|{%\s*translate\s.*?%}"
    r"|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}",
    re.DOTALL,
)


def test_no_template_prints_mad_outside_a_translated_string():
    offending = []
    for path in sorted((ROOT / "taawun").glob("*/templates/**/*.html")):
        if "opendata" in path.parts:  # open data keeps the ISO code
            continue
        if re.search(r"\bMAD\b", TRANSLATED.sub("", path.read_text(encoding="utf-8"))):
            offending.append(str(path.relative_to(ROOT)))
    assert not offending


# The Arabic comma ---------------------------------------------------------------------------------


def test_no_arabic_string_has_a_latin_comma_between_arabic_words():
    between = re.compile(rf"[{ARABIC}][^{ARABIC},]{{0,40}},[^{ARABIC},]{{0,40}}[{ARABIC}]")
    offending = [(msgid, msgstr) for msgid, msgstr in arabic_entries() if between.search(msgstr)]
    assert not offending, offending[:5]


# Years, the history: over the demo ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def officer_client(demo, db, client_for):
    return client_for("officer")


def grouped_years(page):
    return ["".join(match.groups()) for match in GROUPED_YEAR.finditer(page)]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_annual_report_never_groups_a_year(demo, db, client, lang):
    for year in (2025, 2026):
        page = client.get(url("report:page", lang=lang, year=year)).content.decode()
        assert str(year) in page
        assert not grouped_years(page)


@pytest.mark.parametrize("name", ["portal:project-list", "portal:agreement-list"])
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_list_year_filter_never_groups_a_year(demo, db, client, name, lang):
    page = client.get(url(name, lang=lang), {"year": "2026"}).content.decode()
    assert "2026" in page
    assert not grouped_years(page)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_territory_page_and_project_pages_never_group_a_year(officer_client, lang):
    from taawun.projects.models import Project

    pages = [url("territory:index", lang=lang)] + [
        url("portal:project-detail", lang, pk=project.pk)
        for project in Project.public_objects.all()[:10]
    ]
    for address in pages:
        response = officer_client.get(address, follow=True)
        assert response.status_code == 200, address
        assert not grouped_years(response.content.decode()), address


# A change's row (its cells carry their column's name for the phone's cards).
ROW = re.compile(
    r'<tr><th scope="row">(.*?)</th><td[^>]*>(.*?)</td><td[^>]*>(.*?)</td></tr>', re.DOTALL
)
RAW_DECIMAL = re.compile(r"(?<![\d\u00a0 ,.])\d{4,}\.\d{2}\b|\b\d+\.\d{2}\b")


def choice_codes():
    """{field label in Arabic: codes that are not their own label} over the models of taawun."""
    from django.apps import apps

    codes = {}
    with translation.override("ar"):
        for model in apps.get_models():
            if not model.__module__.startswith("taawun."):
                continue
            for field in model._meta.get_fields():
                if getattr(field, "choices", None):
                    label = str(field.verbose_name)
                    codes.setdefault(label, set()).update(
                        str(code)
                        for code, text in (field.flatchoices or ())
                        if str(code) != str(text)
                    )
    return codes


def test_the_history_pages_show_formatted_amounts_and_translated_states(officer_client):
    from taawun.agreements.models import Agreement
    from taawun.partners.models import Partner
    from taawun.projects.models import Project

    codes = choice_codes()
    pages = [
        url(f"{app}:history", pk=pk)
        for app, model in (("agreements", Agreement), ("projects", Project), ("partners", Partner))
        for pk in model.objects.values_list("pk", flat=True)
    ]
    rows = 0
    for address in pages:
        page = officer_client.get(address).content.decode()
        for subject in re.findall(r"<em>(.*?)</em>", page):
            assert not RAW_DECIMAL.search(subject), (address, subject)
            assert "MAD" not in subject, (address, subject)
        for label, old, new in ROW.findall(page):
            rows += 1
            for value in (old, new):
                assert not RAW_DECIMAL.search(value), (address, label, value)
                assert value.strip() not in codes.get(label, ()), (address, label, value)
    assert rows


def visible_text(page):
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.DOTALL)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


LATIN_COMMA = re.compile(
    rf"[{ARABIC}][^{ARABIC},.;:<>()]{{0,30}} ?, [^{ARABIC},.;:()]{{0,30}}[{ARABIC}]"
)


def test_arabic_pages_join_their_items_with_the_arabic_comma(officer_client):
    from taawun.agreements.models import Agreement
    from taawun.partners.models import Partner
    from taawun.projects.models import Project

    pages = [url("reports:dashboard")]
    pages += [
        url("agreements:detail", pk=pk) for pk in Agreement.objects.values_list("pk", flat=True)
    ]
    pages += [partner.get_absolute_url() for partner in Partner.public_objects.all()[:15]]
    pages += [
        url("portal:project-detail", pk=pk)
        for pk in Project.public_objects.values_list("pk", flat=True)
    ]
    offending = []
    for address in pages:
        response = officer_client.get(address, follow=True)
        for match in LATIN_COMMA.finditer(visible_text(response.content.decode())):
            offending.append((address, match.group()))
    assert not offending, offending[:8]
