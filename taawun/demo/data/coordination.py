# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""The demo's committees, their members, meetings, minutes, decisions and action items.

Content is data, not interface text: no gettext here. The committees follow the founding clauses
of the conventions (a steering committee for the Aourir-centre upgrading, a follow-up committee
for the INDH school transport) and art. 120 of Organic Law 113-14 (the equality body); every
person, date, vote and figure is illustrative. Members' names are fictitious and their e-mail
addresses use the reserved example.org domain.

A meeting's "at" is (day, "HH:MM") in Morocco's time, or a relative Days value for the meeting
planned after the day of loading; "held" meetings get their attendance ("absent": the members'
names who were not there), agenda minutes, decisions and action items ("due": a day or Days;
"status": (status, evidence or reason)); a decision's "item" is its agenda item's place (1 is
the state of action items every agenda opens with); "minutes": how far the minutes went.
"""

from datetime import date

from .names import (
    AL_OMRANE,
    AOURIR_ASSOCIATION,
    DAS,
    INDH,
    MINISTRY,
    PARENTS_ASSOCIATION,
    REGION,
    TAMRAGHT_ASSOCIATION,
    TANMIRT,
    URBAN_UPGRADING,
)
from .relative import Days

SCHOOL_TRANSPORT = "CONV-2023-005"

STEERING = {
    "kind": "steering",
    "name_ar": "لجنة القيادة لاتفاقية التأهيل الحضري لمركز أورير",
    "name_fr": "Comité de pilotage de la convention de mise à niveau urbaine du centre d'Aourir",
    "name_en": "Steering committee of the Aourir-centre urban upgrading agreement",
    "agreement": URBAN_UPGRADING,
    "founding_clause_ar": "المادة 9 من الاتفاقية: تحدث لجنة للقيادة يرأسها عامل عمالة أكادير إداوتنان أو من يمثله، تضم ممثلي الأطراف، وتجتمع مرتين في السنة على الأقل.",
    "founding_clause_fr": "Article 9 de la convention : il est créé un comité de pilotage présidé par le gouverneur de la préfecture d'Agadir-Ida Ou Tanane ou son représentant, composé des représentants des parties ; il se réunit au moins deux fois par an.",
    "mandate_ar": "تتبع تنفيذ برنامج الأشغال، المصادقة على برامج العمل السنوية، واقتراح الملاحق عند الحاجة.",
    "mandate_fr": "Suivre l'exécution du programme de travaux, valider les programmes d'action annuels et proposer les avenants nécessaires.",
    "quorum_fraction": "0.50",
    "quorum_minimum": 3,
    "decision_rule": "majority",
    "is_public": True,
    "members": [
        {
            "person_name": "عبد الرحيم الإدريسي — Abderrahim Idrissi",
            "service": "Préfecture d'Agadir-Ida Ou Tanane (gouverneur, par délégation)",
            "role": "chair",
            "email": "a.idrissi@example.org",
        },
        {
            "person_name": "Nadia Benjelloun",
            "partner": MINISTRY,
            "role": "member",
            "email": "n.benjelloun@example.org",
            "phone": "+212 5 37 00 00 01",
        },
        {
            "person_name": "Mohamed Ouakrim",
            "partner": REGION,
            "role": "member",
            "email": "m.ouakrim@example.org",
        },
        {
            "person_name": "Khadija Aït Taleb",
            "partner": AL_OMRANE,
            "role": "member",
            "email": "k.aittaleb@example.org",
            "phone": "+212 5 28 00 00 02",
        },
        {
            "person_name": "Youssef Amzil",
            "service": "Commune d'Aourir — Division technique",
            "role": "secretary",
            "email": "y.amzil@example.org",
        },
        {
            "person_name": "Said Boukhris",
            "service": "Commune d'Aourir — Service financier",
            "role": "observer",
            "voting": False,
        },
    ],
    "meetings": [
        {
            "at": (date(2025, 10, 16), "10:00"),
            "venue_ar": "قاعة الاجتماعات بمقر جماعة أورير",
            "venue_fr": "Salle de réunion de la commune d'Aourir",
            "visibility": "public",
            "absent": ["Mohamed Ouakrim"],
            "minutes": "approved",
            "items": [
                {
                    "title_ar": "تقدم أشغال الشطر الأول (التطهير والطرق)",
                    "title_fr": "Avancement de la première tranche (assainissement et voirie)",
                    "kind": "discussion",
                    "minutes_ar": "قدمت العمران سوس ماسة نسبة إنجاز 62٪ لأشغال التطهير و40٪ للطرق، مع تأخر في ورش شارع الحسن الثاني بسبب تحويل شبكات الماء.",
                    "minutes_fr": "Al Omrane Souss-Massa présente un avancement de 62 % pour l'assainissement et 40 % pour la voirie ; retard sur le chantier de l'avenue Hassan II dû au dévoiement des réseaux d'eau.",
                },
                {
                    "title_ar": "برنامج عمل سنة 2026",
                    "title_fr": "Programme d'action 2026",
                    "kind": "decision",
                    "minutes_ar": "نوقش برنامج العمل وصودق عليه بالأغلبية.",
                    "minutes_fr": "Le programme d'action est discuté puis validé à la majorité.",
                },
            ],
            "decisions": [
                {
                    "item": 3,
                    "kind": "work_plan",
                    "votes": (4, 0, 0),
                    "text_ar": "المصادقة على برنامج عمل 2026 للشطر الثاني: التهيئة الحضرية لساحة المركز والإنارة العمومية.",
                    "text_fr": "Validation du programme d'action 2026 de la deuxième tranche : aménagement de la place centrale et éclairage public.",
                    "actions": [
                        {
                            "title_ar": "تقديم دفتر التحملات الخاص بساحة المركز",
                            "title_fr": "Remettre le cahier des charges de la place centrale",
                            "owner": AL_OMRANE,
                            "owner_name": "Khadija Aït Taleb",
                            "due": date(2025, 12, 31),
                            "priority": "high",
                            "status": (
                                "done",
                                "Cahier des charges remis le 22 décembre 2025 (bordereau n° 114).",
                            ),
                        },
                        {
                            "title_ar": "تحرير الوعاء العقاري لساحة المركز",
                            "title_fr": "Libérer l'assiette foncière de la place centrale",
                            "owner_name": "Youssef Amzil",
                            "due": date(2026, 2, 28),
                            "priority": "high",
                            "status": (
                                "blocked",
                                "Deux parcelles en indivision : l'expertise judiciaire est en cours.",
                            ),
                        },
                    ],
                },
            ],
        },
        {
            "at": (date(2026, 9, 24), "10:00"),
            "venue_ar": "مقر عمالة أكادير إداوتنان",
            "venue_fr": "Siège de la préfecture d'Agadir-Ida Ou Tanane",
            "visibility": "public",
            "absent": [],
            "minutes": "approved",
            "items": [
                {
                    "title_ar": "حصيلة الأشغال بعد الملحق رقم 1",
                    "title_fr": "Bilan des travaux après l'avenant n° 1",
                    "kind": "information",
                    "minutes_ar": "سجلت اللجنة استئناف الأشغال بعد تمديد الأجل، وبلوغ نسبة إنجاز الطرق 78٪.",
                    "minutes_fr": "Le comité note la reprise des travaux après la prolongation du délai et un avancement de 78 % de la voirie.",
                },
                {
                    "title_ar": "إعادة توظيف فائض صفقة الطرق لفائدة الإنارة العمومية",
                    "title_fr": "Réaffectation du reliquat du marché de voirie à l'éclairage public",
                    "kind": "decision",
                    "minutes_ar": "اقترحت الجهة توظيف الفائض في الإنارة العمومية بتقنية LED على طول الشارع الرئيسي؛ وافق الأعضاء مع امتناع ممثل الوزارة.",
                    "minutes_fr": "La Région propose d'affecter le reliquat à l'éclairage LED de l'artère principale ; accord des membres, abstention du représentant du ministère.",
                },
            ],
            "decisions": [
                {
                    "item": 3,
                    "kind": "amendment",
                    "votes": (3, 0, 1),
                    "text_ar": "تطلب اللجنة إعداد ملحق رقم 2 لإعادة توظيف فائض صفقة الطرق لفائدة الإنارة العمومية بتقنية LED، وعرضه على مداولات المجلس.",
                    "text_fr": "Le comité demande la préparation d'un avenant n° 2 réaffectant le reliquat du marché de voirie à l'éclairage public LED, à soumettre aux délibérations du conseil.",
                    "actions": [
                        {
                            "title_ar": "إعداد مشروع الملحق رقم 2",
                            "title_fr": "Préparer le projet d'avenant n° 2",
                            "owner_name": "Youssef Amzil",
                            "due": date(2026, 10, 31),
                            "priority": "high",
                            "status": ("in_progress", ""),
                        },
                        {
                            "title_ar": "تقديم الكشف التقديري لأشغال الإنارة",
                            "title_fr": "Remettre l'estimation des travaux d'éclairage",
                            "owner": REGION,
                            "owner_name": "Mohamed Ouakrim",
                            "due": date(2026, 11, 15),
                            "priority": "normal",
                        },
                    ],
                },
            ],
        },
        {
            "at": Days(20),
            "venue_ar": "قاعة الاجتماعات بمقر جماعة أورير",
            "venue_fr": "Salle de réunion de la commune d'Aourir",
            "visibility": "partners",
            "mode": "hybrid",
            "online_url": "https://visio.example.org/aourir-copil",
            "items": [
                {
                    "title_ar": "دراسة مشروع الملحق رقم 2",
                    "title_fr": "Examen du projet d'avenant n° 2",
                    "kind": "decision",
                },
                {
                    "title_ar": "برنامج عمل سنة 2027",
                    "title_fr": "Programme d'action 2027",
                    "kind": "discussion",
                },
            ],
        },
    ],
}

SCHOOL_TRANSPORT_COMMITTEE = {
    "kind": "follow_up",
    "name_ar": "لجنة تتبع اتفاقية النقل المدرسي مع المبادرة الوطنية للتنمية البشرية",
    "name_fr": "Comité de suivi de la convention de transport scolaire avec l'INDH",
    "name_en": "Follow-up committee of the INDH school-transport agreement",
    "agreement": SCHOOL_TRANSPORT,
    "founding_clause_ar": "المادة 7: تحدث لجنة محلية للتتبع تجتمع كل ثلاثة أشهر خلال السنة الدراسية.",
    "founding_clause_fr": "Article 7 : un comité local de suivi est créé ; il se réunit chaque trimestre pendant l'année scolaire.",
    "quorum_fraction": "0.50",
    "quorum_minimum": 0,
    "decision_rule": "consensus",
    "is_public": True,
    "members": [
        {
            "person_name": "Hassan Oubella",
            "partner": INDH,
            "role": "chair",
            "email": "h.oubella@example.org",
            "phone": "+212 5 28 00 00 03",
        },
        {
            "person_name": "Zineb Lahlou",
            "partner": DAS,
            "role": "member",
            "email": "z.lahlou@example.org",
        },
        {
            "person_name": "Brahim Idbelkassm",
            "partner": PARENTS_ASSOCIATION,
            "role": "member",
            "email": "b.idbelkassm@example.org",
        },
        {
            "person_name": "Meryem Saidi",
            "service": "Commune d'Aourir — Service des affaires sociales",
            "role": "secretary",
            "email": "m.saidi@example.org",
        },
    ],
    "meetings": [
        {
            "at": (date(2026, 10, 8), "15:00"),
            "venue_ar": "مقر جماعة أورير",
            "venue_fr": "Siège de la commune d'Aourir",
            "visibility": "partners",
            "absent": [],
            "minutes": "circulated",
            "items": [
                {
                    "title_ar": "حصيلة الدخول المدرسي 2026-2027",
                    "title_fr": "Bilan de la rentrée scolaire 2026-2027",
                    "kind": "discussion",
                    "minutes_ar": "ستة حافلات في الخدمة تنقل 412 تلميذا وتلميذة من الدواوير البعيدة؛ حافلة متوقفة للإصلاح.",
                    "minutes_fr": "Six autobus en service transportent 412 élèves des douars éloignés ; un autobus est immobilisé pour réparation.",
                },
            ],
            "decisions": [
                {
                    "item": 2,
                    "kind": "general",
                    "votes": None,
                    "text_ar": "إصلاح الحافلة المتوقفة قبل متم أكتوبر وتعزيز خط دوار تامراغت.",
                    "text_fr": "Réparer l'autobus immobilisé avant fin octobre et renforcer la ligne du douar de Tamraght.",
                    "actions": [
                        {
                            "title_ar": "تمويل إصلاح الحافلة رقم 4",
                            "title_fr": "Financer la réparation de l'autobus n° 4",
                            "owner": INDH,
                            "owner_name": "Hassan Oubella",
                            "due": date(2026, 10, 31),
                            "priority": "high",
                        },
                        {
                            "title_ar": "تقديم لوائح التلاميذ المستفيدين المحينة",
                            "title_fr": "Remettre les listes actualisées des élèves bénéficiaires",
                            "owner": PARENTS_ASSOCIATION,
                            "due": date(2026, 11, 20),
                            "priority": "normal",
                            "status": ("done", "Listes remises le 18 novembre 2026."),
                        },
                    ],
                },
            ],
        },
    ],
}

EQUALITY_BODY = {
    "kind": "equality",
    "name_ar": "هيئة المساواة وتكافؤ الفرص ومقاربة النوع لجماعة أورير",
    "name_fr": "Instance de l'équité, de l'égalité des chances et de l'approche genre de la commune d'Aourir",
    "name_en": "Equality, Equal Opportunities and Gender Approach body of the commune of Aourir",
    "founding_clause_ar": "المادة 120 من القانون التنظيمي 113.14 المتعلق بالجماعات، ومقرر المجلس الجماعي المحدث للهيئة.",
    "founding_clause_fr": "Article 120 de la loi organique 113-14 relative aux communes et délibération du conseil communal portant création de l'instance.",
    "mandate_ar": "هيئة استشارية بشراكة مع فعاليات المجتمع المدني تختص بدراسة القضايا المتعلقة بتفعيل مبادئ المساواة وتكافؤ الفرص ومقاربة النوع.",
    "mandate_fr": "Instance consultative, en partenariat avec la société civile, chargée d'étudier les questions relatives à l'équité, à l'égalité des chances et à l'approche genre.",
    "quorum_fraction": "0.50",
    "quorum_minimum": 0,
    "decision_rule": "majority",
    "is_public": True,
    "members": [
        {
            "person_name": "Fatima Ait Ahmed",
            "partner": TANMIRT,
            "role": "chair",
            "email": "f.aitahmed@example.org",
        },
        {
            "person_name": "Hafsa Idrissi",
            "partner": TAMRAGHT_ASSOCIATION,
            "role": "secretary",
            "email": "h.idrissi@example.org",
        },
        {
            "person_name": "Omar Bouzid",
            "partner": AOURIR_ASSOCIATION,
            "role": "member",
            "email": "o.bouzid@example.org",
        },
        {
            "person_name": "Salma Naciri",
            "service": "Personnalité de la société civile",
            "role": "member",
        },
    ],
    "meetings": [
        {
            "at": (date(2026, 4, 14), "16:00"),
            "venue_ar": "دار الشباب أورير",
            "venue_fr": "Maison des jeunes d'Aourir",
            "visibility": "public",
            "absent": ["Omar Bouzid"],
            "minutes": "approved",
            "items": [
                {
                    "title_ar": "رأي الهيئة في مشروع برنامج عمل الجماعة من زاوية النوع",
                    "title_fr": "Avis de l'instance sur le programme d'action de la commune sous l'angle du genre",
                    "kind": "decision",
                    "minutes_ar": "أوصت الهيئة بتخصيص حصة من النقل المدرسي للفتيات بالدواوير البعيدة وبإضاءة مسالك المدارس.",
                    "minutes_fr": "L'instance recommande de réserver une part du transport scolaire aux filles des douars éloignés et d'éclairer les chemins des écoles.",
                },
            ],
            "decisions": [
                {
                    "item": 2,
                    "kind": "general",
                    "votes": (3, 0, 0),
                    "text_ar": "رفع توصية إلى المجلس الجماعي بإدراج مؤشرات مصنفة حسب الجنس في مشاريع النقل المدرسي والإنارة العمومية.",
                    "text_fr": "Recommandation au conseil communal d'inclure des indicateurs ventilés par sexe dans les projets de transport scolaire et d'éclairage public.",
                    "actions": [
                        {
                            "title_ar": "إحالة التوصية على مكتب المجلس",
                            "title_fr": "Transmettre la recommandation au bureau du conseil",
                            "owner_name": "Hafsa Idrissi",
                            "due": date(2026, 5, 15),
                            "priority": "normal",
                            "status": ("done", "Transmise par bordereau n° 52 du 30 avril 2026."),
                        },
                    ],
                },
            ],
        },
    ],
}

# One of the permanent committees every communal council forms (art. 25 of Organic Law 113-14);
# the petitions the bureau finds admissible are referred to it (art. 125).
DEVELOPMENT_COMMITTEE = {
    "kind": "council",
    "name_ar": "لجنة التنمية الاقتصادية والاجتماعية والثقافية والبيئية",
    "name_fr": "Commission du développement économique, social, culturel et environnemental",
    "name_en": "Committee for economic, social, cultural and environmental development",
    "mandate_ar": "دراسة النقط المحالة عليها من مكتب المجلس في مجالات التنمية الاقتصادية والاجتماعية والثقافية والبيئية، ومنها العرائض المقبولة، قبل عرضها على المجلس.",
    "mandate_fr": "Étudier les points que le bureau du conseil lui renvoie en matière de développement économique, social, culturel et environnemental, dont les pétitions admises, avant leur examen en séance.",
    "quorum_fraction": "0.50",
    "quorum_minimum": 3,
    "decision_rule": "majority",
    "is_public": True,
    "members": [
        {
            "person_name": "محمد أوبلا — Mohamed Oubella",
            "service": "Conseil communal d'Aourir",
            "role": "chair",
            "email": "m.oubella@example.org",
        },
        {
            "person_name": "Khadija Ait Lhaj",
            "service": "Conseil communal d'Aourir",
            "role": "member",
            "email": "k.aitlhaj@example.org",
        },
        {
            "person_name": "Rachid Amzil",
            "service": "Conseil communal d'Aourir",
            "role": "member",
            "email": "r.amzil@example.org",
        },
        {
            "person_name": "Meryem Saidi",
            "service": "Commune d'Aourir — Service des affaires sociales",
            "role": "secretary",
            "email": "m.saidi@example.org",
        },
    ],
    "meetings": [],
}

# The committee the council's deliberation on the 2025 call for associations set up to select
# the projects (circular D2185: selection by a committee, on a published grid): the three
# reviewers of the call (taawun.demo.data.grants, "reviewers"). Its decision of 28 April 2025
# adopted the selection the officer then recorded on the call.
SELECTION_COMMITTEE = {
    "kind": "other",
    "name_ar": "لجنة انتقاء مشاريع الجمعيات — طلب المشاريع 2025",
    "name_fr": "Commission de sélection des projets associatifs — appel à projets 2025",
    "name_en": "Selection committee for associations' projects — 2025 call",
    "founding_clause_ar": "مقرر المجلس الجماعي لأورير رقم 07/2025 المحدث لطلب المشاريع لفائدة الجمعيات برسم سنة 2025.",
    "founding_clause_fr": "Délibération du conseil communal d'Aourir n° 07/2025 portant appel à projets en faveur des associations pour 2025.",
    "mandate_ar": "دراسة طلبات الدعم المقبولة وتنقيطها وفق شبكة التقييم المنشورة واقتراح لائحة المشاريع المستفيدة ولائحة الانتظار في حدود الغلاف المالي.",
    "mandate_fr": "Examiner et noter les demandes éligibles selon la grille publiée, et arrêter la liste des projets retenus et la liste d'attente dans la limite de l'enveloppe.",
    "quorum_fraction": "0.50",
    "quorum_minimum": 2,
    "decision_rule": "majority",
    "is_public": False,
    "members": [
        {
            "person_name": "Fatima Zahra Amrani",
            "user": "officer",
            "service": "Commune d'Aourir — Service de la coopération et des partenariats",
            "role": "chair",
        },
        {
            "person_name": "Brahim Ouhammou",
            "user": "finance",
            "service": "Commune d'Aourir — Service financier",
            "role": "member",
        },
        {
            "person_name": "Aicha Boutaleb",
            "user": "council",
            "service": "Conseil communal d'Aourir",
            "role": "member",
        },
    ],
    "meetings": [
        {
            "at": (date(2025, 4, 28), "10:00"),
            "venue_ar": "قاعة الاجتماعات بمقر جماعة أورير",
            "venue_fr": "Salle de réunion de la commune d'Aourir",
            "visibility": "internal",
            "absent": [],
            "minutes": "approved",
            "items": [
                {
                    "title_ar": "انتقاء المشاريع المستفيدة من طلب المشاريع 2025",
                    "title_fr": "Sélection des projets bénéficiaires de l'appel à projets 2025",
                    "kind": "decision",
                    "minutes_ar": "عرضت الرئيسة ترتيب الطلبات المؤهلة حسب معدل التنقيط، وذكّرت بأن عضوة المجلس لم تنقط طلب الجمعية التي تربطها بها صلة.",
                    "minutes_fr": "La présidente présente le classement des demandes éligibles par note moyenne et rappelle que l'élue n'a pas noté la demande de l'association à laquelle elle est liée.",
                },
            ],
            "decisions": [
                {
                    "item": 2,
                    "kind": "general",
                    "votes": (3, 0, 0),
                    "text_ar": "المصادقة على لائحة ستة مشاريع مستفيدة بمبلغ إجمالي قدره 560.000 درهم، وعلى لائحة انتظار من مشروعين.",
                    "text_fr": "Adoption de la liste de six projets retenus pour un total de 560 000 MAD et d'une liste d'attente de deux projets.",
                },
            ],
        },
    ],
}

COMMITTEES = [
    STEERING,
    SCHOOL_TRANSPORT_COMMITTEE,
    EQUALITY_BODY,
    DEVELOPMENT_COMMITTEE,
    SELECTION_COMMITTEE,
]
