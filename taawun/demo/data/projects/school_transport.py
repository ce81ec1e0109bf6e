# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the school-transport programme: the delegated transport (2021-2023), the INDH buses, two more buses and bus shelters.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date
from decimal import Decimal

from taawun.demo.data.names import COMMUNE, DAS, INDH, PARENTS_ASSOCIATION, TRANSPORT_COMPANY
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    EXTENDING,
    FUNDING,
    IMPLEMENTING,
    PERCENT,
    PUPILS,
    PUPILS_UNIT,
    school_year,
)
from taawun.projects.choices import ActivityStatus, Disaggregation, Measure, ResultType

PROJECTS = [
    {
        "code": "PRJ-2021-01",
        "title": (
            "النقل المدرسي المفوض: دائرة أورير – تامراغت – الدواوير (2021-2023)",
            "Transport scolaire délégué : circuit Aourir – Tamraght – douars (2021-2023)",
            "Delegated school transport: Aourir – Tamraght – villages route (2021-2023)",
        ),
        "description": (
            "نقلت شركة خاصة 150 تلميذا من الدواوير نحو إعداديات وثانويات أورير بثلاث حافلات صغيرة، مقابل تعويض سنوي من الجماعة. فسخت الاتفاقية بالتراضي سنة 2023 بعد موسمين، واستأنفت الجماعة الخدمة بحافلات المبادرة الوطنية للتنمية البشرية.",
            "Une société privée a transporté 150 élèves des douars vers les collèges et lycées d'Aourir avec trois minibus, contre une compensation annuelle de la commune. La convention a été résiliée à l'amiable en 2023 après deux années scolaires ; la commune a repris le service avec les autobus de l'INDH.",
            "A private company carried 150 pupils from the villages to Aourir's middle and high schools with three minibuses, against a yearly compensation from the commune. The agreement was ended by mutual consent in 2023 after two school years; the commune took the service over with INDH buses.",
        ),
        "status": ActivityStatus.CLOSED,
        "is_public": False,
        "agreements": ["CONV-2021-006"],
        "domains": ["school-transport"],
        "pac_axis": 2,
        "budget": 1_380_000,
        "beneficiaries": 150,
        "planned": (date(2021, 9, 1), date(2026, 8, 31)),
        "actual": (date(2021, 6, 7), date(2023, 8, 31)),
        "progress": 100,
        "weights": (70, 20, 10),
        "places": [
            (
                "aourir-centre",
                (
                    "مستودع الحافلات الصغيرة، قرب مقر الجماعة",
                    "Dépôt des minibus, près de la commune",
                ),
                0.0012,
                0.0009,
            ),
            (
                "tamraght",
                ("محطة الثانوية الإعدادية بتامراغت", "Arrêt du collège de Tamraght"),
                -0.0015,
                0.0021,
            ),
            ("asern", ("محطة دوار أسرن", "Arrêt du douar Asern"), 0.0008, -0.0011),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (TRANSPORT_COMPANY, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2021, 6, 7),
                COMMUNE,
                240_000,
                "Compensation annuelle – année scolaire 2021-2022",
            ),
            (
                COMMITMENT,
                date(2021, 6, 7),
                TRANSPORT_COMPANY,
                900_000,
                "trois minibus de 30 places affectés au service",
                {"in_kind": True},
            ),
            (
                COMMITMENT,
                date(2022, 6, 1),
                COMMUNE,
                240_000,
                "Compensation annuelle – année scolaire 2022-2023",
            ),
            (
                DISBURSEMENT,
                date(2022, 6, 28),
                COMMUNE,
                240_000,
                "Mandat n° 412/2022",
                {"to": TRANSPORT_COMPANY},
            ),
            (
                DISBURSEMENT,
                date(2023, 7, 10),
                COMMUNE,
                240_000,
                "Mandat n° 388/2023",
                {"to": TRANSPORT_COMPANY},
            ),
        ],
        "milestones": [
            (
                ("انطلاق الخدمة", "Mise en service", "Service starts"),
                date(2021, 9, 13),
                date(2021, 9, 13),
            ),
            (
                (
                    "فسخ الاتفاقية وتسليم الخدمة للجماعة",
                    "Résiliation et reprise du service par la commune",
                    "Agreement ended, service handed to the commune",
                ),
                date(2023, 8, 31),
                date(2023, 8, 31),
            ),
        ],
        "updates": [
            (
                date(2023, 9, 1),
                (
                    "انتهاء النقل المدرسي المفوض",
                    "Fin du transport scolaire délégué",
                    "Delegated school transport ends",
                ),
                (
                    "بعد موسمين دراسيين، تستأنف الجماعة الخدمة بحافلات المبادرة الوطنية للتنمية البشرية ابتداء من الدخول المدرسي.",
                    "Après deux années scolaires, la commune reprend le service avec les autobus de l'INDH dès la rentrée.",
                    "After two school years, the commune takes the service over with INDH buses from the start of the school year.",
                ),
            ),
            (
                date(2023, 11, 20),
                (
                    "نزاع حول التعويض النهائي",
                    "Litige sur la compensation finale",
                    "Dispute over the final compensation",
                ),
                (
                    "تطالب الشركة بتعويض عن السنوات المتبقية؛ الملف لدى المستشار القانوني قبل أي نشر.",
                    "La société réclame une indemnité pour les années restantes ; dossier chez le conseiller juridique avant toute publication.",
                    "The company claims compensation for the remaining years; the file is with the legal adviser before any publication.",
                ),
                {"public": False},
            ),
        ],
        "indicators": [
            {
                "name": PUPILS,
                "unit": PUPILS_UNIT,
                "periods": [
                    (*school_year(2021), (75, 75), (68, 74)),
                    (*school_year(2022), (75, 75), (71, 76)),
                ],
                "baseline": 0,
                "year": 2021,
                "by": Disaggregation.SEX,
            },
        ],
    },
    {
        "code": "PRJ-2023-01",
        "title": (
            "النقل المدرسي مع المبادرة الوطنية للتنمية البشرية: ست حافلات لتلاميذ الدواوير البعيدة",
            "Transport scolaire avec l'INDH : six autobus pour les élèves des douars éloignés",
            "School transport with INDH: six buses for pupils from the outlying villages",
        ),
        "description": (
            "اقتنت المبادرة الوطنية للتنمية البشرية ست حافلات (350 000 درهم للحافلة) ووضعتها رهن إشارة الجماعة، التي تتحمل الوقود والصيانة والتأمين والسائقين، بينما تتولى جمعية آباء التلاميذ الاستغلال اليومي. الهدف: تمكين تلاميذ أسرن وأزيون وتامزايت وأوباها وتيساودين وتكاديرت من متابعة دراستهم والحد من الهدر المدرسي، خاصة لدى الفتيات.",
            "L'INDH a acquis six autobus (350 000 MAD l'unité) et les a mis à la disposition de la commune, qui prend en charge le carburant, l'entretien, l'assurance et les chauffeurs ; l'association des parents d'élèves assure l'exploitation quotidienne. Objectif : permettre aux élèves d'Asern, Azioun, Tamzait, Oubaha, Tissaoudine et Tagadirt de poursuivre leur scolarité et réduire le décrochage, en particulier des filles.",
            "INDH bought six buses (MAD 350,000 each) and handed them to the commune, which pays fuel, maintenance, insurance and the drivers; the parents' association runs the daily service. The aim: let pupils from Asern, Azioun, Tamzait, Oubaha, Tissaoudine and Tagadirt stay in school and cut dropout, girls' especially.",
        ),
        "sources": (
            "النموذج مصدره موثق (المبادرة تقتني الحافلات وتسلمها للجماعة)؛ أما هذا المشروع وأرقامه وتواريخه ومؤشراته فتوضيحية.",
            "Le modèle est sourcé (l'INDH achète les autobus et les remet à la commune) ; ce projet, ses montants, dates et indicateurs sont illustratifs.",
            "The model is sourced (INDH buys the buses and hands them to the commune); this project, its amounts, dates and indicators are illustrative.",
        ),
        "status": ActivityStatus.IMPLEMENTATION,
        "agreements": ["CONV-2023-005"],
        "domains": ["school-transport", "education"],
        "pac_axis": 2,
        "budget": 4_686_000,
        "beneficiaries": 190,
        "planned": (date(2023, 9, 1), date(2027, 8, 31)),
        "actual": (date(2023, 7, 10), None),
        "progress": 80,
        "weights": (70, 20, 10),
        "flags": ("integration",),
        "places": [
            ("asern", ("المحطة الرئيسية للدوار", "Arrêt principal du douar"), 0.0011, 0.0007),
            (
                "azioun",
                ("محطة قرب المدرسة الفرعية", "Arrêt près de l'école satellite"),
                -0.0009,
                0.0012,
            ),
            ("tamzait", ("محطة عند مدخل الدوار", "Arrêt à l'entrée du douar"), 0.0006, -0.0014),
            ("oubaha", ("محطة المسجد", "Arrêt de la mosquée"), -0.0012, -0.0005),
            (
                "tissaoudine",
                ("نهاية خط الشمال الشرقي", "Terminus du circuit nord-est"),
                0.0004,
                0.0016,
            ),
            ("tagadirt-oufella", ("محطة تكاديرت", "Arrêt de Tagadirt"), 0.0013, -0.0008),
            (
                "aourir-centre",
                (
                    "مستودع الحافلات والثانوية الإعدادية بأورير",
                    "Dépôt des autobus et collège d'Aourir",
                ),
                -0.0018,
                0.0010,
            ),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (INDH, FUNDING),
            (DAS, EXTENDING),
            (PARENTS_ASSOCIATION, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2023, 7, 10),
                COMMUNE,
                360_000,
                "Carburant, entretien et assurance – année scolaire 2023-2024",
            ),
            (
                COMMITMENT,
                date(2023, 7, 10),
                COMMUNE,
                864_000,
                "six chauffeurs mis à disposition (trois années scolaires)",
                {"in_kind": True},
            ),
            (
                COMMITMENT,
                date(2023, 7, 12),
                INDH,
                2_100_000,
                "six autobus de transport scolaire de 30 places",
                {"in_kind": True},
            ),
            (
                COMMITMENT,
                date(2023, 7, 12),
                PARENTS_ASSOCIATION,
                162_000,
                "accompagnatrices à bord et gestion des inscriptions",
                {"in_kind": True},
            ),
            (
                EXPENDITURE,
                date(2023, 9, 4),
                INDH,
                2_100_000,
                "Acquisition et remise des six autobus (6 × 350 000 MAD)",
            ),
            (DISBURSEMENT, date(2023, 10, 12), COMMUNE, 360_000, "Mandat n° 517/2023"),
            (
                EXPENDITURE,
                date(2023, 10, 20),
                COMMUNE,
                54_000,
                "Assurance des six autobus 2023-2024",
            ),
            (
                EXPENDITURE,
                date(2023, 12, 28),
                COMMUNE,
                92_000,
                "Carburant – premier trimestre scolaire",
            ),
            (
                EXPENDITURE,
                date(2024, 3, 29),
                COMMUNE,
                95_000,
                "Carburant – deuxième trimestre scolaire",
            ),
            (
                EXPENDITURE,
                date(2024, 6, 28),
                COMMUNE,
                78_000,
                "Carburant – troisième trimestre scolaire",
            ),
            (
                COMMITMENT,
                date(2024, 7, 15),
                COMMUNE,
                380_000,
                "Carburant, entretien et assurance – année scolaire 2024-2025",
            ),
            (EXPENDITURE, date(2024, 8, 20), COMMUNE, 41_000, "Révision d'été et pneumatiques"),
            (DISBURSEMENT, date(2024, 10, 21), COMMUNE, 380_000, "Mandat n° 498/2024"),
            (
                EXPENDITURE,
                date(2024, 10, 25),
                COMMUNE,
                56_000,
                "Assurance des six autobus 2024-2025",
            ),
            (
                EXPENDITURE,
                date(2024, 12, 27),
                COMMUNE,
                96_000,
                "Carburant – premier trimestre scolaire",
            ),
            (
                EXPENDITURE,
                date(2025, 3, 28),
                COMMUNE,
                99_000,
                "Carburant – deuxième trimestre scolaire",
            ),
            (
                EXPENDITURE,
                date(2025, 6, 27),
                COMMUNE,
                84_000,
                "Carburant – troisième trimestre scolaire",
            ),
            (
                COMMITMENT,
                date(2025, 7, 14),
                COMMUNE,
                400_000,
                "Carburant, entretien et assurance – année scolaire 2025-2026",
            ),
            (EXPENDITURE, date(2025, 8, 19), COMMUNE, 45_000, "Révision d'été et pneumatiques"),
            (
                DISBURSEMENT,
                date(2025, 11, 4),
                COMMUNE,
                250_000,
                "Premier versement ; le solde attend le virement des crédits",
            ),
            (
                EXPENDITURE,
                date(2025, 11, 10),
                COMMUNE,
                58_000,
                "Assurance des six autobus 2025-2026",
            ),
            (
                EXPENDITURE,
                date(2025, 12, 29),
                COMMUNE,
                98_000,
                "Carburant – premier trimestre scolaire",
            ),
            (
                EXPENDITURE,
                date(2026, 3, 30),
                COMMUNE,
                94_000,
                "Carburant – deuxième trimestre scolaire",
            ),
            (
                COMMITMENT,
                date(2026, 5, 18),
                COMMUNE,
                420_000,
                "Avenant n° 1 : carburant, entretien et assurance 2026-2027",
            ),
        ],
        "milestones": [
            (
                ("تسليم الحافلات الست", "Remise des six autobus", "Six buses handed over"),
                date(2023, 9, 1),
                date(2023, 9, 4),
            ),
            (
                (
                    "دوائر جديدة نحو تيساودين وأوباها",
                    "Nouveaux circuits vers Tissaoudine et Oubaha",
                    "New routes to Tissaoudine and Oubaha",
                ),
                date(2024, 9, 9),
                date(2024, 9, 9),
            ),
            (
                (
                    "ملحق رقم 1: تمديد لموسم 2026-2027",
                    "Avenant n° 1 : prolongation pour 2026-2027",
                    "Amendment no. 1: extension to 2026-2027",
                ),
                date(2026, 5, 31),
                date(2026, 5, 18),
            ),
            (
                (
                    "الحصيلة النهائية والانتقال إلى شركة التنمية المحلية",
                    "Bilan final et passage à la SDL du transport scolaire",
                    "Final review and hand-over to the school-transport SDL",
                ),
                date(2027, 8, 31),
            ),
        ],
        "updates": [
            (
                date(2023, 9, 4),
                (
                    "ست حافلات جديدة لتلاميذ الدواوير",
                    "Six autobus neufs pour les élèves des douars",
                    "Six new buses for the villages' pupils",
                ),
                (
                    "تسلمت الجماعة ست حافلات من 30 مقعدا من المبادرة الوطنية للتنمية البشرية، وتنطلق الخدمة مع الدخول المدرسي.",
                    "La commune a reçu de l'INDH six autobus de 30 places ; le service démarre à la rentrée.",
                    "The commune received six 30-seat buses from INDH; the service starts with the new school year.",
                ),
            ),
            (
                date(2025, 7, 10),
                (
                    "حصيلة الموسم الدراسي 2024-2025",
                    "Bilan de l'année scolaire 2024-2025",
                    "Review of the 2024-2025 school year",
                ),
                (
                    "نقل 182 تلميذا يوميا، منهم 93 فتاة، وانخفضت نسبة الهدر المدرسي في الدواوير المستفيدة إلى 8.1 في المائة.",
                    "182 élèves transportés chaque jour, dont 93 filles ; le décrochage dans les douars desservis est tombé à 8,1 %.",
                    "182 pupils carried every day, 93 of them girls; dropout in the villages served fell to 8.1%.",
                ),
            ),
            (
                date(2025, 11, 5),
                (
                    "رصيد موسم 2025-2026 في انتظار الاعتمادات",
                    "Solde 2025-2026 en attente des crédits",
                    "2025-2026 balance awaiting appropriations",
                ),
                (
                    "دفع 250 000 درهم من أصل 400 000؛ يجب برمجة الباقي في أول تحويل للاعتمادات.",
                    "250 000 MAD versés sur 400 000 ; le solde est à inscrire au premier virement de crédits.",
                    "MAD 250,000 paid out of 400,000; the balance must go in the next transfer of appropriations.",
                ),
                {"public": False},
            ),
        ],
        "indicators": [
            {
                "name": PUPILS,
                "unit": PUPILS_UNIT,
                "periods": [
                    (*school_year(2023), (90, 90), (86, 91)),
                    (*school_year(2024), (90, 90), (93, 89)),
                    (*school_year(2025), (95, 95), (97, 92)),
                    (*school_year(2026), (95, 95)),
                ],
                "baseline": 0,
                "year": 2023,
                "by": Disaggregation.SEX,
            },
            {
                "name": ("الحافلات في الخدمة", "Autobus en service", "Buses in service"),
                "unit": ("حافلة", "autobus", "buses"),
                "periods": [
                    (*school_year(2023), 6, 6),
                    (*school_year(2024), 6, 6),
                    (
                        *school_year(2025),
                        6,
                        5,
                        {"comment": "Un autobus immobilisé deux mois (boîte de vitesses)"},
                    ),
                ],
                "baseline": 0,
                "year": 2023,
            },
            {
                "name": (
                    "نسبة الهدر المدرسي في الدواوير المستفيدة",
                    "Taux de décrochage scolaire dans les douars desservis",
                    "School dropout rate in the villages served",
                ),
                "unit": PERCENT,
                "periods": [
                    (*school_year(2023), 11, Decimal("10.2")),
                    (*school_year(2024), 9, Decimal("8.1")),
                    (*school_year(2025), 7, Decimal("7.4")),
                ],
                "level": ResultType.OUTCOME,
                "measure": Measure.PERCENTAGE,
                "baseline": 14,
                "year": 2023,
            },
        ],
    },
    {
        "code": "PRJ-2026-01",
        "title": (
            "حافلتان إضافيتان وملاجئ انتظار لتيساودين وأوباها",
            "Deux autobus supplémentaires et abris d'arrêt pour Tissaoudine et Oubaha",
            "Two more buses and bus shelters for Tissaoudine and Oubaha",
        ),
        "description": (
            "يطول المسار الحالي نحو أبعد الدواوير أكثر من ساعة: حافلتان إضافيتان (350 000 درهم للواحدة) وستة ملاجئ انتظار تقلص مدة الرحلة وتحمي التلاميذ من الحر والمطر. الملف مقدم للمبادرة الوطنية للتنمية البشرية، وقد التزمت الجماعة بالملاجئ.",
            "Le circuit actuel vers les douars les plus éloignés dépasse une heure : deux autobus de plus (350 000 MAD l'unité) et six abris d'arrêt raccourcissent le trajet et protègent les élèves de la chaleur et de la pluie. Le dossier est présenté à l'INDH ; la commune s'est engagée pour les abris.",
            "The current route to the farthest villages takes over an hour: two more buses (MAD 350,000 each) and six bus shelters shorten the trip and protect pupils from heat and rain. The file is submitted to INDH; the commune has committed to the shelters.",
        ),
        "status": ActivityStatus.PIPELINE,
        "domains": ["school-transport"],
        "pac_axis": 2,
        "budget": 900_000,
        "beneficiaries": 60,
        "planned": (date(2026, 10, 1), date(2027, 9, 30)),
        "progress": 5,
        "weights": (75, 15, 10),
        "flags": ("integration",),
        "places": [
            (
                "tissaoudine",
                ("مظلة انتظار عند مدخل الدوار", "Abri d'arrêt à l'entrée du douar"),
                0.0009,
                -0.0006,
            ),
            (
                "oubaha",
                ("مظلة انتظار قرب المدرسة", "Abri d'arrêt près de l'école"),
                -0.0007,
                0.0010,
            ),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (INDH, FUNDING),
            (PARENTS_ASSOCIATION, IMPLEMENTING),
        ],
        "plan": [(INDH, 700_000, "Deux autobus de 30 places (demande au comité provincial)")],
        "transactions": [
            (
                COMMITMENT,
                date(2026, 10, 6),
                COMMUNE,
                200_000,
                "Six abris d'arrêt (décision du conseil, session d'octobre 2026)",
            ),
        ],
        "updates": [
            (
                date(2026, 10, 7),
                (
                    "المجلس يصادق على ملاجئ الانتظار",
                    "Le conseil approuve les abris d'arrêt",
                    "Council approves the bus shelters",
                ),
                (
                    "خصص المجلس 200 000 درهم لستة ملاجئ، في انتظار قرار المبادرة بشأن الحافلتين.",
                    "Le conseil a réservé 200 000 MAD pour six abris, en attendant la décision de l'INDH sur les deux autobus.",
                    "The council set aside MAD 200,000 for six shelters, pending INDH's decision on the two buses.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": (
                    "مدة الرحلة نحو أبعد دوار",
                    "Durée du trajet vers le douar le plus éloigné",
                    "Travel time to the farthest village",
                ),
                "unit": ("دقيقة", "minutes", "minutes"),
                "periods": [(*school_year(2027), 40)],
                "level": ResultType.OUTCOME,
                "baseline": 70,
                "year": 2026,
            },
        ],
    },
]
