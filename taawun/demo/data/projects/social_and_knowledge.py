# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the social and knowledge programme: the mid-term evaluation with Ibn Zohr University, the Tamraght association's 2026 programme, pre-school in two villages, medical caravans.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date

from taawun.demo.data.names import (
    AOURIR_ASSOCIATION,
    BP_FOUNDATION,
    COMMUNE,
    INDH,
    JICA,
    TAMRAGHT_ASSOCIATION,
    UIZ,
)
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    FUNDING,
    IMPLEMENTING,
    PEOPLE_UNIT,
    school_year,
)
from taawun.projects.choices import ActivityStatus, AgeGroup, Disaggregation, MilestoneStatus, Sex

PROJECTS = [
    {
        "code": "PRJ-2024-06",
        "title": (
            "الدراسات والتقييم المرحلي لبرنامج عمل الجماعة مع جامعة ابن زهر",
            "Études et évaluation à mi-parcours du PAC avec l'Université Ibn Zohr",
            "Studies and mid-term evaluation of the action programme with Ibn Zohr University",
        ),
        "description": (
            "تحيين التشخيص التشاركي، وبحوث سوسيو-اقتصادية لدى 2450 أسرة، وتقييم مرحلي لبرنامج عمل الجماعة وفق مقاربة النوع، ينجزها أساتذة باحثون وطلبة ماستر من جامعة ابن زهر.",
            "Actualisation du diagnostic participatif, enquêtes socio-économiques auprès de 2 450 ménages et évaluation à mi-parcours du PAC avec une approche genre, par des enseignants-chercheurs et des étudiants de master de l'Université Ibn Zohr.",
            "An updated participatory diagnosis, socio-economic surveys of 2,450 households and a gender-sensitive mid-term evaluation of the action programme, by Ibn Zohr University researchers and master's students.",
        ),
        "status": ActivityStatus.FINALISATION,
        "agreements": ["CONV-2024-021"],
        "domains": ["governance", "education"],
        "pac_axis": 6,
        "budget": 720_000,
        "beneficiaries": 46_032,
        "planned": (date(2024, 12, 2), date(2027, 1, 31)),
        "actual": (date(2024, 12, 2), None),
        "progress": 85,
        "weights": (50, 30, 20),
        "flags": ("expertise_exchange", "innovation"),
        "places": [
            (
                "aourir-centre",
                (
                    "مقر الجماعة (ورشات تقديم النتائج)",
                    "Siège de la commune (ateliers de restitution)",
                ),
                -0.0003,
                0.0004,
            ),
            ("tamraght", ("البحث الميداني", "Enquêtes de terrain"), 0.0006, 0.0008),
            ("alma", ("البحث الميداني", "Enquêtes de terrain"), -0.0005, 0.0006),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (UIZ, FUNDING),
            (UIZ, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2024, 12, 2),
                COMMUNE,
                120_000,
                "Frais d'enquête et indemnités de stage",
            ),
            (
                COMMITMENT,
                date(2024, 12, 2),
                UIZ,
                600_000,
                "diagnostic, enquêtes et évaluation par les équipes de l'université",
                {"in_kind": True},
            ),
            (DISBURSEMENT, date(2025, 6, 12), COMMUNE, 120_000, "Mandat n° 322/2025"),
            (EXPENDITURE, date(2025, 7, 15), COMMUNE, 72_000, "Frais d'enquête (2 450 ménages)"),
            (
                EXPENDITURE,
                date(2025, 10, 30),
                COMMUNE,
                48_000,
                "Indemnités de stage de huit étudiants de master",
            ),
        ],
        "milestones": [
            (
                (
                    "تقرير التشخيص المحين",
                    "Rapport de diagnostic actualisé",
                    "Updated diagnosis report",
                ),
                date(2025, 6, 30),
                date(2025, 6, 30),
            ),
            (
                ("تقرير البحوث الميدانية", "Rapport d'enquêtes", "Survey report"),
                date(2025, 12, 31),
                date(2025, 12, 19),
            ),
            (
                (
                    "التقرير النهائي للتقييم المرحلي",
                    "Rapport final d'évaluation à mi-parcours",
                    "Final mid-term evaluation report",
                ),
                date(2027, 1, 26),
                None,
                {"progress": 70, "status": MilestoneStatus.UNDER_WAY},
            ),
        ],
        "updates": [
            (
                date(2025, 7, 1),
                (
                    "تشخيص تشاركي جديد",
                    "Un nouveau diagnostic participatif",
                    "A new participatory diagnosis",
                ),
                (
                    "شارك أكثر من 600 من السكان في 14 لقاء بالأحياء والدواوير.",
                    "Plus de 600 habitants ont participé à 14 rencontres dans les quartiers et les douars.",
                    "More than 600 residents took part in 14 meetings in the neighbourhoods and villages.",
                ),
            ),
            (
                date(2025, 12, 22),
                ("نتائج البحوث الميدانية", "Résultats des enquêtes", "Survey results"),
                (
                    "2450 أسرة مستجوبة؛ النتائج حسب الجنس متاحة لهيئة المساواة وتكافؤ الفرص ومقاربة النوع.",
                    "2 450 ménages enquêtés ; les résultats par sexe sont transmis à l'instance de l'équité et de l'égalité des chances.",
                    "2,450 households surveyed; results by sex go to the equality and gender commission.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": ("المستجوبون في البحوث", "Personnes enquêtées", "People surveyed"),
                "unit": PEOPLE_UNIT,
                "periods": [(date(2025, 7, 1), date(2025, 12, 31), (1200, 1200), (1260, 1190))],
                "by": Disaggregation.SEX,
            },
        ],
    },
    {
        "code": "PRJ-2026-10",
        "title": (
            "برنامج 2026 لجمعية تامراغت: محو الأمية والأنشطة الصيفية ودار المرأة",
            "Programme 2026 de l'Association Tamraght : alphabétisation, activités d'été et foyer féminin",
            "Tamraght association's 2026 programme: literacy, summer activities and the women's centre",
        ),
        "description": (
            "دروس محو الأمية لفائدة 80 امرأة، وأنشطة تربوية صيفية لأطفال تامراغت، وتنشيط دار المرأة، بمنحة من الجماعة.",
            "Cours d'alphabétisation pour 80 femmes, activités éducatives d'été pour les enfants de Tamraght et animation du foyer féminin, avec une subvention de la commune.",
            "Literacy classes for 80 women, summer educational activities for Tamraght's children and the women's centre, with a grant from the commune.",
        ),
        "status": ActivityStatus.IMPLEMENTATION,
        "owner": TAMRAGHT_ASSOCIATION,
        "agreements": ["CONV-2026-003"],
        "domains": ["social-action", "education"],
        "pac_axis": 2,
        "budget": 150_000,
        "beneficiaries": 230,
        "planned": (date(2026, 3, 1), date(2027, 2, 28)),
        "actual": (date(2026, 3, 2), None),
        "progress": 65,
        "weights": (80, 10, 10),
        "places": [
            ("tamraght", ("دار المرأة بتامراغت", "Foyer féminin de Tamraght"), 0.0007, 0.0011)
        ],
        "participants": [
            (TAMRAGHT_ASSOCIATION, ACCOUNTABLE),
            (TAMRAGHT_ASSOCIATION, IMPLEMENTING),
            (COMMUNE, FUNDING),
        ],
        "transactions": [
            (COMMITMENT, date(2026, 3, 2), COMMUNE, 120_000, "Subvention 2026 (deux tranches)"),
            (
                COMMITMENT,
                date(2026, 3, 2),
                TAMRAGHT_ASSOCIATION,
                30_000,
                "bénévoles et animatrices de l'association",
                {"in_kind": True},
            ),
            (
                DISBURSEMENT,
                date(2026, 3, 25),
                COMMUNE,
                60_000,
                "Mandat n° 148/2026 – première tranche",
                {"to": TAMRAGHT_ASSOCIATION},
            ),
            (
                EXPENDITURE,
                date(2026, 5, 31),
                TAMRAGHT_ASSOCIATION,
                22_000,
                "Manuels et indemnités des animatrices d'alphabétisation",
            ),
            (
                EXPENDITURE,
                date(2026, 8, 31),
                TAMRAGHT_ASSOCIATION,
                31_000,
                "Activités d'été pour 150 enfants",
            ),
            (
                EXPENDITURE,
                date(2026, 10, 15),
                TAMRAGHT_ASSOCIATION,
                7_000,
                "Équipement du foyer féminin",
            ),
        ],
        "updates": [
            (
                date(2026, 9, 3),
                (
                    "صيف تربوي لأطفال تامراغت",
                    "Un été éducatif pour les enfants de Tamraght",
                    "An educational summer for Tamraght's children",
                ),
                (
                    "استفاد 153 طفلا من ورشات القراءة والمسرح والسباحة.",
                    "153 enfants ont profité des ateliers de lecture, de théâtre et de natation.",
                    "153 children joined reading, theatre and swimming workshops.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": (
                    "النساء المستفيدات من محو الأمية",
                    "Femmes en cours d'alphabétisation",
                    "Women in literacy classes",
                ),
                "unit": ("امرأة", "femmes", "women"),
                "periods": [
                    (
                        date(2026, 3, 1),
                        date(2026, 12, 31),
                        80,
                        77,
                        {
                            "values": [
                                (Sex.FEMALE, AgeGroup.ADULT, 70, 64),
                                (Sex.FEMALE, AgeGroup.SENIOR, 10, 13),
                            ]
                        },
                    ),
                ],
                "by": Disaggregation.SEX_AGE,
            },
            {
                "name": (
                    "الأطفال في الأنشطة الصيفية",
                    "Enfants aux activités d'été",
                    "Children in summer activities",
                ),
                "unit": ("طفل", "enfants", "children"),
                "periods": [(date(2026, 7, 1), date(2026, 8, 31), (75, 75), (82, 71))],
                "by": Disaggregation.SEX,
            },
        ],
    },
    {
        "code": "PRJ-2026-11",
        "title": (
            "التعليم الأولي بدواري تكاديرت أوفلا وأوباها",
            "Préscolaire dans les douars de Tagadirt Oufella et Oubaha",
            "Pre-school in Tagadirt Oufella and Oubaha",
        ),
        "description": (
            "بناء وتجهيز أربعة أقسام للتعليم الأولي، وتكوين المربيات والتتبع التربوي لمدة ثلاث سنوات، مع مؤسسة البنك الشعبي. صادق المجلس على الاتفاقية، وموافقة المؤسسة منتظرة.",
            "Construction et équipement de quatre salles de préscolaire, formation des éducatrices et suivi pédagogique pendant trois ans, avec la Fondation Banque Populaire. Le conseil a approuvé la convention ; l'accord de la fondation est attendu.",
            "Building and equipping four pre-school classrooms, training the teachers and three years of pedagogical follow-up, with the Banque Populaire foundation. The council approved the agreement; the foundation's approval is awaited.",
        ),
        "status": ActivityStatus.PIPELINE,
        "agreements": ["CONV-2026-017"],
        "domains": ["education"],
        "pac_axis": 2,
        "budget": 1_000_000,
        "beneficiaries": 100,
        "planned": (date(2027, 1, 1), date(2029, 12, 31)),
        "progress": 0,
        "weights": (80, 10, 10),
        "flags": ("integration",),
        "places": [
            (
                "tagadirt-oufella",
                ("ملعب المدرسة الفرعية", "Terrain de l'école satellite"),
                -0.0007,
                0.0006,
            ),
            ("oubaha", ("ملعب قرب المسجد", "Terrain près de la mosquée"), 0.0005, 0.0009),
        ],
        "participants": [(COMMUNE, ACCOUNTABLE), (COMMUNE, FUNDING), (BP_FOUNDATION, FUNDING)],
        "milestones": [
            (
                ("موافقة المؤسسة", "Accord de la fondation", "Foundation's approval"),
                date(2026, 12, 31),
                None,
                {"progress": 30, "status": MilestoneStatus.UNDER_WAY},
            ),
            (("الدخول المدرسي الأول", "Première rentrée", "First school year"), date(2027, 9, 15)),
        ],
        "updates": [
            (
                date(2026, 10, 8),
                (
                    "أربعة أقسام للتعليم الأولي في الدواوير",
                    "Quatre classes de préscolaire dans les douars",
                    "Four pre-school classes in the villages",
                ),
                (
                    "صادق المجلس على الاتفاقية مع مؤسسة البنك الشعبي؛ الهدف أول دخول مدرسي في شتنبر 2027.",
                    "Le conseil a approuvé la convention avec la Fondation Banque Populaire ; objectif : première rentrée en septembre 2027.",
                    "The council approved the agreement with the Banque Populaire foundation; the aim is a first school year in September 2027.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": (
                    "الأطفال المسجلون في التعليم الأولي",
                    "Enfants inscrits au préscolaire",
                    "Children enrolled in pre-school",
                ),
                "unit": ("طفل", "enfants", "children"),
                "periods": [(*school_year(2027), (50, 50))],
                "baseline": 0,
                "year": 2026,
                "by": Disaggregation.SEX,
            },
        ],
    },
    {
        "code": "PRJ-2023-05",
        "title": (
            "قوافل طبية وتجهيز المركز الصحي لتامراغت",
            "Caravanes médicales et équipement du centre de santé de Tamraght",
            "Medical caravans and equipment for the Tamraght health centre",
        ),
        "description": (
            "ثلاث قوافل طبية (عامة، للدواوير، ولطب العيون) نظمتها جمعية أورير للتنمية والتضامن، وتجهيز المركز الصحي لتامراغت بجهاز للفحص بالصدى وكرسي لطب الأسنان، بدعم من الوكالة اليابانية للتعاون الدولي والمبادرة الوطنية للتنمية البشرية.",
            "Trois caravanes médicales (générale, douars, ophtalmologie) organisées par l'Association Aourir pour le développement et la solidarité, et équipement du centre de santé de Tamraght (échographe, fauteuil dentaire), avec la JICA et l'INDH.",
            "Three medical caravans (general, villages, eye care) run by the Aourir development and solidarity association, and equipment for the Tamraght health centre (ultrasound scanner, dental chair), with JICA and INDH.",
        ),
        "status": ActivityStatus.CLOSED,
        "owner": AOURIR_ASSOCIATION,
        "domains": ["health", "social-action"],
        "pac_axis": 2,
        "budget": 700_000,
        "beneficiaries": 1_850,
        "planned": (date(2023, 4, 1), date(2024, 3, 31)),
        "actual": (date(2023, 4, 10), date(2024, 3, 31)),
        "progress": 100,
        "weights": (85, 5, 10),
        "flags": ("expertise_exchange",),
        "places": [
            ("tamraght", ("المركز الصحي بتامراغت", "Centre de santé de Tamraght"), 0.0013, 0.0019),
            (
                "azioun",
                ("قافلة الدواوير (مدرسة أزيون)", "Caravane des douars (école d'Azioun)"),
                -0.0008,
                0.0006,
            ),
        ],
        "participants": [
            (AOURIR_ASSOCIATION, ACCOUNTABLE),
            (AOURIR_ASSOCIATION, IMPLEMENTING),
            (JICA, FUNDING),
            (INDH, FUNDING),
            (COMMUNE, FUNDING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2023, 4, 10),
                JICA,
                380_000,
                "échographe et fauteuil dentaire pour le centre de santé",
                {"in_kind": True},
            ),
            (
                COMMITMENT,
                date(2023, 4, 10),
                COMMUNE,
                120_000,
                "Subvention de la commune aux caravanes",
            ),
            (COMMITMENT, date(2023, 5, 8), INDH, 200_000, "Programme de santé de proximité"),
            (
                DISBURSEMENT,
                date(2023, 5, 22),
                INDH,
                200_000,
                "Virement du comité provincial",
                {"to": AOURIR_ASSOCIATION},
            ),
            (
                DISBURSEMENT,
                date(2023, 6, 5),
                COMMUNE,
                120_000,
                "Mandat n° 297/2023",
                {"to": AOURIR_ASSOCIATION},
            ),
            (
                EXPENDITURE,
                date(2023, 7, 15),
                AOURIR_ASSOCIATION,
                95_000,
                "Caravane médicale de Tamraght",
            ),
            (
                EXPENDITURE,
                date(2023, 9, 15),
                JICA,
                380_000,
                "Livraison et installation de l'échographe et du fauteuil dentaire",
            ),
            (
                EXPENDITURE,
                date(2023, 11, 20),
                AOURIR_ASSOCIATION,
                110_000,
                "Caravane médicale des douars",
            ),
            (
                EXPENDITURE,
                date(2024, 2, 28),
                AOURIR_ASSOCIATION,
                115_000,
                "Caravane ophtalmologique et lunettes",
            ),
        ],
        "updates": [
            (
                date(2023, 9, 18),
                (
                    "جهاز الفحص بالصدى بالمركز الصحي لتامراغت",
                    "Un échographe au centre de santé de Tamraght",
                    "An ultrasound scanner at the Tamraght health centre",
                ),
                (
                    "لم تعد النساء الحوامل مضطرات للتنقل إلى أكادير لإجراء الفحص بالصدى.",
                    "Les femmes enceintes n'ont plus à se rendre à Agadir pour une échographie.",
                    "Pregnant women no longer need to travel to Agadir for a scan.",
                ),
            ),
            (
                date(2024, 3, 5),
                (
                    "1850 استشارة في ثلاث قوافل",
                    "1 850 consultations en trois caravanes",
                    "1,850 consultations in three caravans",
                ),
                (
                    "وزعت القافلة الأخيرة 340 نظارة طبية على التلاميذ والمسنين.",
                    "La dernière caravane a distribué 340 paires de lunettes aux élèves et aux personnes âgées.",
                    "The last caravan handed out 340 pairs of glasses to pupils and older people.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": ("الاستشارات الطبية", "Consultations médicales", "Medical consultations"),
                "unit": ("استشارة", "consultations", "consultations"),
                "periods": [
                    (
                        date(2023, 4, 10),
                        date(2024, 3, 31),
                        1500,
                        1850,
                        {
                            "values": [
                                (Sex.FEMALE, AgeGroup.UNDER_18, 200, 260),
                                (Sex.FEMALE, AgeGroup.ADULT, 500, 610),
                                (Sex.FEMALE, AgeGroup.SENIOR, 200, 260),
                                (Sex.MALE, AgeGroup.UNDER_18, 200, 240),
                                (Sex.MALE, AgeGroup.ADULT, 250, 290),
                                (Sex.MALE, AgeGroup.SENIOR, 150, 190),
                            ]
                        },
                    ),
                ],
                "by": Disaggregation.SEX_AGE,
            },
        ],
    },
]
