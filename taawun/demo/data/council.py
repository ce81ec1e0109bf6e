"""The communal council of Aourir's sessions: the ordinary sessions of February, May and October
2025 and of February 2026 (Organic Law 113-14: first week of February, May and October), their
agenda points and the outcome of each.

Content is data, not interface text: no gettext here. The conventions the council deliberated
are those of the demo's agreements (taawun.demo.data.agreements): each point naming one carries
the agreement's own deliberation (decision number and votes), so the point and the agreement's
file tell the same story. The other points (budget, surplus programming, action programme) and
their decision numbers are illustrative.

- a session: kind, name (ar, fr, en), opens_on, venue (ar, fr), points;
- a point: title (ar, fr, en), "agreement" (its reference) or none, "outcome": (decision number,
  votes for, against, abstaining);
- NEXT: the next ordinary session after the day of loading, planned, its agenda the agreements
  then waiting for the council's deliberation (the "proposed" points).
"""

from datetime import date

VENUE = (
    "قاعة المداولات بمقر جماعة أورير",
    "Salle des délibérations, siège de la commune d'Aourir",
)

SESSIONS = [
    {
        "kind": "ordinary",
        "name": (
            "الدورة العادية لشهر فبراير 2025",
            "Session ordinaire de février 2025",
            "February 2025 ordinary session",
        ),
        "opens_on": date(2025, 2, 4),
        "points": [
            {
                "title": (
                    "الدراسة والمصادقة على اتفاقية تعاون في مجال الإنارة العمومية بالطاقة "
                    "الشمسية والنجاعة الطاقية للبنايات الجماعية",
                    "Étude et approbation de la convention de coopération pour l'éclairage "
                    "public solaire et l'efficacité énergétique des bâtiments communaux",
                    "Solar public lighting and energy efficiency cooperation agreement",
                ),
                "agreement": "CONV-2025-004",
                "outcome": ("6/2025", 28, 0, 2),
            },
            {
                "title": (
                    "الدراسة والمصادقة على برمجة الفائض الحقيقي لميزانية الجماعة برسم سنة 2024",
                    "Étude et approbation de la programmation de l'excédent réel du budget "
                    "communal de l'exercice 2024",
                    "Programming of the 2024 budget's actual surplus",
                ),
                "outcome": ("7/2025", 27, 1, 2),
            },
        ],
    },
    {
        "kind": "ordinary",
        "name": (
            "الدورة العادية لشهر ماي 2025",
            "Session ordinaire de mai 2025",
            "May 2025 ordinary session",
        ),
        "opens_on": date(2025, 5, 6),
        "points": [
            {
                "title": (
                    "تتبع تنفيذ برنامج عمل الجماعة 2022-2027: حصيلة مرحلية",
                    "Suivi de l'exécution du programme d'action de la commune 2022-2027 : "
                    "bilan d'étape",
                    "Commune action programme 2022-2027: progress review",
                ),
                "outcome": ("15/2025", 29, 0, 1),
            },
            {
                "title": (
                    "الدراسة والمصادقة على إحداث لجنة تتبع اتفاقيات الشراكة والتعاون",
                    "Étude et approbation de la création d'un comité de suivi des conventions "
                    "de partenariat et de coopération",
                    "Setting up a follow-up committee for the partnership agreements",
                ),
                "outcome": ("16/2025", 30, 0, 0),
            },
        ],
    },
    {
        "kind": "ordinary",
        "name": (
            "الدورة العادية لشهر أكتوبر 2025",
            "Session ordinaire d'octobre 2025",
            "October 2025 ordinary session",
        ),
        "opens_on": date(2025, 10, 7),
        "points": [
            {
                "title": (
                    "الدراسة والتصويت على مشروع ميزانية الجماعة برسم السنة المالية 2026",
                    "Étude et vote du projet de budget de la commune pour l'exercice 2026",
                    "The commune's draft budget for 2026",
                ),
                "outcome": ("31/2025", 26, 3, 2),
            },
        ],
    },
    {
        "kind": "ordinary",
        "name": (
            "الدورة العادية لشهر فبراير 2026",
            "Session ordinaire de février 2026",
            "February 2026 ordinary session",
        ),
        "opens_on": date(2026, 2, 3),
        "points": [
            {
                "title": (
                    "الدراسة والمصادقة على اتفاقية دعم جمعية تامراغت للتنمية المحلية – برنامج 2026",
                    "Étude et approbation de la convention de subvention à l'Association "
                    "Tamraght pour le développement local – programme 2026",
                    "Grant to the Tamraght Local Development Association – 2026 programme",
                ),
                "agreement": "CONV-2026-003",
                "outcome": ("11/2026", 27, 0, 1),
            },
            {
                "title": (
                    "الدراسة والمصادقة على برمجة الفائض الحقيقي لميزانية الجماعة برسم سنة 2025",
                    "Étude et approbation de la programmation de l'excédent réel du budget "
                    "communal de l'exercice 2025",
                    "Programming of the 2025 budget's actual surplus",
                ),
                "outcome": ("12/2026", 28, 0, 0),
            },
        ],
    },
]

# The next ordinary session after the day of loading (named from its month and year), planned:
# its agenda takes the agreements waiting for the council's deliberation.
MONTHS = {
    2: ("فبراير", "de février", "February"),
    5: ("ماي", "de mai", "May"),
    10: ("أكتوبر", "d'octobre", "October"),
}
NEXT = {
    "name": (
        "الدورة العادية لشهر {ar} {year}",
        "Session ordinaire {fr} {year}",
        "{en} {year} ordinary session",
    ),
    "opens_on_day": 3,
}
