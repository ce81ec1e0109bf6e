"""The authorization matrix's entries for the alignment matrix and the partner brief (merged
into tests/test_authorization.py's MATRIX): the commune's people only; the public matrix for
everyone."""

from tests.roles import DENIED, everyone, expect

COMMUNE = expect(DENIED, commune=200)
MATRIX = {
    "reports:alignment": ("get", None, COMMUNE),
    "reports:alignment-axis": ("get", "alignment_axis", COMMUNE),
    "reports:alignment-export": ("get", "alignment_csv", COMMUNE),
    "reports:partner-brief": ("get", "brief_partner", COMMUNE),
    "reports:partner-brief-pdf": ("get", "brief_partner", COMMUNE),
    "report:alignment": ("get", None, everyone(200)),
}


def objects(*, project, partner):
    from taawun.territory.models import PacAxis

    axis = PacAxis.objects.order_by("number").first() or PacAxis.objects.create(
        number=1, name_ar="محور", name_fr="Axe"
    )
    return {
        "alignment_axis": {"number": axis.number},
        "alignment_csv": {"fmt": "csv"},
        "brief_partner": {"pk": partner.pk},
    }
