"""The convention drafted from its record: DOCX and PDF, in Arabic and in French, for every kind
of agreement, from the kind's template, which the commune edits and previews."""

import io
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from docx import Document as WordDocument
from docx.oxml.ns import qn

from taawun.agreements.choices import AmendmentStatus
from taawun.agreements.conventions import placeholders
from taawun.agreements.conventions.context import build
from taawun.agreements.models import AgreementKind, Amendment, ConventionTemplate
from taawun.agreements.selectors import convention_queryset
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
from taawun.agreements.tests.factories import kind as kind_of
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db

KINDS = ["framework", "partnership", "cooperation", "twinning", "grant", "ppp", "intercommunal",
         "other"]  # fmt: skip
ASSOCIATION_AR = "جمعية تيفاوين للتنمية"
ASSOCIATION_FR = "Association Tifawin pour le développement"
REPRESENTATIVE_AR = "رئيس الجمعية"
IN_KIND_AR = "قاعة متعددة الاختصاصات"
IN_KIND_FR = "Salle polyvalente"
ARABIC = re.compile("[\u0600-\u06ff]")
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain(text):
    """Text as a reader compares it: no bidi marks, every kind of space one space."""
    return re.sub(r"[\s\xa0\u202f]+", " ", MARKS.sub("", text))


def make_agreement(code, commune, **fields):
    """An agreement of kind `code`: the commune (two tranches over two years) and an association
    (money and a contribution in kind), a follow-up committee and an approved amendment."""
    fields = {
        "kind": kind_of(code),
        "reference": f"CONV-2026-{KINDS.index(code) + 1:03}",
        "title_ar": "اتفاقية تأهيل دار الشباب بأورير",
        "title_fr": "Convention de réhabilitation de la maison des jeunes d'Aourir",
        "internal_notes": "NOTE-INTERNE-SECRETE",
        "council_decision_number": "12/2026",
        "council_date": date(2026, 2, 3),
        "council_session_ar": "الدورة العادية لشهر فبراير 2026",
        "council_session_fr": "Session ordinaire de février 2026",
        **fields,
    }
    agreement = AgreementFactory(**fields)
    own = PartyFactory(
        agreement=agreement,
        partner=commune,
        role="project_owner",
        representative_ar="رئيس المجلس الجماعي",
        representative_fr="Le président du conseil communal",
    )
    association = PartyFactory(
        agreement=agreement,
        partner=PartnerFactory(name_ar=ASSOCIATION_AR, name_fr=ASSOCIATION_FR),
        representative_ar=REPRESENTATIVE_AR,
        representative_fr="Le président de l'association",
    )
    ObligationFactory(party=own, amount=Decimal("1500000"), tranche=1, due_year=2026)
    ObligationFactory(party=own, amount=Decimal("750000"), tranche=2, due_date=date(2027, 6, 30))
    ObligationFactory(party=association, amount=Decimal("120000"), tranche=1, due_year=2026)
    ObligationFactory(
        party=association,
        kind="in_kind",
        in_kind_type="land",
        description_ar=IN_KIND_AR,
        description_fr=IN_KIND_FR,
        amount=Decimal("300000"),
        due_year=2026,
    )
    from taawun.coordination.models import Committee, Membership

    committee = Committee.objects.create(
        kind="follow_up",
        name_ar="لجنة تتبع دار الشباب",
        name_fr="Comité de suivi de la maison des jeunes",
        agreement=agreement,
        mandate_ar="تتبع الأشغال",
        mandate_fr="Suivre les travaux",
    )
    Membership.objects.create(committee=committee, person_name="Mme Personne", partner=commune)
    Amendment.objects.create(
        agreement=agreement, number=1, dated=date(2026, 5, 1), title_ar="تمديد المدة",
        title_fr="Prolongation", status=AmendmentStatus.APPROVED,
    )  # fmt: skip
    return agreement


def convention_url(agreement, language, fmt, page_language="ar"):
    with translation.override(page_language):
        return reverse(
            "agreements:convention",
            kwargs={"pk": agreement.pk, "language": language, "fmt": fmt},
        )


