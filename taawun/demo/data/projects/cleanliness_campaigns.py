# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the cleanliness programme: the summer 2026 clean-up campaigns of the beaches and the Tamraght wadi.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date

from taawun.demo.data.names import (
    COMMUNE,
    ENVIRONMENT_ASSOCIATION,
    HOTEL,
    SAPST,
    SURF_SCHOOL,
    WASTE_COMPANY,
)
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    CAMPAIGNS,
    CAMPAIGNS_UNIT,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    FUNDING,
    IMPLEMENTING,
    TONNES,
    TONNES_UNIT,
    VOLUNTEERS,
    VOLUNTEERS_UNIT,
    summer,
)
from taawun.projects.choices import ActivityStatus, Disaggregation

PROJECTS = [
    {
        "code": "PRJ-2026-03",
        "title": (
            "حملات تنظيف الشواطئ وواد تامراغت – صيف 2026",
            "Campagnes de nettoyage des plages et de l'oued Tamraght – été 2026",
            "Clean-up campaigns on the beaches and the Tamraght river – summer 2026",
        ),
        "description": (
            "بعد اتفاقية 2024-2025، تقود جمعية إيموران حملات التنظيف بتمويل من الجماعة ومن فاعلين سياحيين بتغازوت باي، ومشاركة مدرسة ركوب الأمواج، وتتكفل الشركة بنقل النفايات.",
            "Après la convention 2024-2025, l'association Imourane mène les campagnes avec le financement de la commune et d'acteurs touristiques de Taghazout Bay, la participation de l'école de surf, et la société assure le transport des déchets.",
            "After the 2024-2025 agreement, the Imourane association leads the campaigns, funded by the commune and Taghazout Bay tourism businesses, with the surf school taking part and the company carrying the waste.",
        ),
        "status": ActivityStatus.FINALISATION,
        "owner": ENVIRONMENT_ASSOCIATION,
        "domains": ["coast-environment", "waste"],
        "pac_axis": 3,
        "budget": 420_000,
        "beneficiaries": 46_000,
        "planned": (date(2026, 5, 1), date(2026, 10, 31)),
        "actual": (date(2026, 5, 12), None),
        "progress": 95,
        "weights": (25, 15, 60),
        "places": [
            ("imi-miki", ("شاطئ إيموران", "Plage d'Imourane"), 0.0035, -0.0052),
            ("tamraght", ("مصب وادي تامراغت", "Embouchure de l'oued Tamraght"), -0.0022, -0.0041),
            ("tougmane", ("شاطئ بنانا بيتش", "Banana Beach"), -0.0046, -0.0038),
        ],
        "participants": [
            (ENVIRONMENT_ASSOCIATION, ACCOUNTABLE),
            (ENVIRONMENT_ASSOCIATION, IMPLEMENTING),
            (COMMUNE, FUNDING),
            (SAPST, FUNDING),
            (HOTEL, FUNDING),
            (SURF_SCHOOL, IMPLEMENTING),
            (WASTE_COMPANY, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2026, 5, 12),
                COMMUNE,
                150_000,
                "Subvention de la commune – été 2026",
            ),
            (
                COMMITMENT,
                date(2026, 5, 12),
                ENVIRONMENT_ASSOCIATION,
                50_000,
                "bénévoles et coordination",
                {"in_kind": True},
            ),
            (COMMITMENT, date(2026, 5, 20), SAPST, 120_000, "Mécénat de la station de Taghazout"),
            (COMMITMENT, date(2026, 5, 25), HOTEL, 60_000, "Mécénat de l'hôtel"),
            (
                COMMITMENT,
                date(2026, 5, 25),
                SURF_SCHOOL,
                30_000,
                "moniteurs et planches pour les journées jeunes",
                {"in_kind": True},
            ),
            (
                DISBURSEMENT,
                date(2026, 6, 10),
                COMMUNE,
                150_000,
                "Mandat n° 318/2026",
                {"to": ENVIRONMENT_ASSOCIATION},
            ),
            (
                DISBURSEMENT,
                date(2026, 6, 15),
                SAPST,
                120_000,
                "Virement de la SAPST",
                {"to": ENVIRONMENT_ASSOCIATION},
            ),
            (
                DISBURSEMENT,
                date(2026, 7, 1),
                HOTEL,
                60_000,
                "Virement de l'hôtel",
                {"to": ENVIRONMENT_ASSOCIATION},
            ),
            (
                EXPENDITURE,
                date(2026, 7, 15),
                ENVIRONMENT_ASSOCIATION,
                95_000,
                "Gants, sacs, bacs et signalétique",
            ),
            (
                EXPENDITURE,
                date(2026, 8, 31),
                ENVIRONMENT_ASSOCIATION,
                140_000,
                "Transport des déchets vers la décharge contrôlée",
                {"to": WASTE_COMPANY},
            ),
            (
                EXPENDITURE,
                date(2026, 9, 30),
                ENVIRONMENT_ASSOCIATION,
                62_000,
                "Ateliers de sensibilisation et journée de l'oued",
            ),
        ],
        "updates": [
            (
                date(2026, 6, 20),
                (
                    "الفاعلون السياحيون يدعمون نظافة الشواطئ",
                    "Les acteurs du tourisme soutiennent la propreté des plages",
                    "Tourism businesses back clean beaches",
                ),
                (
                    "تساهم شركة محطة تغازوت وفندق بتغازوت باي بـ180 000 درهم في حملات هذا الصيف.",
                    "La société de la station de Taghazout et un hôtel de Taghazout Bay apportent 180 000 MAD aux campagnes de cet été.",
                    "The Taghazout resort company and a Taghazout Bay hotel bring MAD 180,000 to this summer's campaigns.",
                ),
            ),
            (
                date(2026, 10, 5),
                ("14 حملة و34 طنا", "14 campagnes et 34 tonnes", "14 campaigns and 34 tonnes"),
                (
                    "شارك 190 متطوعا، منهم 104 نساء وفتيات؛ التقرير المالي قيد الإعداد.",
                    "190 bénévoles, dont 104 femmes et filles ; le rapport financier est en préparation.",
                    "190 volunteers, 104 of them women and girls; the financial report is being prepared.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": TONNES,
                "unit": TONNES_UNIT,
                "periods": [(*summer(2026), 30, 34)],
                "baseline": 26,
                "year": 2025,
            },
            {
                "name": CAMPAIGNS,
                "unit": CAMPAIGNS_UNIT,
                "periods": [(*summer(2026), 12, 14)],
                "baseline": 12,
                "year": 2025,
            },
            {
                "name": VOLUNTEERS,
                "unit": VOLUNTEERS_UNIT,
                "periods": [(*summer(2026), (80, 80), (104, 86))],
                "by": Disaggregation.SEX,
            },
        ],
    },
]
