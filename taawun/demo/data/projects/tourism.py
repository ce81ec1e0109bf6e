# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the tourism and local-economy programme: beach safety with Tarifa and the ecotourism trails.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date

from taawun.demo.data.names import COMMUNE, CRT, REGION, RIAD, SAPST, SURF_CAMP, TARIFA, UIZ
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    FUNDING,
    IMPLEMENTING,
    KM,
    VISITORS_UNIT,
    summer,
    year,
)
from taawun.projects.choices import ActivityStatus, Disaggregation, MilestoneStatus, ResultType

PROJECTS = [
    {
        "code": "PRJ-2022-01",
        "title": (
            "سلامة الشواطئ وتبادل المنقذين مع طريفة",
            "Sécurité des plages et échanges de sauveteurs avec Tarifa",
            "Beach safety and lifeguard exchanges with Tarifa",
        ),
        "description": (
            "في إطار التوأمة مع طريفة (إسبانيا): تجهيز مركزي الإنقاذ بتامراغت وإيموران، واستقبال مؤطرين من طريفة، وتكوين 12 منقذا بحريا هناك.",
            "Dans le cadre du jumelage avec Tarifa (Espagne) : équipement des postes de secours de Tamraght et d'Imourane, accueil d'éducateurs de Tarifa et formation de 12 sauveteurs aquatiques sur place.",
            "Under the twinning with Tarifa (Spain): equipping the Tamraght and Imourane lifeguard posts, hosting Tarifa's instructors and training 12 lifeguards there.",
        ),
        "sources": (
            "مشروع توضيحي: لا توجد توأمة معروفة بين أورير وطريفة؛ المبالغ باليورو مقومة بجدول أسعار العرض.",
            "Projet illustratif : aucun jumelage connu entre Aourir et Tarifa ; les montants en EUR sont valorisés avec la table de cours de démonstration.",
            "Illustrative project: no twinning between Aourir and Tarifa is known; EUR amounts are valued with the demo rate table.",
        ),
        "status": ActivityStatus.CLOSED,
        "agreements": ["CONV-2022-011"],
        "domains": ["eco-tourism", "sport", "coast-environment"],
        "pac_axis": 4,
        "budget": 505_000,
        "beneficiaries": 40_000,
        "planned": (date(2022, 3, 14), date(2024, 6, 30)),
        "actual": (date(2022, 3, 14), date(2024, 6, 30)),
        "progress": 100,
        "weights": (50, 30, 20),
        "flags": ("expertise_exchange",),
        "places": [
            (
                "tamraght",
                ("مركز الإنقاذ بشاطئ تامراغت", "Poste de secours de la plage de Tamraght"),
                -0.0019,
                -0.0036,
            ),
            ("imi-miki", ("مركز الإنقاذ بإيموران", "Poste de secours d'Imourane"), 0.0031, -0.0049),
        ],
        "participants": [(COMMUNE, ACCOUNTABLE), (COMMUNE, FUNDING), (TARIFA, FUNDING)],
        "transactions": [
            (
                COMMITMENT,
                date(2022, 3, 14),
                COMMUNE,
                150_000,
                "Accueil des délégations et organisation des échanges",
            ),
            (
                COMMITMENT,
                date(2022, 3, 14),
                TARIFA,
                20_000,
                "Programme d'échange de sauveteurs et d'éducateurs 2023",
                {"currency": "EUR"},
            ),
            (DISBURSEMENT, date(2023, 6, 20), COMMUNE, 150_000, "Mandat n° 301/2023"),
            (
                DISBURSEMENT,
                date(2023, 7, 17),
                TARIFA,
                20_000,
                "Virement du Ayuntamiento de Tarifa",
                {
                    "currency": "EUR",
                    "reason": "Écart de change : 20 000 EUR engagés au cours de mars 2022 (10,795), versés au cours de juillet 2023 (10,971)",
                },
            ),
            (
                EXPENDITURE,
                date(2023, 7, 25),
                COMMUNE,
                95_000,
                "Accueil de la délégation de Tarifa et des éducateurs",
            ),
            (
                EXPENDITURE,
                date(2023, 9, 15),
                COMMUNE,
                210_000,
                "Équipement des postes de secours de Tamraght et d'Imourane",
            ),
            (
                EXPENDITURE,
                date(2024, 5, 30),
                COMMUNE,
                60_000,
                "Déplacement de 12 sauveteurs à Tarifa",
            ),
            (
                COMMITMENT,
                date(2024, 6, 28),
                TARIFA,
                12_000,
                "formation de 12 sauveteurs par les services de Tarifa",
                {"currency": "EUR", "in_kind": True},
            ),
        ],
        "milestones": [
            (
                (
                    "زيارة وفد طريفة",
                    "Visite de la délégation de Tarifa",
                    "Tarifa delegation visit",
                ),
                date(2023, 7, 20),
                date(2023, 7, 24),
            ),
            (
                (
                    "تكوين المنقذين بطريفة",
                    "Formation des sauveteurs à Tarifa",
                    "Lifeguard training in Tarifa",
                ),
                date(2024, 6, 30),
                date(2024, 6, 28),
            ),
        ],
        "updates": [
            (
                date(2023, 7, 26),
                (
                    "مؤطرو طريفة في تامراغت",
                    "Les éducateurs de Tarifa à Tamraght",
                    "Tarifa's instructors in Tamraght",
                ),
                (
                    "أسبوع من التكوين المشترك حول الإنقاذ وسلامة ممارسي ركوب الأمواج.",
                    "Une semaine de formation commune au sauvetage et à la sécurité des surfeurs.",
                    "A week of joint training in rescue and surfers' safety.",
                ),
            ),
            (
                date(2024, 7, 1),
                (
                    "12 منقذا مكونا بطريفة",
                    "12 sauveteurs formés à Tarifa",
                    "12 lifeguards trained in Tarifa",
                ),
                (
                    "عاد المنقذون بشهاداتهم في الوقت المناسب لموسم الصيف.",
                    "Les sauveteurs sont rentrés diplômés à temps pour la saison d'été.",
                    "The lifeguards came back certified in time for the summer season.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": ("المنقذون المكونون", "Sauveteurs formés", "Lifeguards trained"),
                "unit": ("منقذ", "sauveteurs", "lifeguards"),
                "periods": [(date(2023, 6, 1), date(2024, 6, 30), (4, 8), (5, 7))],
                "by": Disaggregation.SEX,
            },
            {
                "name": (
                    "حالات الغرق بالشواطئ المحروسة",
                    "Noyades sur les plages surveillées",
                    "Drownings on guarded beaches",
                ),
                "unit": ("حالة", "cas", "cases"),
                "periods": [(*summer(2023), 0, 1), (*summer(2024), 0, 0)],
                "level": ResultType.OUTCOME,
                "baseline": 3,
                "year": 2021,
            },
        ],
    },
    {
        "code": "PRJ-2025-06",
        "title": (
            "مسارات السياحة البيئية: تامراغت – إيموران – قرية الموز",
            "Sentiers d'écotourisme Tamraght – Imourane – Banana Village",
            "Eco-tourism trails: Tamraght – Imourane – Banana Village",
        ),
        "description": (
            "تهيئة 18 كلم من المسارات بين الشاطئ وبساتين الموز والأنوية التاريخية، مع نقط للمشاهدة ولوحات بثلاث لغات، وتكوين مرشدين محليين، بشراكة مع الجهة والمجلس الجهوي للسياحة وشركة محطة تغازوت ومهنيي السياحة بتامراغت.",
            "Aménagement de 18 km de sentiers entre la plage, les bananeraies et les noyaux historiques, avec belvédères, signalétique trilingue et formation de guides locaux, avec la Région, le Conseil régional du tourisme, la société de la station de Taghazout et les professionnels de Tamraght.",
            "18 km of trails between the beach, the banana groves and the historic cores, with viewpoints, signs in three languages and local guides trained, with the Region, the tourism council, the Taghazout resort company and Tamraght's tourism businesses.",
        ),
        "status": ActivityStatus.IMPLEMENTATION,
        "domains": ["eco-tourism", "coast-environment"],
        "pac_axis": 4,
        "budget": 2_400_000,
        "beneficiaries": 9_800,
        "planned": (date(2025, 3, 1), date(2026, 12, 31)),
        "actual": (date(2025, 3, 17), None),
        "progress": 75,
        "weights": (25, 45, 30),
        "flags": ("integration", "innovation"),
        "places": [
            (
                "tamraght",
                ("بداية المسارات، موقف سيارات الشاطئ", "Départ des sentiers, parking de la plage"),
                0.0009,
                -0.0024,
            ),
            ("imi-miki", ("المطل البانورامي لإيموران", "Belvédère d'Imourane"), 0.0025, -0.0044),
            (
                "tougmane",
                ("مسار ضيعات الموز (بنانا فيلاج)", "Sentier des bananeraies (Banana Village)"),
                -0.0029,
                -0.0017,
            ),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (REGION, FUNDING),
            (CRT, FUNDING),
            (SAPST, FUNDING),
            (SURF_CAMP, IMPLEMENTING),
            (RIAD, IMPLEMENTING),
            (UIZ, IMPLEMENTING),
        ],
        "transactions": [
            (COMMITMENT, date(2025, 3, 17), COMMUNE, 500_000, "Contribution de la commune"),
            (
                COMMITMENT,
                date(2025, 3, 17),
                UIZ,
                100_000,
                "étude de fréquentation et tracé des sentiers",
                {"in_kind": True},
            ),
            (COMMITMENT, date(2025, 4, 21), REGION, 700_000, "Programme régional d'écotourisme"),
            (COMMITMENT, date(2025, 4, 28), CRT, 400_000, "Promotion et signalétique"),
            (COMMITMENT, date(2025, 5, 12), SAPST, 500_000, "Mécénat de la station de Taghazout"),
            (
                COMMITMENT,
                date(2025, 5, 12),
                SURF_CAMP,
                60_000,
                "accueil et formation pratique des guides",
                {"in_kind": True},
            ),
            (
                COMMITMENT,
                date(2025, 5, 12),
                RIAD,
                40_000,
                "point d'accueil des randonneurs à Banana Village",
                {"in_kind": True},
            ),
            (DISBURSEMENT, date(2025, 6, 30), COMMUNE, 300_000, "Mandat n° 376/2025"),
            (DISBURSEMENT, date(2025, 7, 21), SAPST, 500_000, "Virement de la SAPST"),
            (DISBURSEMENT, date(2025, 9, 15), REGION, 400_000, "Première tranche de la Région"),
            (
                EXPENDITURE,
                date(2025, 9, 30),
                COMMUNE,
                620_000,
                "Balisage et aménagement de 18 km de sentiers",
            ),
            (DISBURSEMENT, date(2025, 10, 6), CRT, 250_000, "Virement du CRT"),
            (EXPENDITURE, date(2025, 12, 15), COMMUNE, 480_000, "Belvédères et aires de repos"),
            (DISBURSEMENT, date(2026, 3, 9), REGION, 300_000, "Deuxième tranche de la Région"),
            (EXPENDITURE, date(2026, 3, 31), COMMUNE, 350_000, "Signalétique trilingue"),
            (DISBURSEMENT, date(2026, 4, 13), COMMUNE, 200_000, "Mandat n° 205/2026"),
            (EXPENDITURE, date(2026, 6, 30), COMMUNE, 290_000, "Formation de 24 guides locaux"),
            (
                EXPENDITURE,
                date(2026, 9, 15),
                COMMUNE,
                180_000,
                "Application et cartes des sentiers",
            ),
        ],
        "milestones": [
            (
                ("تخطيط المسارات", "Tracé des sentiers", "Trail routes"),
                date(2025, 6, 30),
                date(2025, 6, 20),
            ),
            (
                ("افتتاح 15 كلم", "Ouverture de 15 km", "15 km opened"),
                date(2026, 3, 31),
                date(2026, 4, 18),
            ),
            (
                (
                    "المسارات الكاملة والتطبيق",
                    "Sentiers complets et application",
                    "Full trails and app",
                ),
                date(2026, 12, 31),
                None,
                {"progress": 60, "status": MilestoneStatus.UNDER_WAY},
            ),
        ],
        "updates": [
            (
                date(2026, 4, 18),
                (
                    "افتتاح مسارات تامراغت وقرية الموز",
                    "Ouverture des sentiers de Tamraght et Banana Village",
                    "Tamraght and Banana Village trails open",
                ),
                (
                    "15 كلم من المسارات مفتوحة للزوار، مع لوحات بالعربية والأمازيغية والفرنسية.",
                    "15 km de sentiers ouverts au public, avec une signalétique en arabe, amazigh et français.",
                    "15 km of trails open to the public, with signs in Arabic, Amazigh and French.",
                ),
            ),
            (
                date(2026, 7, 2),
                ("20 مرشدا محليا جديدا", "20 nouveaux guides locaux", "20 new local guides"),
                (
                    "أنهى 9 نساء و11 رجلا من أورير تكوينهم كمرشدين للسياحة البيئية.",
                    "9 femmes et 11 hommes d'Aourir ont terminé leur formation de guides d'écotourisme.",
                    "9 women and 11 men from Aourir finished their training as eco-tourism guides.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": ("المسارات المهيأة", "Sentiers aménagés", "Trails built"),
                "unit": KM,
                "periods": [(date(2025, 3, 1), date(2026, 12, 31), 18, 15)],
                "baseline": 0,
                "year": 2025,
            },
            {
                "name": (
                    "المرشدون المحليون المكونون",
                    "Guides locaux formés",
                    "Local guides trained",
                ),
                "unit": ("مرشد", "guides", "guides"),
                "periods": [(*year(2026), (12, 12), (9, 11))],
                "by": Disaggregation.SEX,
            },
            {
                "name": ("زوار المسارات", "Randonneurs sur les sentiers", "Walkers on the trails"),
                "unit": VISITORS_UNIT,
                "periods": [(date(2026, 4, 18), date(2026, 10, 31), (2500, 2500), (2100, 2700))],
                "level": ResultType.OUTCOME,
                "by": Disaggregation.SEX,
            },
        ],
    },
]
