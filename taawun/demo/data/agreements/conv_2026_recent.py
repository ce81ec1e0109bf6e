# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""The files of the last weeks, dated from the day the demo is loaded: two visas awaited (4 and 13 days left), one convention approved at the last council session, one on its agenda, one rejected by the council and one draft.

Records as described in taawun/demo/data/agreements/__init__.py.
"""

from taawun.agreements.choices import InKindType, PartyRole, Renewal, Stage
from taawun.demo.data.agreements.notes import ILLUSTRATIVE
from taawun.demo.data.names import (
    BP_FOUNDATION,
    FRAMEWORK,
    HERITAGE_ASSOCIATION,
    INDH,
    LACANAU,
    PREFECTURAL_COUNCIL,
    REGION,
    SOUK_INVEST,
    TANMIRT,
    UNESCO,
)
from taawun.demo.data.relative import NEXT_YEAR, Days, Session

AGREEMENTS = [
    {
        "reference": "CONV-2026-016",
        "kind": "cooperation",
        "title_ar": "اتفاقية تعاون لصون تراث الأنوية التاريخية لأورير وتثمين التراث الأمازيغي اللامادي",
        "title_fr": "Convention de coopération pour la sauvegarde des noyaux historiques d'Aourir et la valorisation du patrimoine immatériel amazigh",
        "title_en": "Cooperation agreement to safeguard Aourir's historic cores and promote Amazigh intangible heritage",
        "object_ar": "جرد البنايات التقليدية بإيكر أوفلوس وتاقمو وتوكمان وأسرسيف، وتوثيق التراث الأمازيغي اللامادي (أحواش، الشعر، المهارات) الذي يقدم في المهرجان الصيفي المجاور لتغازوت، وتكوين مرشدين شباب.",
        "object_fr": "Inventaire du bâti traditionnel d'Iguer Oufoullous, Taqemmou, Tougmane et Asserssif ; documentation du patrimoine immatériel amazigh (ahwach, poésie, savoir-faire) présenté au festival d'été voisin de Taghazout ; formation de jeunes guides.",
        "object_en": "Inventory of the traditional buildings of Iguer Oufoullous, Taqemmou, Tougmane and Asserssif; documenting Amazigh intangible heritage (ahwach, poetry, crafts) shown at the nearby Taghazout summer festival; training young guides.",
        "domains": ["culture-heritage", "eco-tourism"],
        "localities": ["iguer-oufoullous", "taqemmou", "tougmane", "assersif"],
        "pac_axis": 5,
        "internal_notes": "The historic cores and the Taghazout summer festival are sourced (domain.md [src]); the cooperation with UNESCO is illustrative. Sent for the governor's visa 16 days before the demo was loaded, so 4 days are left. Amounts in USD are valued with the demo rate table.",
        "council": (Session(-28), 44, 29, 0, 2),
        "visa": {"submitted": Days(-16)},
        "commune": {
            "obligations": [
                {
                    "amount": 300_000,
                    "due": NEXT_YEAR,
                    "fr": "Contribution de la commune : ateliers et publication",
                    "ar": "مساهمة الجماعة: الورشات والنشر",
                    "en": "The commune's contribution: workshops and publication",
                },
            ]
        },
        "parties": [
            {
                "partner": UNESCO,
                "role": PartyRole.TECHNICAL,
                "representative_ar": "مدير مكتب اليونسكو للمغرب العربي",
                "representative_fr": "Directeur du Bureau de l'UNESCO pour le Maghreb",
                "approval": (
                    "Direction du Bureau de l'UNESCO pour le Maghreb",
                    "",
                    Days(-22),
                ),
                "obligations": [
                    {
                        "in_kind": InKindType.STUDIES,
                        "amount": 25_000,
                        "due": NEXT_YEAR,
                        "fr": "Inventaire et documentation par des experts de l'UNESCO",
                        "ar": "الجرد والتوثيق من طرف خبراء اليونسكو",
                        "en": "Inventory and documentation by UNESCO experts",
                        "currency": "USD",
                    },
                ],
            },
            {
                "partner": HERITAGE_ASSOCIATION,
                "role": PartyRole.TECHNICAL,
                "representative_ar": "رئيس جمعية أسايس",
                "representative_fr": "Président de l'association Asays",
                "approval": (
                    "Assemblée générale de l'association",
                    "",
                    Days(-25),
                ),
                "obligations": [
                    {
                        "in_kind": InKindType.STAFF,
                        "amount": 40_000,
                        "due": NEXT_YEAR,
                        "fr": "Collecte des témoignages et formation des jeunes guides",
                        "ar": "جمع الشهادات وتكوين المرشدين الشباب",
                        "en": "Collecting testimonies and training young guides",
                    },
                ],
            },
        ],
        "stage": Stage.VISA_PENDING,
    },
    {
        "reference": "CONV-2026-017",
        "kind": "partnership",
        "title_ar": "اتفاقية شراكة من أجل التعليم الأولي بدواري تكاديرت أوفلا وأوباها",
        "title_fr": "Convention de partenariat pour le préscolaire dans les douars de Tagadirt Oufella et Oubaha",
        "title_en": "Partnership agreement for pre-school education in Tagadirt Oufella and Oubaha",
        "object_ar": "بناء وتجهيز أربعة أقسام للتعليم الأولي، وتكوين المربيات والتتبع التربوي لمدة ثلاث سنوات.",
        "object_fr": "Construction et équipement de quatre salles de préscolaire, formation des éducatrices et suivi pédagogique pendant trois ans.",
        "object_en": "Building and equipping four pre-school classrooms, training the teachers and pedagogical follow-up for three years.",
        "domains": ["education"],
        "localities": ["tagadirt-oufella", "oubaha"],
        "pac_axis": 2,
        "internal_notes": "Illustrative: approved at the council's latest ordinary session before the demo was loaded; the foundation's approval is awaited. "
        + ILLUSTRATIVE,
        "council": (Session(0), 46, 31),
        "commune": {
            "obligations": [
                {
                    "in_kind": InKindType.LAND,
                    "amount": 200_000,
                    "due": NEXT_YEAR,
                    "fr": "Terrains et raccordements aux réseaux",
                    "ar": "العقارات والربط بالشبكات",
                    "en": "Plots and utility connections",
                },
            ]
        },
        "parties": [
            {
                "partner": BP_FOUNDATION,
                "role": PartyRole.FUNDER,
                "representative_ar": "رئيس مؤسسة البنك الشعبي",
                "representative_fr": "Président de la Fondation Banque Populaire",
                "obligations": [
                    {
                        "amount": 800_000,
                        "due": NEXT_YEAR,
                        "fr": "Construction et équipement des quatre salles",
                        "ar": "بناء وتجهيز الأقسام الأربعة",
                        "en": "Building and equipping the four classrooms",
                    },
                ],
            },
        ],
        "stage": Stage.COUNCIL_APPROVED,
    },
    {
        "reference": "CONV-2026-018",
        "kind": "partnership",
        "title_ar": "اتفاقية شراكة لتدبير مرأب السيارات بشاطئ أورير وتهيئة محيطه",
        "title_fr": "Convention de partenariat pour la gestion du parking de la plage d'Aourir et l'aménagement de ses abords",
        "title_en": "Partnership agreement to run the Aourir beach car park and improve its surroundings",
        "object_ar": "تفويض تدبير مرأب الشاطئ لمدة عشر سنوات لشركة خاصة مقابل تهيئة الممرات والإنارة، مع أتاوة سنوية لفائدة الجماعة.",
        "object_fr": "Gestion du parking de la plage confiée pour dix ans à une société privée contre l'aménagement des allées et de l'éclairage, avec une redevance annuelle versée à la commune.",
        "object_en": "The beach car park run for ten years by a private company in return for paths and lighting, with a yearly fee paid to the commune.",
        "domains": ["local-economy"],
        "localities": ["aourir-centre"],
        "pac_axis": 4,
        "internal_notes": "Rejected at the council's session: members asked for a call for competition instead of a direct agreement, and for a shorter term. "
        + ILLUSTRATIVE,
        "council": (Session(-28), 43, 12, 19, 4),
        "commune": {
            "obligations": [
                {
                    "in_kind": InKindType.LAND,
                    "amount": 200_000,
                    "due": NEXT_YEAR,
                    "fr": "Mise à disposition du terrain du parking (4 000 m²)",
                    "ar": "وضع وعاء المرأب رهن الإشارة (4000 م²)",
                    "en": "The car-park land provided (4,000 m²)",
                },
            ]
        },
        "parties": [
            {
                "partner": SOUK_INVEST,
                "role": PartyRole.DELEGATED_OWNER,
                "representative_ar": "مسير الشركة",
                "representative_fr": "Gérant de la société",
                "obligations": [
                    {
                        "amount": 850_000,
                        "due": NEXT_YEAR,
                        "fr": "Aménagement des allées, de l'éclairage et des accès",
                        "ar": "تهيئة الممرات والإنارة والمداخل",
                        "en": "Paths, lighting and access works",
                    },
                ],
            },
        ],
        "stage": Stage.REJECTED,
    },
    {
        "reference": "CONV-2026-019",
        "kind": "partnership",
        "title_ar": "اتفاقية شراكة لإحداث وحدة لتثمين الأركان لفائدة التعاونية النسوية تانميرت",
        "title_fr": "Convention de partenariat pour l'unité de valorisation de l'argan de la coopérative féminine Tanmirt",
        "title_en": "Partnership agreement for the Tanmirt women's cooperative argan processing unit",
        "object_ar": "تجهيز وحدة لعصر وتلفيف زيت الأركان (المبادرة الوطنية للتنمية البشرية، برنامج الأنشطة المدرة للدخل)، ووضع محل جماعي رهن الإشارة، وتكوين 35 متعاونة.",
        "object_fr": "Équipement d'une unité de trituration et de conditionnement de l'huile d'argan (INDH, activités génératrices de revenus), mise à disposition d'un local communal et formation de 35 coopératrices.",
        "object_en": "Equipment for an argan-oil pressing and packaging unit (INDH income-generating activities), commune premises and training for 35 members of the cooperative.",
        "domains": ["women-cooperatives", "local-economy"],
        "localities": ["aourir-centre"],
        "pac_axis": 4,
        "internal_notes": "On the agenda of the council's next ordinary session. " + ILLUSTRATIVE,
        "commune": {
            "obligations": [
                {
                    "in_kind": InKindType.PREMISES,
                    "amount": 120_000,
                    "due": NEXT_YEAR,
                    "fr": "Local communal de 150 m² (mise à disposition pour cinq ans)",
                    "ar": "محل جماعي مساحته 150 م² (رهن الإشارة لمدة خمس سنوات)",
                    "en": "150 m² commune premises (provided for five years)",
                },
            ]
        },
        "parties": [
            {
                "partner": INDH,
                "role": PartyRole.FUNDER,
                "representative_ar": "عامل عمالة أكادير إداوتنان، رئيس اللجنة الإقليمية للتنمية البشرية",
                "representative_fr": "Gouverneur de la préfecture d'Agadir-Ida Ou Tanane, président du comité provincial de développement humain",
                "obligations": [
                    {
                        "amount": 450_000,
                        "due": NEXT_YEAR,
                        "fr": "Équipement de l'unité de trituration et de conditionnement",
                        "ar": "تجهيز وحدة العصر والتلفيف",
                        "en": "Equipment for the pressing and packaging unit",
                    },
                ],
            },
            {
                "partner": TANMIRT,
                "role": PartyRole.BENEFICIARY,
                "representative_ar": "رئيسة التعاونية",
                "representative_fr": "Présidente de la coopérative",
                "obligations": [
                    {
                        "in_kind": InKindType.STAFF,
                        "amount": 60_000,
                        "due": NEXT_YEAR,
                        "fr": "Travail des coopératrices pendant la mise en route",
                        "ar": "عمل المتعاونات خلال فترة الانطلاق",
                        "en": "The members' work during start-up",
                    },
                ],
            },
        ],
        "stage": Stage.AGENDA,
    },
    {
        "reference": "CONV-2026-020",
        "kind": "twinning",
        "title_ar": "اتفاقية توأمة بين جماعة أورير وبلدية لاكانو (فرنسا)",
        "title_fr": "Convention de jumelage entre la commune d'Aourir et la commune de Lacanau (France)",
        "title_en": "Twinning agreement between Aourir and Lacanau (France)",
        "object_ar": "تعاون بين جماعتين ساحليتين معروفتين بركوب الأمواج: تدبير تعرية الساحل والكثبان الرملية، وسلامة الشواطئ، وتبادل الشباب وأندية ركوب الأمواج.",
        "object_fr": "Coopération entre deux communes littorales du surf : gestion de l'érosion côtière et des dunes, sécurité des plages, échanges de jeunes et de clubs de surf.",
        "object_en": "Cooperation between two surfing coastal towns: managing coastal erosion and dunes, beach safety, exchanges of young people and surf clubs.",
        "domains": ["coast-environment", "sport", "eco-tourism"],
        "localities": ["tamraght", "imi-miki"],
        "pac_axis": 3,
        "renewal": Renewal.TACIT,
        "internal_notes": "Illustrative: no twinning between Aourir and Lacanau is known (see the partner's notes). Sent for the governor's visa 7 days before the demo was loaded. Amounts in EUR are valued with the demo rate table.",
        "council": (Session(-19), 45, 30, 0, 1),
        "visa": {"submitted": Days(-7)},
        "commune": {
            "role": PartyRole.OTHER,
            "obligations": [
                {
                    "amount": 120_000,
                    "due": NEXT_YEAR,
                    "fr": "Accueil des délégations et échanges de jeunes",
                    "ar": "استقبال الوفود وتبادل الشباب",
                    "en": "Hosting delegations and youth exchanges",
                },
            ],
        },
        "parties": [
            {
                "partner": LACANAU,
                "role": PartyRole.OTHER,
                "representative_ar": "عمدة لاكانو",
                "representative_fr": "Maire de Lacanau",
                "approval": ("Conseil municipal de Lacanau", "", Days(-12)),
                "obligations": [
                    {
                        "amount": 15_000,
                        "due": NEXT_YEAR,
                        "fr": "Échanges techniques sur l'érosion côtière",
                        "ar": "تبادلات تقنية حول تعرية الساحل",
                        "en": "Technical exchanges on coastal erosion",
                        "currency": "EUR",
                    },
                ],
            },
        ],
        "stage": Stage.VISA_PENDING,
    },
    {
        "reference": "CONV-2026-021",
        "kind": "partnership",
        "parent": FRAMEWORK,
        "title_ar": "اتفاقية خاصة لتهيئة الطريق الرابطة بين أورير وتامزايت وأزيون",
        "title_fr": "Convention spécifique pour l'aménagement de la route Aourir – Tamzait – Azioun",
        "title_en": "Specific agreement for the Aourir – Tamzait – Azioun road",
        "object_ar": "توسيع وتعبيد 11 كلم من الطريق القروية الرابطة بين المركز ودواري تامزايت وأزيون، مع منشآت فنية لعبور واد تامراغت.",
        "object_fr": "Élargissement et revêtement de 11 km de route rurale reliant le centre aux douars Tamzait et Azioun, avec des ouvrages de franchissement de l'oued Tamraght.",
        "object_en": "Widening and surfacing 11 km of rural road from the centre to Tamzait and Azioun, with crossings over the Tamraght river.",
        "domains": ["roads"],
        "localities": ["aourir-centre", "tamzait", "azioun"],
        "pac_axis": 1,
        "internal_notes": "Draft being prepared with the Region's services. " + ILLUSTRATIVE,
        "commune": {
            "obligations": [
                {
                    "amount": 4_000_000,
                    "due": NEXT_YEAR,
                    "fr": "Contribution de la commune",
                    "ar": "مساهمة الجماعة",
                    "en": "The commune's contribution",
                },
            ]
        },
        "parties": [
            {
                "partner": REGION,
                "role": PartyRole.FUNDER,
                "representative_ar": "رئيس مجلس جهة سوس ماسة",
                "representative_fr": "Président du Conseil de la Région Souss-Massa",
                "obligations": [
                    {
                        "amount": 14_000_000,
                        "due": NEXT_YEAR,
                        "fr": "Contribution de la Région",
                        "ar": "مساهمة الجهة",
                        "en": "The Region's contribution",
                    },
                ],
            },
            {
                "partner": PREFECTURAL_COUNCIL,
                "role": PartyRole.FUNDER,
                "representative_ar": "رئيس مجلس عمالة أكادير إداوتنان",
                "representative_fr": "Président du Conseil préfectoral d'Agadir-Ida Ou Tanane",
                "obligations": [
                    {
                        "amount": 4_000_000,
                        "due": NEXT_YEAR,
                        "fr": "Contribution du Conseil préfectoral",
                        "ar": "مساهمة مجلس العمالة",
                        "en": "The prefectural council's contribution",
                    },
                ],
            },
        ],
        "stage": Stage.DRAFT,
    },
]
