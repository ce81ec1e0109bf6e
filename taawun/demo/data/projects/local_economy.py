# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the tourism and local-economy programme: the weekly souk (the covered one and the current one) and the Tanmirt women's argan cooperative.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date

from taawun.demo.data.names import (
    ADS,
    AECID,
    BANANA_COOPERATIVE,
    COMMUNE,
    CRI,
    ENCG,
    INDH,
    REGION,
    SOUK_INVEST,
    TANMIRT,
)
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    EXTENDING,
    FUNDING,
    IMPLEMENTING,
    PERCENT,
    year,
)
from taawun.projects.choices import (
    ActivityStatus,
    AgeGroup,
    Disaggregation,
    Measure,
    MilestoneStatus,
    ResultType,
    Sex,
)

PROJECTS = [
    {
        "code": "PRJ-2025-07",
        "title": (
            "السوق الأسبوعي المغطى لأورير (شراكة بين القطاعين العام والخاص)",
            "Souk hebdomadaire couvert d'Aourir (partenariat public-privé)",
            "Aourir's covered weekly market (public-private partnership)",
        ),
        "description": (
            "يبني مستثمرون محليون سوقا مغطى على 3 هكتارات (200 محل، موقف، مجزرة قروية) فوق عقار جماعي ويدبرونه 20 سنة مقابل إتاوة. الشروط قيد التفاوض: غير منشور.",
            "Des investisseurs locaux construisent un souk couvert de 3 ha (200 emplacements, parking, abattoir rural) sur un terrain communal et le gèrent 20 ans contre une redevance. Conditions en négociation : non publié.",
            "Local investors build a 3-hectare covered market (200 stalls, car park, rural slaughterhouse) on commune land and run it for 20 years against a fee. Terms under negotiation: not published.",
        ),
        "sources": (
            "مشروع توضيحي: المستثمر خيالي، والأرقام والتواريخ مفترضة.",
            "Projet illustratif : l'investisseur est fictif ; chiffres et dates inventés.",
            "Illustrative project: the investor is fictional; figures and dates are invented.",
        ),
        "status": ActivityStatus.PIPELINE,
        "is_public": False,
        "agreements": ["CONV-2025-018"],
        "domains": ["local-economy"],
        "pac_axis": 4,
        "budget": 24_000_000,
        "beneficiaries": 46_032,
        "planned": (date(2025, 3, 18), date(2028, 12, 31)),
        "progress": 5,
        "weights": (25, 60, 15),
        "flags": ("innovation",),
        "places": [
            (
                "aourir-centre",
                (
                    "العقار الجماعي للسوق المقبل، طريق الدراركة",
                    "Terrain communal du futur souk, route de Drarga",
                ),
                0.0048,
                0.0052,
            )
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (SOUK_INVEST, FUNDING),
            (SOUK_INVEST, IMPLEMENTING),
            (CRI, EXTENDING),
        ],
        "transactions": [
            (
                EXPENDITURE,
                date(2025, 6, 30),
                COMMUNE,
                65_000,
                "Immatriculation foncière du terrain (frais de bornage et de conservation)",
            ),
        ],
        "milestones": [
            (
                ("تحفيظ العقار", "Immatriculation du terrain", "Land registration"),
                date(2025, 12, 31),
                None,
                {"progress": 70, "status": MilestoneStatus.UNDER_WAY},
            ),
            (
                ("مداولة المجلس", "Délibération du conseil", "Council deliberation"),
                date(2026, 5, 5),
            ),
        ],
        "updates": [
            (
                date(2025, 7, 3),
                (
                    "العقار في طور التحفيظ",
                    "Le terrain en cours d'immatriculation",
                    "Land registration under way",
                ),
                (
                    "تم التحديد؛ ينتظر الملف قرار المحافظة العقارية.",
                    "Le bornage est fait ; le dossier attend la conservation foncière.",
                    "The survey is done; the file awaits the land registry.",
                ),
            ),
            (
                date(2026, 9, 22),
                (
                    "المستثمر يطلب مراجعة الإتاوة",
                    "L'investisseur demande de revoir la redevance",
                    "Investor asks to revise the fee",
                ),
                (
                    "يقترح المستثمر إتاوة متدرجة خلال السنوات الخمس الأولى؛ رأي مركز الاستثمار منتظر.",
                    "L'investisseur propose une redevance progressive les cinq premières années ; avis du CRI attendu.",
                    "The investor proposes a fee that rises over the first five years; the investment centre's opinion is awaited.",
                ),
                {"public": False},
            ),
        ],
    },
    {
        "code": "PRJ-2024-04",
        "title": (
            "إعادة تأهيل السوق الأسبوعي الحالي لأورير",
            "Réhabilitation du souk hebdomadaire actuel d'Aourir",
            "Rehabilitation of Aourir's current weekly market",
        ),
        "description": (
            "تطهير السوق وتبليط الممرات، و120 مظلة، ومرافق صحية ونقط ماء وإنارة، وسياج ومراقبة، بتمويل مشترك بين الجماعة والجهة ومستثمرين محليين وتعاونية منتجي الموز، بمواكبة مركز الاستثمار الجهوي.",
            "Assainissement et dallage des allées, 120 ombrières, toilettes, points d'eau et éclairage, clôture et surveillance, cofinancés par la commune, la Région, des investisseurs locaux et la coopérative des producteurs de bananes, avec l'accompagnement du CRI.",
            "Drainage and paving of the alleys, 120 shade structures, toilets, water points and lighting, a fence and surveillance, co-funded by the commune, the Region, local investors and the banana growers' cooperative, with the investment centre's support.",
        ),
        "status": ActivityStatus.FINALISATION,
        "domains": ["local-economy"],
        "pac_axis": 4,
        "budget": 2_500_000,
        "beneficiaries": 46_032,
        "planned": (date(2024, 9, 1), date(2025, 12, 31)),
        "actual": (date(2024, 9, 16), None),
        "progress": 95,
        "weights": (30, 55, 15),
        "flags": ("innovation",),
        "places": [
            (
                "aourir-centre",
                ("السوق الأسبوعي الحالي", "Souk hebdomadaire actuel"),
                -0.0021,
                0.0035,
            )
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (REGION, FUNDING),
            (SOUK_INVEST, FUNDING),
            (BANANA_COOPERATIVE, FUNDING),
            (CRI, EXTENDING),
        ],
        "transactions": [
            (COMMITMENT, date(2024, 9, 16), COMMUNE, 900_000, "Contribution de la commune"),
            (
                COMMITMENT,
                date(2024, 9, 16),
                SOUK_INVEST,
                800_000,
                "Apport des investisseurs locaux (contre priorité d'exploitation des ombrières)",
            ),
            (
                COMMITMENT,
                date(2024, 9, 16),
                BANANA_COOPERATIVE,
                150_000,
                "étals et main-d'œuvre de la coopérative",
                {"in_kind": True},
            ),
            (
                COMMITMENT,
                date(2024, 9, 16),
                CRI,
                50_000,
                "étude de marché et accompagnement des investisseurs",
                {"in_kind": True},
            ),
            (COMMITMENT, date(2024, 10, 21), REGION, 600_000, "Contribution de la Région"),
            (
                DISBURSEMENT,
                date(2024, 11, 18),
                SOUK_INVEST,
                400_000,
                "Premier apport des investisseurs",
            ),
            (DISBURSEMENT, date(2025, 1, 20), COMMUNE, 500_000, "Mandat n° 27/2025"),
            (
                EXPENDITURE,
                date(2025, 1, 31),
                COMMUNE,
                620_000,
                "Réseau d'assainissement et dallage des allées",
            ),
            (DISBURSEMENT, date(2025, 3, 17), REGION, 600_000, "Virement de la Région"),
            (
                EXPENDITURE,
                date(2025, 4, 30),
                COMMUNE,
                780_000,
                "Ombrières métalliques (120 emplacements)",
            ),
            (
                DISBURSEMENT,
                date(2025, 5, 19),
                SOUK_INVEST,
                400_000,
                "Solde de l'apport des investisseurs",
            ),
            (DISBURSEMENT, date(2025, 7, 14), COMMUNE, 400_000, "Mandat n° 398/2025"),
            (
                EXPENDITURE,
                date(2025, 7, 31),
                COMMUNE,
                540_000,
                "Toilettes publiques, points d'eau et éclairage",
            ),
            (
                EXPENDITURE,
                date(2025, 10, 31),
                COMMUNE,
                360_000,
                "Clôture, portails et vidéosurveillance",
            ),
        ],
        "milestones": [
            (
                ("الممرات والتطهير", "Allées et assainissement", "Alleys and drainage"),
                date(2025, 1, 31),
                date(2025, 1, 31),
            ),
            (("المظلات", "Ombrières", "Shade structures"), date(2025, 4, 30), date(2025, 4, 30)),
            (
                ("التسلم النهائي", "Réception définitive", "Final acceptance"),
                date(2025, 12, 31),
                None,
                {"progress": 80, "status": MilestoneStatus.UNDER_WAY},
            ),
        ],
        "updates": [
            (
                date(2025, 5, 6),
                ("سوق نظيف ومظلل", "Un souk propre et ombragé", "A clean, shaded market"),
                (
                    "120 مظلة وممرات مبلطة: يعمل السوق الأسبوعي في ظروف أفضل للتجار والزوار.",
                    "120 ombrières et des allées dallées : le souk fonctionne dans de meilleures conditions pour les commerçants et les visiteurs.",
                    "120 shade structures and paved alleys: the market works in better conditions for traders and visitors.",
                ),
            ),
            (
                date(2026, 2, 10),
                (
                    "التسلم النهائي مؤجل",
                    "Réception définitive reportée",
                    "Final acceptance postponed",
                ),
                (
                    "تحفظات على الكاميرات؛ يجب أن يصلحها المقاول قبل التسلم.",
                    "Réserves sur les caméras ; l'entreprise doit les lever avant la réception.",
                    "Reservations on the cameras; the contractor must fix them before acceptance.",
                ),
                {"public": False},
            ),
        ],
        "indicators": [
            {
                "name": ("المحلات المظللة", "Emplacements ombragés", "Shaded stalls"),
                "unit": ("محل", "emplacements", "stalls"),
                "periods": [(date(2024, 9, 16), date(2025, 12, 31), 120, 120)],
                "baseline": 0,
                "year": 2024,
            },
            {
                "name": (
                    "التجار الحاضرون كل أسبوع",
                    "Commerçants présents chaque semaine",
                    "Traders present each week",
                ),
                "unit": ("تاجر", "commerçants", "traders"),
                "periods": [(*year(2025), (40, 180), (46, 197))],
                "level": ResultType.OUTCOME,
                "baseline": 190,
                "year": 2024,
                "by": Disaggregation.SEX,
            },
        ],
    },
    {
        "code": "PRJ-2026-09",
        "title": (
            "وحدة تثمين الأركان للتعاونية النسوية تانميرت",
            "Unité de valorisation de l'argan de la coopérative féminine Tanmirt",
            "Argan processing unit for the Tanmirt women's cooperative",
        ),
        "description": (
            "تجهيز وحدة لعصر وتلفيف زيت الأركان في محل جماعي من 150 مترا مربعا، وتكوين 35 متعاونة، في إطار الأنشطة المدرة للدخل للمبادرة الوطنية للتنمية البشرية، بمواكبة وكالة التنمية الاجتماعية.",
            "Équipement d'une unité de trituration et de conditionnement de l'huile d'argan dans un local communal de 150 m² et formation de 35 coopératrices, au titre des activités génératrices de revenus de l'INDH, avec l'accompagnement de l'ADS.",
            "Equipment for an argan-oil pressing and packaging unit in 150 m² of commune premises and training for 35 members, under INDH's income-generating activities, with ADS support.",
        ),
        "status": ActivityStatus.PIPELINE,
        "agreements": ["CONV-2026-019"],
        "domains": ["women-cooperatives", "local-economy"],
        "pac_axis": 4,
        "budget": 680_000,
        "beneficiaries": 35,
        "planned": (date(2027, 1, 1), date(2027, 12, 31)),
        "progress": 0,
        "weights": (50, 40, 10),
        "places": [
            (
                "aourir-centre",
                ("محل جماعي، الحي الإداري", "Local communal, quartier administratif"),
                0.0015,
                -0.0012,
            )
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (INDH, FUNDING),
            (ADS, EXTENDING),
            (TANMIRT, IMPLEMENTING),
        ],
        "plan": [(ADS, 50_000, "Accompagnement et formation à la gestion")],
        "updates": [
            (
                date(2026, 11, 10),
                (
                    "وحدة الأركان في جدول أعمال المجلس",
                    "L'unité d'argan à l'ordre du jour du conseil",
                    "The argan unit on the council's agenda",
                ),
                (
                    "تعرض الاتفاقية مع المبادرة والتعاونية في الدورة المقبلة للمجلس.",
                    "La convention avec l'INDH et la coopérative sera présentée à la prochaine session du conseil.",
                    "The agreement with INDH and the cooperative goes to the council's next session.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": ("دخل المتعاونات", "Revenu des coopératrices", "Members' income"),
                "unit": ("درهم في الشهر", "MAD par mois", "MAD per month"),
                "periods": [(*year(2028), 2200)],
                "level": ResultType.OUTCOME,
                "baseline": 1300,
                "year": 2026,
            },
        ],
    },
    {
        "code": "PRJ-2024-05",
        "title": (
            "تقوية قدرات التعاونية تانميرت: التكوين والشهادة البيولوجية والتسويق",
            "Renforcement de la coopérative Tanmirt : formation, certification bio et commercialisation",
            "Strengthening the Tanmirt cooperative: training, organic certification and marketing",
        ),
        "description": (
            "تكوين 35 متعاونة في النظافة والتدبير والتسويق، والحصول على الشهادة البيولوجية، وتلفيف بثلاث لغات، والمشاركة في المعارض والبيع عبر الإنترنت، مع الوكالة الإسبانية للتعاون الدولي ووكالة التنمية الاجتماعية والمدرسة الوطنية للتجارة والتسيير.",
            "Formation de 35 coopératrices (hygiène, gestion, commercialisation), certification biologique, emballages trilingues, salons et vente en ligne, avec l'AECID, l'ADS et l'ENCG d'Agadir.",
            "Training 35 members (hygiene, management, marketing), organic certification, packaging in three languages, fairs and online sales, with AECID, ADS and ENCG Agadir.",
        ),
        "sources": (
            "مشروع توضيحي: المبالغ باليورو مقومة بجدول أسعار العرض، والأرقام والتواريخ مفترضة.",
            "Projet illustratif : les montants en EUR sont valorisés avec la table de cours de démonstration ; chiffres et dates inventés.",
            "Illustrative project: EUR amounts are valued with the demo rate table; figures and dates are invented.",
        ),
        "status": ActivityStatus.CLOSED,
        "owner": TANMIRT,
        "domains": ["women-cooperatives", "local-economy"],
        "pac_axis": 4,
        "budget": 840_000,
        "beneficiaries": 35,
        "planned": (date(2024, 1, 15), date(2025, 6, 30)),
        "actual": (date(2024, 2, 5), date(2025, 6, 30)),
        "progress": 100,
        "weights": (50, 40, 10),
        "flags": ("expertise_exchange",),
        "places": [
            ("aourir-centre", ("ورشة التعاونية", "Atelier de la coopérative"), 0.0017, -0.0015),
            (
                "tagadirt-izdar",
                ("غابة أركان المتعاونات", "Arganeraie des coopératrices"),
                0.0012,
                0.0010,
            ),
        ],
        "participants": [
            (TANMIRT, ACCOUNTABLE),
            (TANMIRT, IMPLEMENTING),
            (AECID, FUNDING),
            (ADS, FUNDING),
            (COMMUNE, FUNDING),
            (ENCG, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2024, 2, 5),
                AECID,
                45_000,
                "Programme d'autonomisation économique des femmes",
                {"currency": "EUR"},
            ),
            (COMMITMENT, date(2024, 2, 5), COMMUNE, 100_000, "Subvention de la commune"),
            (
                COMMITMENT,
                date(2024, 2, 12),
                ADS,
                180_000,
                "Appui de l'ADS aux activités génératrices de revenus",
            ),
            (
                COMMITMENT,
                date(2024, 2, 12),
                ENCG,
                60_000,
                "encadrement par les enseignants et les étudiants de l'ENCG",
                {"in_kind": True},
            ),
            (
                DISBURSEMENT,
                date(2024, 3, 4),
                COMMUNE,
                100_000,
                "Mandat n° 118/2024",
                {"to": TANMIRT},
            ),
            (
                DISBURSEMENT,
                date(2024, 3, 18),
                AECID,
                25_000,
                "Première tranche AECID",
                {"to": TANMIRT, "currency": "EUR"},
            ),
            (DISBURSEMENT, date(2024, 4, 15), ADS, 180_000, "Virement de l'ADS", {"to": TANMIRT}),
            (EXPENDITURE, date(2024, 5, 31), TANMIRT, 210_000, "Formation de 35 coopératrices"),
            (
                EXPENDITURE,
                date(2024, 9, 30),
                TANMIRT,
                160_000,
                "Certification biologique et analyses",
            ),
            (
                DISBURSEMENT,
                date(2024, 10, 14),
                AECID,
                20_000,
                "Deuxième tranche AECID",
                {"to": TANMIRT, "currency": "EUR"},
            ),
            (
                EXPENDITURE,
                date(2024, 12, 20),
                TANMIRT,
                140_000,
                "Emballages et étiquetage trilingue",
            ),
            (
                EXPENDITURE,
                date(2025, 3, 31),
                TANMIRT,
                170_000,
                "Salons régionaux et boutique en ligne",
            ),
            (
                EXPENDITURE,
                date(2025, 6, 15),
                TANMIRT,
                95_000,
                "Petit équipement de conditionnement",
            ),
        ],
        "milestones": [
            (("التكوين", "Formation", "Training"), date(2024, 5, 31), date(2024, 5, 31)),
            (
                ("الشهادة البيولوجية", "Certification biologique", "Organic certification"),
                date(2024, 12, 31),
                date(2024, 11, 18),
            ),
        ],
        "updates": [
            (
                date(2024, 11, 20),
                (
                    "زيت تانميرت يحصل على الشهادة البيولوجية",
                    "L'huile de Tanmirt certifiée bio",
                    "Tanmirt's oil certified organic",
                ),
                (
                    "حصلت التعاونية على الشهادة البيولوجية، وتستعد لأول معرض جهوي.",
                    "La coopérative a obtenu la certification biologique et prépare son premier salon régional.",
                    "The cooperative earned organic certification and is getting ready for its first regional fair.",
                ),
            ),
            (
                date(2025, 7, 3),
                ("المبيعات ترتفع بـ42 في المائة", "Ventes en hausse de 42 %", "Sales up 42%"),
                (
                    "ارتفعت مبيعات التعاونية بـ42 في المائة بفضل البيع عبر الإنترنت والمعارض.",
                    "Les ventes de la coopérative ont augmenté de 42 % grâce à la vente en ligne et aux salons.",
                    "The cooperative's sales rose by 42% thanks to online sales and fairs.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": ("المتعاونات المكونات", "Coopératrices formées", "Members trained"),
                "unit": ("متعاونة", "coopératrices", "members"),
                "periods": [
                    (
                        date(2024, 2, 5),
                        date(2024, 12, 31),
                        35,
                        35,
                        {
                            "values": [
                                (Sex.FEMALE, AgeGroup.ADULT, 29, 30),
                                (Sex.FEMALE, AgeGroup.SENIOR, 6, 5),
                            ]
                        },
                    ),
                ],
                "baseline": 0,
                "year": 2024,
                "by": Disaggregation.SEX_AGE,
            },
            {
                "name": ("ارتفاع المبيعات", "Hausse des ventes", "Increase in sales"),
                "unit": PERCENT,
                "periods": [(date(2024, 7, 1), date(2025, 6, 30), 30, 42)],
                "level": ResultType.OUTCOME,
                "measure": Measure.PERCENTAGE,
                "baseline": 0,
                "year": 2024,
            },
        ],
    },
]
