# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the energy, water and coast programme: solar public lighting, drinking water in the villages, solar pumping for the banana groves.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date
from decimal import Decimal

from taawun.demo.data.names import AFD, BANANA_COOPERATIVE, COMMUNE, EU, GIZ, RAMSA
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
        "code": "PRJ-2025-04",
        "title": (
            "الإنارة العمومية بالطاقة الشمسية والنجاعة الطاقية للبنايات الجماعية",
            "Éclairage public solaire et efficacité énergétique des bâtiments communaux",
            "Solar public lighting and energy efficiency in the commune's buildings",
        ),
        "description": (
            "افتحاص طاقي للبنايات الجماعية، وتعويض 600 نقطة ضوئية بمصابيح شمسية LED بالمركز وتامراغت، ومنشأة كهروضوئية من 60 كيلوواط ذروة بمقر الجماعة، وتكوين التقنيين، مع الوكالة الألمانية للتعاون الدولي.",
            "Audit énergétique des bâtiments communaux, 600 points lumineux remplacés par des lampadaires solaires LED au centre et à Tamraght, centrale photovoltaïque de 60 kWc au siège de la commune et formation des techniciens, avec la GIZ.",
            "An energy audit of the commune's buildings, 600 street lights replaced by solar LED lamps in the centre and Tamraght, a 60 kWp solar plant on the town hall and training for the technicians, with GIZ.",
        ),
        "sources": (
            "مشروع توضيحي: المبالغ باليورو مقومة بجدول أسعار العرض، والأرقام والتواريخ مفترضة.",
            "Projet illustratif : les montants en EUR sont valorisés avec la table de cours de démonstration ; chiffres et dates inventés.",
            "Illustrative project: EUR amounts are valued with the demo rate table; figures and dates are invented.",
        ),
        "status": ActivityStatus.IMPLEMENTATION,
        "agreements": ["CONV-2025-004"],
        "domains": ["renewable-energy", "public-lighting"],
        "pac_axis": 1,
        "budget": 3_550_000,
        "beneficiaries": 22_200,
        "planned": (date(2025, 4, 7), date(2026, 12, 31)),
        "actual": (date(2025, 4, 7), None),
        "progress": 85,
        "weights": (20, 30, 50),
        "flags": ("expertise_exchange", "innovation"),
        "places": [
            (
                "aourir-centre",
                (
                    "مقر الجماعة (محطة الطاقة الشمسية)",
                    "Siège de la commune (centrale photovoltaïque)",
                ),
                -0.0003,
                0.0004,
            ),
            (
                "tamraght",
                ("الواجهة البحرية لتامراغت", "Front de mer de Tamraght"),
                -0.0014,
                -0.0027,
            ),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (GIZ, FUNDING),
            (GIZ, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2025, 4, 7),
                COMMUNE,
                1_200_000,
                "Travaux de raccordement et génie civil",
            ),
            (
                COMMITMENT,
                date(2025, 4, 10),
                GIZ,
                180_000,
                "Contribution GIZ (deux tranches)",
                {"currency": "EUR"},
            ),
            (
                COMMITMENT,
                date(2025, 4, 10),
                GIZ,
                35_000,
                "audit énergétique et assistance technique",
                {"currency": "EUR", "in_kind": True},
            ),
            (
                DISBURSEMENT,
                date(2025, 7, 8),
                GIZ,
                90_000,
                "Virement GIZ – première tranche",
                {"currency": "EUR"},
            ),
            (
                EXPENDITURE,
                date(2025, 9, 26),
                GIZ,
                35_000,
                "Audit énergétique des bâtiments communaux",
                {"currency": "EUR"},
            ),
            (
                EXPENDITURE,
                date(2025, 10, 15),
                COMMUNE,
                1_050_000,
                "Lot 1 : 300 lampadaires solaires LED (Aourir centre)",
            ),
            (DISBURSEMENT, date(2025, 12, 18), COMMUNE, 1_200_000, "Mandat n° 759/2025"),
            (
                EXPENDITURE,
                date(2026, 1, 30),
                COMMUNE,
                980_000,
                "Lot 2 : 300 lampadaires solaires LED (Tamraght)",
            ),
            (
                EXPENDITURE,
                date(2026, 3, 31),
                COMMUNE,
                620_000,
                "Centrale photovoltaïque de 60 kWc au siège de la commune",
            ),
            (EXPENDITURE, date(2026, 6, 30), COMMUNE, 410_000, "Génie civil et raccordements"),
            (
                DISBURSEMENT,
                date(2026, 7, 20),
                GIZ,
                90_000,
                "Virement GIZ – deuxième tranche",
                {"currency": "EUR"},
            ),
            (
                EXPENDITURE,
                date(2026, 9, 15),
                GIZ,
                8_000,
                "Formation des techniciens communaux",
                {"currency": "EUR"},
            ),
        ],
        "milestones": [
            (
                ("الافتحاص الطاقي", "Audit énergétique", "Energy audit"),
                date(2025, 9, 30),
                date(2025, 9, 26),
            ),
            (
                (
                    "الحصة الأولى من المصابيح الشمسية",
                    "Premier lot de lampadaires solaires",
                    "First batch of solar lamps",
                ),
                date(2025, 10, 31),
                date(2025, 10, 15),
            ),
            (
                (
                    "تشغيل المنشأة الكهروضوئية",
                    "Mise en service de la centrale photovoltaïque",
                    "Solar plant in service",
                ),
                date(2026, 4, 30),
                date(2026, 4, 14),
            ),
            (
                ("التسلم النهائي", "Réception définitive", "Final acceptance"),
                date(2026, 12, 31),
                None,
                {"progress": 40, "status": MilestoneStatus.UNDER_WAY},
            ),
        ],
        "updates": [
            (
                date(2025, 10, 20),
                (
                    "300 مصباح شمسي بمركز أورير",
                    "300 lampadaires solaires au centre d'Aourir",
                    "300 solar street lamps in Aourir centre",
                ),
                (
                    "أولى المصابيح الشمسية تضيء الشارع الرئيسي والساحات.",
                    "Les premiers lampadaires solaires éclairent l'avenue principale et les places.",
                    "The first solar lamps light the main street and the squares.",
                ),
            ),
            (
                date(2026, 4, 15),
                (
                    "مقر الجماعة ينتج كهرباءه",
                    "Le siège de la commune produit son électricité",
                    "The town hall makes its own electricity",
                ),
                (
                    "تغطي المنشأة الكهروضوئية قرابة 70 في المائة من استهلاك المقر.",
                    "La centrale photovoltaïque couvre près de 70 % de la consommation du siège.",
                    "The solar plant covers about 70% of the town hall's consumption.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": (
                    "نقط الإنارة المعوضة بمصابيح شمسية",
                    "Points lumineux remplacés par du solaire",
                    "Street lights switched to solar",
                ),
                "unit": LIGHTS_UNIT,
                "periods": [(date(2025, 4, 1), date(2026, 12, 31), 600, 540)],
                "baseline": 0,
                "year": 2025,
            },
            {
                "name": (
                    "الطاقة الموفرة سنويا",
                    "Énergie économisée par an",
                    "Energy saved per year",
                ),
                "unit": ("كيلوواط ساعة", "kWh", "kWh"),
                "periods": [
                    (*year(2026), 210_000, 168_000, {"comment": "Estimation sur neuf mois"})
                ],
                "level": ResultType.OUTCOME,
                "baseline": 0,
                "year": 2025,
            },
        ],
    },
    {
        "code": "PRJ-2023-03",
        "title": (
            "تزويد دواوير أسرن وأزيون وتامزايت بالماء الصالح للشرب",
            "Eau potable des douars Asern, Azioun et Tamzait",
            "Drinking water for Asern, Azioun and Tamzait",
        ),
        "description": (
            "توسيع شبكة الماء الصالح للشرب (14 كلم من القنوات وخزان سعته 500 متر مكعب) وربط 650 أسرة عبر الربط الاجتماعي، مع الوكالة الفرنسية للتنمية والوكالة المستقلة المتعددة الخدمات. المشروع متوقف منذ يونيو 2025 في انتظار تحويل توزيع الماء إلى الشركة الجهوية متعددة الخدمات.",
            "Extension du réseau d'eau potable (14 km de conduites, réservoir de 500 m³) et branchements sociaux pour 650 foyers, avec l'AFD et la RAMSA. Suspendu depuis juin 2025 dans l'attente du transfert de la distribution à la société régionale multiservices.",
            "Extending the drinking-water network (14 km of pipes, a 500 m³ tank) and subsidised connections for 650 households, with AFD and RAMSA. Suspended since June 2025 pending the transfer of water distribution to the regional multi-service company.",
        ),
        "sources": (
            "مشروع توضيحي: المبالغ باليورو مقومة بجدول أسعار العرض؛ سبب التوقف يحيل على القانون 83-21 [للتحقق].",
            "Projet illustratif : les montants en EUR sont valorisés avec la table de cours de démonstration ; le motif de suspension renvoie à la loi 83-21 [à vérifier].",
            "Illustrative project: EUR amounts are valued with the demo rate table; the suspension refers to Law 83-21 [to check].",
        ),
        "status": ActivityStatus.SUSPENDED,
        "agreements": ["CONV-2023-017"],
        "domains": ["drinking-water"],
        "pac_axis": 1,
        "budget": 5_950_000,
        "beneficiaries": 2_700,
        "planned": (date(2024, 2, 1), date(2025, 12, 31)),
        "actual": (date(2024, 1, 22), None),
        "progress": 60,
        "weights": (60, 15, 25),
        "flags": ("expertise_exchange",),
        "places": [
            (
                "asern",
                ("خزان سعته 500 م³ فوق التل", "Réservoir de 500 m³ sur la colline"),
                0.0021,
                0.0016,
            ),
            (
                "azioun",
                ("السقايات والربط بالدوار", "Bornes et branchements du douar"),
                -0.0006,
                0.0009,
            ),
            (
                "tamzait",
                ("قناة الجلب، مدخل الدوار", "Conduite d'adduction, entrée du douar"),
                0.0008,
                -0.0010,
            ),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (AFD, FUNDING),
            (RAMSA, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2024, 1, 22),
                COMMUNE,
                1_500_000,
                "Contribution de la commune aux travaux",
            ),
            (
                COMMITMENT,
                date(2024, 1, 22),
                AFD,
                350_000,
                "Subvention AFD (deux tranches)",
                {"currency": "EUR"},
            ),
            (
                COMMITMENT,
                date(2024, 1, 22),
                RAMSA,
                600_000,
                "études, contrôle des travaux et mise en service",
                {"in_kind": True},
            ),
            (
                DISBURSEMENT,
                date(2024, 7, 15),
                AFD,
                175_000,
                "Virement AFD – première tranche",
                {"currency": "EUR"},
            ),
            (
                EXPENDITURE,
                date(2024, 9, 30),
                COMMUNE,
                1_320_000,
                "Décompte n° 1 – conduites, lot Asern",
            ),
            (DISBURSEMENT, date(2024, 12, 10), COMMUNE, 1_500_000, "Mandat n° 702/2024"),
            (
                EXPENDITURE,
                date(2024, 12, 27),
                RAMSA,
                600_000,
                "Études, contrôle et mise en service (en nature)",
            ),
            (
                EXPENDITURE,
                date(2025, 2, 28),
                COMMUNE,
                1_150_000,
                "Décompte n° 2 – réservoir de 500 m³",
            ),
            (
                EXPENDITURE,
                date(2025, 4, 30),
                COMMUNE,
                780_000,
                "Décompte n° 3 – branchements sociaux (410 foyers)",
            ),
        ],
        "milestones": [
            (
                ("قنوات أسرن", "Conduites du lot Asern", "Asern pipes"),
                date(2024, 9, 30),
                date(2024, 9, 30),
            ),
            (("الخزان", "Réservoir", "Tank"), date(2025, 2, 28), date(2025, 2, 28)),
            (
                ("ربط 650 أسرة", "Branchement des 650 foyers", "650 households connected"),
                date(2025, 9, 30),
                None,
                {"progress": 63, "status": MilestoneStatus.UNDER_WAY},
            ),
        ],
        "updates": [
            (
                date(2025, 3, 10),
                ("الماء في أسرن", "L'eau arrive à Asern", "Water reaches Asern"),
                (
                    "امتلأ الخزان الجديد وربطت أولى الأسر بالشبكة.",
                    "Le nouveau réservoir est en eau et les premiers foyers sont raccordés.",
                    "The new tank is filled and the first households are connected.",
                ),
            ),
            (
                date(2025, 6, 3),
                ("توقف مؤقت للأشغال", "Travaux suspendus", "Works suspended"),
                (
                    "يتوقف المشروع في انتظار ملحق يعين المستغل الجديد؛ 410 أسر مربوطة من أصل 650.",
                    "Le projet est suspendu en attendant un avenant désignant le nouvel exploitant ; 410 foyers raccordés sur 650.",
                    "The project is on hold until an amendment names the new operator; 410 of 650 households are connected.",
                ),
            ),
            (
                date(2026, 3, 12),
                (
                    "الشطر الثاني من منحة الوكالة الفرنسية مجمد",
                    "Deuxième tranche AFD gelée",
                    "AFD second instalment frozen",
                ),
                (
                    "لن تصرف الوكالة الشطر الثاني قبل توقيع الملحق؛ يجب التنسيق مع الشركة الجهوية.",
                    "L'AFD ne versera pas la deuxième tranche avant la signature de l'avenant ; coordonner avec la société régionale.",
                    "AFD will not pay the second instalment before the amendment is signed; coordinate with the regional company.",
                ),
                {"public": False},
            ),
        ],
        "indicators": [
            {
                "name": (
                    "الأسر المربوطة بالماء الصالح للشرب",
                    "Foyers raccordés à l'eau potable",
                    "Households connected to drinking water",
                ),
                "unit": HOUSEHOLDS_UNIT,
                "periods": [
                    (
                        date(2024, 2, 1),
                        date(2025, 12, 31),
                        650,
                        410,
                        {"comment": "Projet suspendu en juin 2025"},
                    )
                ],
                "level": ResultType.OUTCOME,
                "baseline": 0,
                "year": 2023,
            },
            {
                "name": ("القنوات الممددة", "Conduites posées", "Pipes laid"),
                "unit": KM,
                "periods": [(date(2024, 2, 1), date(2025, 12, 31), 14, Decimal("9.5"))],
                "baseline": 0,
                "year": 2023,
            },
        ],
    },
    {
        "code": "PRJ-2026-07",
        "title": (
            "الضخ بالطاقة الشمسية وإعادة استعمال المياه المعالجة لري بساتين الموز بتوكمان",
            "Pompage solaire et réutilisation des eaux épurées pour les bananeraies de Tougmane",
            "Solar pumping and treated-water reuse for the Tougmane banana groves",
        ),
        "description": (
            "بئر وحوض تخزين وحقل كهروضوئي من 45 كيلوواط ذروة لري 30 هكتارا من بساتين الموز بالمياه المعالجة بدل الفرشة المائية، مع تعاونية منتجي الموز، بتمويل من بعثة الاتحاد الأوروبي.",
            "Un forage, un bassin de stockage et un champ photovoltaïque de 45 kWc pour irriguer 30 ha de bananeraies avec des eaux épurées plutôt que la nappe, avec la coopérative des producteurs de bananes et le financement de la Délégation de l'Union européenne.",
            "A borehole, a storage basin and a 45 kWp solar field to irrigate 30 ha of banana groves with treated water rather than groundwater, with the banana growers' cooperative and EU Delegation funding.",
        ),
        "sources": (
            "مشروع توضيحي: المبالغ باليورو مقومة بجدول أسعار العرض، والأرقام والتواريخ مفترضة.",
            "Projet illustratif : les montants en EUR sont valorisés avec la table de cours de démonstration ; chiffres et dates inventés.",
            "Illustrative project: EUR amounts are valued with the demo rate table; figures and dates are invented.",
        ),
        "status": ActivityStatus.IMPLEMENTATION,
        "domains": ["renewable-energy", "drinking-water", "local-economy"],
        "pac_axis": 3,
        "budget": 3_200_000,
        "beneficiaries": 140,
        "planned": (date(2026, 1, 15), date(2027, 6, 30)),
        "actual": (date(2026, 2, 2), None),
        "progress": 40,
        "weights": (20, 35, 45),
        "flags": ("innovation", "expertise_exchange"),
        "places": [
            (
                "tougmane",
                (
                    "ضيعات الموز بتوكمان، قرب بنانا فيلاج",
                    "Bananeraies de Tougmane, près de Banana Village",
                ),
                -0.0032,
                -0.0021,
            )
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (EU, FUNDING),
            (BANANA_COOPERATIVE, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2026, 2, 2),
                EU,
                220_000,
                "Subvention de la Délégation de l'Union européenne",
                {"currency": "EUR"},
            ),
            (COMMITMENT, date(2026, 2, 2), COMMUNE, 600_000, "Contribution de la commune"),
            (
                COMMITMENT,
                date(2026, 2, 2),
                BANANA_COOPERATIVE,
                150_000,
                "terrain du bassin et main-d'œuvre des membres",
                {"in_kind": True},
            ),
            (
                DISBURSEMENT,
                date(2026, 3, 20),
                EU,
                110_000,
                "Préfinancement UE – 50 %",
                {"currency": "EUR"},
            ),
            (DISBURSEMENT, date(2026, 4, 15), COMMUNE, 300_000, "Mandat n° 214/2026"),
            (EXPENDITURE, date(2026, 6, 30), COMMUNE, 880_000, "Forage et bassin de stockage"),
            (EXPENDITURE, date(2026, 9, 30), COMMUNE, 540_000, "Champ photovoltaïque de 45 kWc"),
        ],
        "milestones": [
            (
                ("الحفر والحوض", "Forage et bassin", "Borehole and basin"),
                date(2026, 6, 30),
                date(2026, 6, 30),
            ),
            (
                ("الحقل الكهروضوئي", "Champ photovoltaïque", "Solar field"),
                date(2026, 10, 31),
                None,
                {"progress": 80, "status": MilestoneStatus.UNDER_WAY},
            ),
            (
                (
                    "أول سقي بالمياه المعالجة",
                    "Première irrigation aux eaux épurées",
                    "First irrigation with treated water",
                ),
                date(2027, 3, 31),
            ),
        ],
        "updates": [
            (
                date(2026, 7, 3),
                (
                    "الحوض جاهز بتوكمان",
                    "Le bassin de Tougmane est prêt",
                    "The Tougmane basin is ready",
                ),
                (
                    "انتهى الحفر وبناء الحوض؛ تنطلق أشغال الحقل الشمسي في الصيف.",
                    "Le forage et le bassin sont achevés ; le champ solaire suit cet été.",
                    "The borehole and basin are finished; the solar field follows this summer.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": (
                    "المساحة المسقية بالمياه المعالجة",
                    "Surface irriguée aux eaux épurées",
                    "Area irrigated with treated water",
                ),
                "unit": ("هكتار", "ha", "ha"),
                "periods": [(*year(2027), 30)],
                "baseline": 0,
                "year": 2026,
            },
            {
                "name": ("المياه الجوفية الموفرة", "Eau de nappe économisée", "Groundwater saved"),
                "unit": ("متر مكعب", "m³", "m³"),
                "periods": [(*year(2027), 180_000)],
                "level": ResultType.OUTCOME,
                "baseline": 0,
                "year": 2026,
            },
        ],
    },
]
