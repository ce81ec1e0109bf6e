# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the energy, water and coast programme: the coastal adaptation plan and the exchanges with Lacanau on erosion.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date

from taawun.demo.data.names import COMMUNE, GROUPING, LACANAU, UIZ, UN_HABITAT
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    FUNDING,
    IMPLEMENTING,
    PEOPLE_UNIT,
)
from taawun.projects.choices import ActivityStatus, Disaggregation, MilestoneStatus

PROJECTS = [
    {
        "code": "PRJ-2025-05",
        "title": (
            "مخطط تكيف الساحل مع التغير المناخي",
            "Plan d'adaptation du littoral au changement climatique",
            "Coastal climate-adaptation plan",
        ),
        "description": (
            "رصد خط الساحل والكثبان بين تامراغت وإيموران، وخريطة للمخاطر، ومخطط للتكيف يعد بمشاركة الساكنة، مع برنامج الأمم المتحدة للمستوطنات البشرية وجامعة ابن زهر ومجموعة جماعات الساحل الشمالي لأكادير.",
            "Suivi du trait de côte et des dunes entre Tamraght et Imourane, cartographie des risques et plan d'adaptation élaboré avec les habitants, avec ONU-Habitat, l'Université Ibn Zohr et le groupement des collectivités du littoral nord d'Agadir.",
            "Monitoring the shoreline and dunes between Tamraght and Imourane, a risk map and an adaptation plan drawn up with residents, with UN-Habitat, Ibn Zohr University and the northern Agadir coast grouping.",
        ),
        "sources": (
            "مشروع توضيحي: المبالغ بالدولار مقومة بجدول أسعار العرض، والأرقام والتواريخ مفترضة.",
            "Projet illustratif : les montants en USD sont valorisés avec la table de cours de démonstration ; chiffres et dates inventés.",
            "Illustrative project: USD amounts are valued with the demo rate table; figures and dates are invented.",
        ),
        "status": ActivityStatus.IMPLEMENTATION,
        "domains": ["coast-environment", "governance"],
        "pac_axis": 3,
        "budget": 800_000,
        "beneficiaries": 14_000,
        "planned": (date(2025, 9, 1), date(2027, 3, 31)),
        "actual": (date(2025, 9, 15), None),
        "progress": 50,
        "weights": (25, 15, 60),
        "flags": ("expertise_exchange", "innovation", "integration"),
        "places": [
            ("tamraght", ("الكثبان جنوب المصب", "Dunes au sud de l'embouchure"), -0.0036, -0.0048),
            ("imi-miki", ("جرف إيموران", "Falaise d'Imourane"), 0.0029, -0.0057),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (UN_HABITAT, FUNDING),
            (GROUPING, FUNDING),
            (UIZ, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2025, 9, 15),
                UN_HABITAT,
                45_000,
                "Appui technique et financier d'ONU-Habitat",
                {"currency": "USD"},
            ),
            (COMMITMENT, date(2025, 9, 15), COMMUNE, 150_000, "Contribution de la commune"),
            (
                COMMITMENT,
                date(2025, 9, 15),
                UIZ,
                80_000,
                "relevés scientifiques des laboratoires de l'université",
                {"in_kind": True},
            ),
            (
                DISBURSEMENT,
                date(2025, 10, 20),
                UN_HABITAT,
                25_000,
                "Première tranche ONU-Habitat",
                {"currency": "USD"},
            ),
            (COMMITMENT, date(2025, 11, 3), GROUPING, 100_000, "Contribution du groupement"),
            (DISBURSEMENT, date(2025, 12, 15), COMMUNE, 150_000, "Mandat n° 741/2025"),
            (
                EXPENDITURE,
                date(2026, 1, 30),
                COMMUNE,
                160_000,
                "Relevés topographiques et drone du trait de côte",
            ),
            (
                EXPENDITURE,
                date(2026, 5, 29),
                UN_HABITAT,
                12_000,
                "Mission d'expertise internationale",
                {"currency": "USD"},
            ),
            (
                DISBURSEMENT,
                date(2026, 7, 20),
                UN_HABITAT,
                20_000,
                "Deuxième tranche ONU-Habitat",
                {"currency": "USD"},
            ),
            (
                EXPENDITURE,
                date(2026, 9, 30),
                COMMUNE,
                210_000,
                "Ateliers de concertation et cartographie des risques",
            ),
        ],
        "milestones": [
            (
                ("رصد خط الساحل", "Relevé du trait de côte", "Shoreline survey"),
                date(2026, 1, 31),
                date(2026, 1, 30),
            ),
            (
                ("خريطة المخاطر", "Carte des risques", "Risk map"),
                date(2026, 10, 31),
                None,
                {"progress": 75, "status": MilestoneStatus.UNDER_WAY},
            ),
            (
                (
                    "مصادقة المجلس على المخطط",
                    "Adoption du plan par le conseil",
                    "Council adopts the plan",
                ),
                date(2027, 3, 31),
            ),
        ],
        "updates": [
            (
                date(2026, 10, 1),
                (
                    "ورشات مع الساكنة حول تعرية الساحل",
                    "Ateliers avec les habitants sur l'érosion côtière",
                    "Workshops with residents on coastal erosion",
                ),
                (
                    "شارك 230 شخصا، منهم 98 امرأة، في أربع ورشات بتامراغت وإيموران.",
                    "230 personnes, dont 98 femmes, ont participé à quatre ateliers à Tamraght et Imourane.",
                    "230 people, 98 of them women, took part in four workshops in Tamraght and Imourane.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": (
                    "المشاركون في ورشات التشاور",
                    "Participants aux ateliers de concertation",
                    "Participants in the consultation workshops",
                ),
                "unit": PEOPLE_UNIT,
                "periods": [(date(2026, 6, 1), date(2026, 9, 30), (100, 100), (98, 132))],
                "by": Disaggregation.SEX,
            },
        ],
    },
    {
        "code": "PRJ-2026-08",
        "title": (
            "تبادل الخبرات بين أورير ولاكانو حول تعرية الساحل والكثبان",
            "Échanges Aourir – Lacanau sur l'érosion côtière et les dunes",
            "Aourir – Lacanau exchanges on coastal erosion and dunes",
        ),
        "description": (
            "برنامج التوأمة مع لاكانو، جماعة ساحلية فرنسية معروفة بركوب الأمواج: تبادل تقني حول تعرية الساحل والكثبان، وسلامة الشواطئ، وتبادل الشباب وأندية ركوب الأمواج. الاتفاقية في انتظار تأشيرة العامل.",
            "Programme du jumelage avec Lacanau, commune littorale française du surf : échanges techniques sur l'érosion côtière et les dunes, sécurité des plages, échanges de jeunes et de clubs de surf. La convention attend le visa du gouverneur.",
            "The twinning programme with Lacanau, a French surfing town: technical exchanges on coastal erosion and dunes, beach safety, youth and surf-club exchanges. The agreement awaits the governor's visa.",
        ),
        "status": ActivityStatus.PIPELINE,
        "agreements": ["CONV-2026-020"],
        "domains": ["coast-environment", "sport", "eco-tourism"],
        "pac_axis": 3,
        "budget": 290_000,
        "beneficiaries": 120,
        "planned": (date(2027, 1, 1), date(2029, 12, 31)),
        "progress": 0,
        "weights": (30, 20, 50),
        "flags": ("expertise_exchange",),
        "places": [
            (
                "tamraght",
                ("نادي ركوب الأمواج ومركز الإنقاذ", "Club de surf et poste de secours"),
                -0.0019,
                -0.0036,
            )
        ],
        "participants": [(COMMUNE, ACCOUNTABLE), (COMMUNE, FUNDING), (LACANAU, FUNDING)],
        "updates": [
            (
                date(2026, 11, 23),
                ("توأمة مع لاكانو", "Jumelage avec Lacanau", "Twinning with Lacanau"),
                (
                    "صادق المجلس على التوأمة؛ أول زيارة لتقنيي لاكانو مرتقبة في ربيع 2027.",
                    "Le conseil a approuvé le jumelage ; la première visite des techniciens de Lacanau est prévue au printemps 2027.",
                    "The council approved the twinning; Lacanau's technicians should first visit in spring 2027.",
                ),
            ),
        ],
    },
]
