# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the infrastructure programme: the Aourir-centre urban upgrading (sourced), and the Tamraght – Taghazout track; the sanitation works are in sanitation.py.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date
from decimal import Decimal

from taawun.demo.data.names import (
    AL_OMRANE,
    COMMUNE,
    FRAMEWORK,
    MINISTRY,
    RAMSA,
    REGION,
    TAGHAZOUT,
    URBAN_UPGRADING,
)
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    FUNDING,
    HOUSEHOLDS_UNIT,
    IMPLEMENTING,
    KM,
    LIGHTS_UNIT,
    year,
)
from taawun.projects.choices import ActivityStatus, MilestoneStatus, ResultType

PROJECTS = [
    {
        "code": "PRJ-2024-02",
        "title": (
            "التأهيل الحضري لمركز أورير",
            "Mise à niveau urbaine du centre d'Aourir",
            "Urban upgrading of Aourir centre",
        ),
        "description": (
            "تهيئة الطرق والأرصفة، والإنارة العمومية، والساحات والمساحات الخضراء، وتصريف مياه الأمطار بمركز أورير، بكلفة 73 مليون درهم: الوزارة 22، والجهة 32، والجماعة 19، ويحمل المشروع العمران سوس ماسة في أجل سنتين. صادق المجلس في 6 فبراير 2024 والجهة في مارس 2024، وأرسلت الاتفاقية لتوقيع الوزارة في 31 يوليوز 2024 ولم توقع بعد: حصة الوزارة غير مؤمنة والأشغال لم تنطلق.",
            "Voirie et trottoirs, éclairage public, places et espaces verts, drainage des eaux pluviales du centre d'Aourir, pour 73 MDH : ministère 22, Région 32, commune 19 ; porté par Al Omrane Souss-Massa en deux ans. Approuvée par le conseil le 6 février 2024 et par la Région en mars 2024, la convention a été envoyée à la signature du ministère le 31 juillet 2024 et n'est toujours pas signée : la part du ministère n'est pas acquise et les travaux n'ont pas commencé.",
            "Streets and pavements, public lighting, squares and green spaces and storm drainage in Aourir centre, for MAD 73 million: ministry 22, Region 32, commune 19; held by Al Omrane Souss-Massa over two years. Approved by the council on 6 February 2024 and by the Region in March 2024, the agreement went to the ministry for signature on 31 July 2024 and is still unsigned: the ministry's share is not secured and works have not started.",
        ),
        "sources": (
            "موثق المصدر: الكلفة وتوزيعها، وحامل المشروع، والمدة، وتواريخ المصادقة والإرسال للتوقيع. توضيحي: المعالم، ومصاريف الدراسات، والمؤشرات، والتواريخ الأخرى.",
            "Sourcé : le coût et sa répartition, le porteur, la durée, les dates d'approbation et d'envoi à la signature. Illustratif : jalons, dépenses d'études, indicateurs et autres dates.",
            "Sourced: the cost and its split, the holder, the duration, the approval dates and the sending for signature. Illustrative: milestones, study costs, indicators and other dates.",
        ),
        "status": ActivityStatus.PIPELINE,
        "owner": AL_OMRANE,
        "agreements": [URBAN_UPGRADING, FRAMEWORK],
        "domains": ["urban-upgrading", "roads", "public-lighting"],
        "pac_axis": 1,
        "budget": 73_000_000,
        "beneficiaries": 12_400,
        "planned": (date(2024, 7, 1), date(2027, 12, 31)),
        "progress": 10,
        "weights": (40, 35, 25),
        "flags": ("integration",),
        "places": [
            (
                "aourir-centre",
                ("الشارع الرئيسي وساحة الجماعة", "Boulevard principal et place de la commune"),
                0.0004,
                -0.0006,
            ),
        ],
        "participants": [
            (AL_OMRANE, ACCOUNTABLE),
            (AL_OMRANE, IMPLEMENTING),
            (MINISTRY, FUNDING),
            (REGION, FUNDING),
            (COMMUNE, FUNDING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2024, 7, 15),
                COMMUNE,
                9_500_000,
                "Contribution de la commune – tranche 2024",
            ),
            (
                COMMITMENT,
                date(2024, 7, 15),
                COMMUNE,
                9_500_000,
                "Contribution de la commune – tranche 2025",
            ),
            (
                COMMITMENT,
                date(2024, 7, 29),
                REGION,
                16_000_000,
                "Contribution de la Région – tranche 2024",
            ),
            (
                COMMITMENT,
                date(2024, 7, 29),
                REGION,
                16_000_000,
                "Contribution de la Région – tranche 2025",
            ),
            (
                EXPENDITURE,
                date(2025, 3, 31),
                AL_OMRANE,
                1_250_000,
                "Études d'exécution et levés, préfinancés par Al Omrane",
            ),
        ],
        "milestones": [
            (
                (
                    "مصادقة المجلس الجماعي",
                    "Approbation du conseil communal",
                    "Communal council approval",
                ),
                date(2024, 2, 6),
                date(2024, 2, 6),
            ),
            (
                (
                    "مصادقة مجلس الجهة",
                    "Approbation du Conseil régional",
                    "Regional council approval",
                ),
                date(2024, 3, 4),
                date(2024, 3, 4),
            ),
            (
                ("توقيع الوزارة", "Signature du ministère", "Ministry's signature"),
                date(2024, 9, 30),
                None,
                {"progress": 0, "status": MilestoneStatus.UNDER_WAY},
            ),
            (("انطلاق الأشغال", "Démarrage des travaux", "Works start"), date(2025, 1, 15)),
        ],
        "updates": [
            (
                date(2024, 2, 7),
                (
                    "المجلس يصادق على تأهيل المركز",
                    "Le conseil approuve la mise à niveau du centre",
                    "Council approves the centre's upgrading",
                ),
                (
                    "صادق المجلس الجماعي على اتفاقية بقيمة 73 مليون درهم، منها 19 مليونا من الجماعة.",
                    "Le conseil communal a approuvé une convention de 73 MDH, dont 19 MDH de la commune.",
                    "The communal council approved a MAD 73 million agreement, 19 million of it from the commune.",
                ),
            ),
            (
                date(2024, 8, 1),
                (
                    "الاتفاقية لدى الوزارة للتوقيع",
                    "La convention chez le ministère pour signature",
                    "Agreement with the ministry for signature",
                ),
                (
                    "وقعت الجماعة والجهة والعمران؛ تنتظر الأشغال توقيع الوزارة.",
                    "La commune, la Région et Al Omrane ont signé ; les travaux attendent la signature du ministère.",
                    "The commune, the Region and Al Omrane have signed; the works await the ministry's signature.",
                ),
            ),
            (
                date(2026, 9, 15),
                (
                    "تذكير جديد للوزارة",
                    "Nouvelle relance du ministère",
                    "New reminder to the ministry",
                ),
                (
                    "رسالة من الرئيس إلى مديرية سياسة المدينة؛ يقترح العمران بدء الشطر الأول بحصتي الجماعة والجهة.",
                    "Lettre du président à la direction de la politique de la ville ; Al Omrane propose de lancer une première phase avec les parts de la commune et de la Région.",
                    "Letter from the president to the city-policy directorate; Al Omrane proposes starting a first phase with the commune's and the Region's shares.",
                ),
                {"public": False},
            ),
        ],
        "indicators": [
            {
                "name": ("الطرق المؤهلة", "Voirie mise à niveau", "Streets upgraded"),
                "unit": KM,
                "periods": [
                    (
                        *year(2025),
                        5,
                        0,
                        {"comment": "Travaux non lancés : signature du ministère attendue"},
                    ),
                    (*year(2027), 12),
                ],
                "baseline": 0,
                "year": 2024,
            },
            {
                "name": (
                    "نقط الإنارة المركبة",
                    "Points lumineux installés",
                    "Street lights installed",
                ),
                "unit": LIGHTS_UNIT,
                "periods": [(*year(2027), 850)],
                "baseline": 0,
                "year": 2024,
            },
        ],
    },
    {
        "code": "PRJ-2024-03",
        "title": (
            "المسلك الرابط بين تامراغت وتغازوت والتطهير السائل للأحياء المجاورة",
            "Piste Tamraght – Taghazout et assainissement des quartiers limitrophes",
            "Tamraght – Taghazout track and sanitation of the border neighbourhoods",
        ),
        "description": (
            "مشروع مشترك بين جماعتي أورير وتغازوت: تعبيد 8 كلم من المسلك عبر المنطقة الداخلية، وربط الأحياء الواقعة على حدود الجماعتين بشبكة التطهير السائل، مع الوكالة المستقلة المتعددة الخدمات بأكادير. مدد أجل التنفيذ سنة بسبب التقلبات الجوية لشتاء 2025-2026.",
            "Projet commun aux communes d'Aourir et de Taghazout : revêtement de 8 km de piste par l'arrière-pays et raccordement des quartiers situés à la limite des deux communes au réseau d'assainissement, avec la RAMSA. Délai prolongé d'un an après les intempéries de l'hiver 2025-2026.",
            "A joint project of Aourir and Taghazout: surfacing 8 km of inland track and connecting the neighbourhoods on the boundary to the sewer network, with RAMSA. Extended by a year after the 2025-2026 winter storms.",
        ),
        "status": ActivityStatus.IMPLEMENTATION,
        "agreements": ["CONV-2024-012"],
        "domains": ["roads", "sanitation"],
        "pac_axis": 1,
        "budget": 6_400_000,
        "beneficiaries": 6_500,
        "planned": (date(2024, 7, 8), date(2027, 6, 30)),
        "actual": (date(2024, 7, 8), None),
        "progress": 70,
        "weights": (40, 35, 25),
        "flags": ("integration",),
        "places": [
            (
                "tamraght",
                (
                    "بداية المسلك، المخرج الشمالي لتامراغت",
                    "Départ de la piste, sortie nord de Tamraght",
                ),
                0.0042,
                -0.0015,
            ),
            (
                "imi-miki",
                (
                    "الحي المربوط بشبكة التطهير السائل",
                    "Quartier raccordé au réseau d'assainissement",
                ),
                0.0016,
                0.0012,
            ),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (TAGHAZOUT, FUNDING),
            (RAMSA, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2024, 7, 8),
                COMMUNE,
                1_500_000,
                "Contribution d'Aourir – tranche 2024",
            ),
            (
                COMMITMENT,
                date(2024, 7, 8),
                TAGHAZOUT,
                1_000_000,
                "Contribution de Taghazout – tranche 2024",
            ),
            (
                COMMITMENT,
                date(2024, 7, 8),
                RAMSA,
                400_000,
                "études techniques et suivi des travaux d'assainissement",
                {"in_kind": True},
            ),
            (DISBURSEMENT, date(2024, 12, 16), COMMUNE, 1_500_000, "Mandat n° 731/2024"),
            (
                COMMITMENT,
                date(2025, 1, 15),
                COMMUNE,
                2_000_000,
                "Contribution d'Aourir – tranche 2025",
            ),
            (
                COMMITMENT,
                date(2025, 1, 15),
                TAGHAZOUT,
                1_500_000,
                "Contribution de Taghazout – tranche 2025",
            ),
            (
                DISBURSEMENT,
                date(2025, 1, 20),
                TAGHAZOUT,
                1_000_000,
                "Virement de la commune de Taghazout",
            ),
            (
                EXPENDITURE,
                date(2025, 2, 28),
                COMMUNE,
                980_000,
                "Décompte n° 1 – terrassements de la piste",
            ),
            (EXPENDITURE, date(2025, 5, 30), COMMUNE, 1_120_000, "Décompte n° 2 – chaussée"),
            (
                EXPENDITURE,
                date(2025, 9, 30),
                COMMUNE,
                860_000,
                "Décompte n° 3 – ouvrages hydrauliques",
            ),
            (DISBURSEMENT, date(2025, 12, 22), COMMUNE, 2_000_000, "Mandat n° 766/2025"),
            (
                EXPENDITURE,
                date(2025, 12, 30),
                COMMUNE,
                740_000,
                "Décompte n° 4 – réseau d'assainissement, première tranche",
            ),
            (
                DISBURSEMENT,
                date(2026, 2, 16),
                TAGHAZOUT,
                1_500_000,
                "Virement de la commune de Taghazout",
            ),
            (
                EXPENDITURE,
                date(2026, 4, 30),
                COMMUNE,
                690_000,
                "Décompte n° 5 – réseau d'assainissement, deuxième tranche",
            ),
            (
                EXPENDITURE,
                date(2026, 9, 30),
                COMMUNE,
                610_000,
                "Décompte n° 6 – reprise des dégâts des intempéries",
            ),
        ],
        "milestones": [
            (
                (
                    "تسليم الدراسات التقنية",
                    "Remise des études techniques",
                    "Technical studies delivered",
                ),
                date(2024, 11, 30),
                date(2024, 11, 29),
            ),
            (
                ("تعبيد أول 5 كلم", "Revêtement des 5 premiers km", "First 5 km surfaced"),
                date(2025, 9, 30),
                date(2025, 10, 20),
            ),
            (
                (
                    "ربط الأحياء بشبكة التطهير",
                    "Raccordement des quartiers au réseau",
                    "Neighbourhoods connected to the sewer",
                ),
                date(2026, 12, 31),
                None,
                {"progress": 60, "status": MilestoneStatus.UNDER_WAY},
            ),
            (
                ("التسلم المؤقت", "Réception provisoire", "Provisional acceptance"),
                date(2027, 6, 30),
            ),
        ],
        "updates": [
            (
                date(2025, 10, 21),
                (
                    "5 كلم معبدة بين تامراغت وتغازوت",
                    "5 km revêtus entre Tamraght et Taghazout",
                    "5 km surfaced between Tamraght and Taghazout",
                ),
                (
                    "أصبح الوصول إلى تغازوت عبر المنطقة الداخلية ممكنا طوال السنة على الجزء المنجز.",
                    "Le tronçon achevé permet de rejoindre Taghazout par l'arrière-pays toute l'année.",
                    "The finished section makes Taghazout reachable inland all year round.",
                ),
            ),
            (
                date(2026, 5, 21),
                ("تمديد الأجل سنة", "Délai prolongé d'un an", "Deadline extended by a year"),
                (
                    "صادق المجلس على ملحق يمدد الأشغال إلى يونيو 2027 بعد أضرار شتاء 2025-2026.",
                    "Le conseil a approuvé un avenant qui prolonge les travaux jusqu'en juin 2027 après les dégâts de l'hiver 2025-2026.",
                    "The council approved an amendment extending the works to June 2027 after the 2025-2026 winter damage.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": ("المسلك المعبد", "Piste revêtue", "Track surfaced"),
                "unit": KM,
                "periods": [
                    (*year(2025), 5, Decimal("5.5")),
                    (date(2026, 1, 1), date(2027, 6, 30), 8),
                ],
                "baseline": 0,
                "year": 2024,
            },
            {
                "name": (
                    "الأسر المربوطة بشبكة التطهير",
                    "Foyers raccordés à l'assainissement",
                    "Households connected to the sewer",
                ),
                "unit": HOUSEHOLDS_UNIT,
                "periods": [
                    (*year(2026), 420, 260, {"comment": "Travaux repris après les intempéries"})
                ],
                "level": ResultType.OUTCOME,
                "baseline": 0,
                "year": 2024,
            },
        ],
    },
]