def template_url(code, language, page_language="fr"):
    with translation.override(page_language):
        return reverse(
            "agreements:convention-template", kwargs={"kind": code, "language": language}
        )


def docx_text(document):
    """Every paragraph's text, the tables' cells included, in document order."""
    body = document.element.body
    return plain(
        "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))
    )


def open_docx(response):
    assert response.status_code == 200
    return WordDocument(io.BytesIO(response.content))


def pdf_text(content, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
    path = tmp_path / "convention.pdf"
    path.write_bytes(content)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return plain(text)


# The templates ----------------------------------------------------------------------------------


def test_every_kind_has_a_template_in_arabic_and_in_french_and_legal_references():
    for kind in AgreementKind.objects.all():
        languages = set(kind.convention_templates.values_list("language", flat=True))
        assert languages == {"ar", "fr"}, kind.code
        assert "113.14" in kind.legal_references_ar and "113-14" in kind.legal_references_fr
    grant = AgreementKind.objects.get(code="grant")
    assert "2003/7" in grant.legal_references_ar and "D2185" in grant.legal_references_ar
    assert "7/2003" in grant.legal_references_fr and "D2185" in grant.legal_references_fr


def test_every_default_template_reads_as_a_template():
    for template in ConventionTemplate.objects.all():
        placeholders.check(template.title)
        placeholders.check(template.body)


@pytest.mark.parametrize(
    "text",
    [
        "{{ agreement.internal_notes }}",
        "{{ internal_notes }}",
        "{% load static %}",
        "{% include 'base.html' %}",
        "{% debug %}",
        "{{ title|safe }}",
        "Voir {{ obligations }} ci-dessus",
        "{{ obligations|upper }}",
        "{% if title %}sans fin",
        "{% if agreement.internal_notes %}x{% endif %}",
        "{{ title.__class__ }}",
    ],
)
def test_a_text_outside_the_placeholder_language_is_refused(text):
    with pytest.raises(Exception) as raised:
        placeholders.check(text)
    from django.core.exceptions import ValidationError

    assert isinstance(raised.value, ValidationError)


def test_a_block_in_a_condition_alone_on_its_line_is_accepted():
    placeholders.check("{% if committee %}\n{{ committee }}\n{% else %}Aucun.{% endif %}")
    placeholders.check("Total : {{ total|default:'—' }} — {% if needs_visa %}visa{% endif %}")


# The DOCX ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", KINDS)
@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_docx_of_each_kind_names_the_parties_amounts_and_obligations(
    client_for, commune, code, language
):
    agreement = make_agreement(code, commune)
    response = client_for("officer").get(convention_url(agreement, language, "docx"))
    document = open_docx(response)
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    name = f"CONV-2026-{KINDS.index(code) + 1:03}-convention-{language}.docx"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    text = docx_text(document)
    association = ASSOCIATION_AR if language == "ar" else ASSOCIATION_FR
    commune_name = "جماعة أورير" if language == "ar" else "Commune d'Aourir"
    for expected in (association, commune_name, agreement.reference, "1 500 000", "750 000",
                     "120 000", "300 000", "2 670 000", "12/2026"):  # fmt: skip
        assert expected in text, expected
    assert (IN_KIND_AR if language == "ar" else IN_KIND_FR) in text
    assert ("لجنة تتبع دار الشباب" if language == "ar" else "Comité de suivi de la maison") in text
    assert ("درهم" if language == "ar" else "MAD") in text
    assert ("113.14" if language == "ar" else "113-14") in text
    if code == "grant":
        assert "D2185" in text
    assert "NOTE-INTERNE-SECRETE" not in text
    assert "Mme Personne" not in text  # the committee's people are not named, only who sits
    # the signatures: one block per party, in a table of its own at the end
    signatures = document.tables[-1]
    signed = plain(" ".join(cell.text for row in signatures.rows for cell in row.cells))
    assert association in signed and commune_name in signed


def test_the_arabic_docx_is_right_to_left_paragraph_by_paragraph_and_run_by_run(
    client_for, commune
):
    agreement = make_agreement("partnership", commune)
    document = open_docx(client_for("officer").get(convention_url(agreement, "ar", "docx")))
    body = document.element.body
    paragraphs = [
        p for p in body.iter(qn("w:p")) if "".join(t.text or "" for t in p.iter(qn("w:t")))
    ]
    assert paragraphs
    for paragraph in paragraphs:
        properties = paragraph.find(qn("w:pPr"))
        assert properties is not None and properties.find(qn("w:bidi")) is not None
    arabic_runs = [
        r
        for r in body.iter(qn("w:r"))
        if ARABIC.search("".join(t.text or "" for t in r.iter(qn("w:t"))))
    ]
    assert arabic_runs
    for run in arabic_runs:
        assert run.find(qn("w:rPr")).find(qn("w:rtl")) is not None
    for table in body.iter(qn("w:tbl")):
        assert table.find(qn("w:tblPr")).find(qn("w:bidiVisual")) is not None
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Amiri"
    assert document.core_properties.language == "ar-MA"


def test_a_reference_in_arabic_text_is_a_left_to_right_run_set_apart_by_marks(client_for, commune):
    agreement = make_agreement("partnership", commune)
    document = open_docx(client_for("officer").get(convention_url(agreement, "ar", "docx")))
    runs = [r for r in document.element.body.iter(qn("w:r"))
            if agreement.reference in "".join(t.text or "" for t in r.iter(qn("w:t")))]  # fmt: skip
    assert runs
    for run in runs:
        text = "".join(t.text for t in run.iter(qn("w:t")))
        assert text == f"\u200e{agreement.reference}\u200e"
        rtl = run.find(qn("w:rPr")).find(qn("w:rtl"))
        assert rtl is None or rtl.get(qn("w:val")) in ("0", "false")


def test_the_french_docx_is_left_to_right(client_for, commune):
    agreement = make_agreement("partnership", commune)
    document = open_docx(client_for("officer").get(convention_url(agreement, "fr", "docx")))
    body = document.element.body
    assert not [
        p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
    ]
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is None


# The PDF ----------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("code", KINDS)
def test_the_arabic_pdf_of_each_kind_carries_the_parties_amounts_and_obligations(
    client_for, commune, code, tmp_path
):
    agreement = make_agreement(code, commune)
    response = client_for("officer").get(convention_url(agreement, "ar", "pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content, tmp_path)
    for expected in (ASSOCIATION_AR, "جماعة أورير", REPRESENTATIVE_AR, IN_KIND_AR, "درهم",
                     "1 500 000", "750 000", "2 670 000", "التزامات الأطراف",
                     agreement.reference):  # fmt: skip
        assert expected in text, expected
    assert "NOTE-INTERNE-SECRETE" not in text


@pytest.mark.slow
def test_the_french_pdf_carries_the_parties_amounts_and_obligations(client_for, commune, tmp_path):
    agreement = make_agreement("grant", commune)
    response = client_for("officer").get(convention_url(agreement, "fr", "pdf"))
    name = "CONV-2026-005-convention-fr.pdf"
    assert response["Content-Disposition"] == f'inline; filename="{name}"'
    text = pdf_text(response.content, tmp_path)
    for expected in (ASSOCIATION_FR, "Commune d'Aourir", IN_KIND_FR, "1 500 000 MAD",
                     "2 670 000 MAD", "D2185", "Engagements de l'association"):  # fmt: skip
        assert expected in text, expected


# Who may draft it -------------------------------------------------------------------------------


def test_a_representative_drafts_the_convention_of_its_own_organisations_agreement(
    client_for, commune, users
):
    agreement = make_agreement("partnership", commune)
    PartyFactory(agreement=agreement, partner=users["partner"].partner)
    client = client_for("partner")
    document = open_docx(client.get(convention_url(agreement, "fr", "docx")))
    assert "NOTE-INTERNE-SECRETE" not in docx_text(document)
    assert client_for("association").get(convention_url(agreement, "fr", "docx")).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(client_for, commune):
    agreement = make_agreement("partnership", commune)
    response = client_for(None).get(convention_url(agreement, "ar", "docx"))
    assert response.status_code == 302


def test_no_other_language_or_format_is_served(client, commune):
    agreement = make_agreement("partnership", commune)
    for tail in ("convention.en.docx", "convention.ar.odt", "convention.ar.docx/"):
        assert client.get(f"/ar/manage/agreements/{agreement.pk}/{tail}").status_code == 404


def test_a_kind_without_its_own_template_is_drafted_from_the_other_kinds(client_for, commune):
    agreement = make_agreement("ppp", commune)
    ConventionTemplate.objects.filter(kind__code="ppp").delete()
    other = ConventionTemplate.objects.get(kind__code="other", language="fr")
    other.body = "# Article unique\nMarqueur du modèle commun.\n{{ obligations }}"
    other.save()
    document = open_docx(client_for("officer").get(convention_url(agreement, "fr", "docx")))
    assert "Marqueur du modèle commun." in docx_text(document)


def test_a_template_written_around_its_page_answers_with_a_message_not_an_error(
    client_for, commune
):
    agreement = make_agreement("partnership", commune)
    ConventionTemplate.objects.filter(kind__code="partnership", language="ar").update(
        body="{% load static %}"
    )
    response = client_for("officer").get(convention_url(agreement, "ar", "docx"))
    assert response.status_code == 302
    assert response["Location"].endswith(f"/manage/agreements/{agreement.pk}/")


def test_the_agreement_page_links_the_four_documents(client_for, commune):
    agreement = make_agreement("partnership", commune)
    with translation.override("fr"):
        page = client_for("officer").get(agreement.get_manage_url()).content.decode()
    for language in ("ar", "fr"):
        for fmt in ("docx", "pdf"):
            assert convention_url(agreement, language, fmt, page_language="fr") in page
    assert template_url("partnership", "ar") in page


# Editing and previewing a template ------------------------------------------------------------


def form_data(template, **changes):
    data = {
        "title": template.title,
        "body": template.body,
        "legal_references": template.kind.legal_references_fr,
        "version": template.version,
    }
    return {**data, **changes}


def test_a_bad_placeholder_is_refused_with_its_line_and_nothing_is_saved(client_for):
    template = ConventionTemplate.objects.get(kind__code="grant", language="fr")
    before = (template.body, template.version, template.kind.legal_references_fr)
    body = "# Article 1\nBonjour {{ agreement.internal_notes }}\n"
    response = client_for("officer").post(
        template_url("grant", "fr", page_language="en"),
        form_data(template, body=body, legal_references="Vu rien ;"),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Line 2: “{{ agreement.internal_notes }}” cannot be used here" in html
    template.refresh_from_db()
    template.kind.refresh_from_db()
    assert (template.body, template.version, template.kind.legal_references_fr) == before


@pytest.mark.parametrize(
    "body", ["{% load static %}", "{% if committee %}", "Les {{ signatures }} ici", "{{ }}"]
)
def test_every_unreadable_template_answers_400_never_500(client_for, body):
    template = ConventionTemplate.objects.get(kind__code="other", language="ar")
    response = client_for("officer").post(
        template_url("other", "ar"), form_data(template, body=body)
    )
    assert response.status_code == 400
    template.refresh_from_db()
    assert template.body != body


def test_an_edited_template_and_references_are_what_the_next_convention_says(client_for, commune):
    agreement = make_agreement("twinning", commune)
    template = ConventionTemplate.objects.get(kind__code="twinning", language="fr")
    body = "{{ legal_references }}\n# Article 1 : Objet\nNouveau texte pour {{ reference }}.\n{{ signatures }}"
    client = client_for("officer")
    response = client.post(
        template_url("twinning", "fr"),
        form_data(template, body=body, legal_references="Vu la charte de jumelage ;"),
    )
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.body == body and template.version == 2
    assert template.history.first().history_user.username == "officer"
    text = docx_text(open_docx(client.get(convention_url(agreement, "fr", "docx"))))
    assert f"Nouveau texte pour {agreement.reference}." in text
    assert "Vu la charte de jumelage ;" in text
    assert "113-14" not in text


def test_an_edit_made_from_an_older_copy_is_refused(client_for):
    template = ConventionTemplate.objects.get(kind__code="other", language="fr")
    client = client_for("officer")
    data = form_data(template, body="# Article 1\nPremier.")
    assert client.post(template_url("other", "fr"), data).status_code == 302
    stale = client.post(template_url("other", "fr"), {**data, "body": "# Article 1\nSecond."})
    assert stale.status_code == 409
    template.refresh_from_db()
    assert template.body == "# Article 1\nPremier."


def test_the_preview_renders_the_unsaved_text_on_the_chosen_agreement_and_saves_nothing(
    client_for, commune
):
    agreement = make_agreement("grant", commune)
    template = ConventionTemplate.objects.get(kind__code="grant", language="ar")
    before = (template.body, template.version)
    body = "# المادة 1: تجربة\nمعاينة {{ reference }}\n{{ obligations }}"
    response = client_for("officer").post(
        template_url("grant", "ar"),
        {**form_data(template, body=body), "preview_agreement": agreement.pk, "preview": "1"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "المادة 1: تجربة" in html
    assert f"<bdi>{agreement.reference}</bdi>" in html
    assert ASSOCIATION_AR in html
    assert 'lang="ar" dir="rtl"' in html
    template.refresh_from_db()
    assert (template.body, template.version) == before


def test_a_preview_of_a_bad_text_says_what_is_wrong(client_for, commune):
    make_agreement("grant", commune)
    template = ConventionTemplate.objects.get(kind__code="grant", language="ar")
    response = client_for("officer").post(
        template_url("grant", "ar"),
        {**form_data(template, body="{{ nothing }}"), "preview": "1"},
    )
    assert response.status_code == 400
    assert "{{ nothing }}" in response.content.decode()


def test_the_template_page_lists_the_placeholders_and_starts_from_the_saved_text(client_for):
    response = client_for("officer").get(template_url("grant", "fr"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "{{ obligations }}" in html and "{{ reference }}" in html
    assert "Engagements de l&#x27;association" in html


def test_the_templates_list_every_kind_in_both_languages(client_for):
    with translation.override("fr"):
        url = reverse("agreements:convention-templates")
    html = client_for("officer").get(url).content.decode()
    for code in KINDS:
        for language in ("ar", "fr"):
            assert template_url(code, language) in html


def test_only_the_editors_of_agreements_edit_templates(client_for):
    for role, status in (("council", 403), ("finance", 403), ("partner", 403), ("admin", 200)):
        assert client_for(role).get(template_url("grant", "ar")).status_code == status, role


def test_an_unknown_kind_or_language_is_404(client_for):
    client = client_for("officer")
    assert client.get(template_url("nothing", "ar")).status_code == 404
    assert client.get(template_url("grant", "en")).status_code == 404


# Pieces -----------------------------------------------------------------------------------------


def test_a_value_the_record_lacks_is_left_as_dots_to_fill_in(commune):
    agreement = make_agreement("partnership", commune, council_decision_number="")
    agreement = convention_queryset(type(agreement).objects.filter(pk=agreement.pk)).get()
    template = ConventionTemplate(
        kind=agreement.kind, language="fr", title="{{ title }}",
        body="n° {{ council_decision_number }}{% if council_decision_number %} (connu){% endif %}",
    )  # fmt: skip
    convention = build(agreement, template)
    assert [p.text for p in convention.pieces] == [f"n° {placeholders.BLANK}"]


def test_the_document_reads_a_fixed_number_of_queries(
    client_for, commune, django_assert_max_num_queries
):
    agreement = make_agreement("partnership", commune)
    for _ in range(4):
        party = PartyFactory(agreement=agreement)
        ObligationFactory(party=party, tranche=1)
    client = client_for("officer")
    url = convention_url(agreement, "ar", "docx")
    client.get(url)  # the session and the commune profile's cache
    with django_assert_max_num_queries(15):
        assert client.get(url).status_code == 200
