# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Agreements of 2025 and early 2026: solar lighting with GIZ, the covered market (in committee), the 2026 grant to the Tamraght association and the big Tamraght stadium (partner approvals).

Records as described in taawun/demo/data/agreements/__init__.py.
"""

from datetime import date, datetime

from taawun.agreements.choices import InKindType, PartyRole, Stage
from taawun.demo.data.agreements.notes import ILLUSTRATIVE
from taawun.demo.data.names import (
    CRI,
    FOOTBALL_CLUB,
    FRAMEWORK,
    GIZ,
    PREFECTURAL_COUNCIL,
    PRESIDENT,
    REGION,
    SOUK_INVEST,
    TAMRAGHT_ASSOCIATION,
)

AGREEMENTS = [
    {
        "reference": "CONV-2025-004",
        "kind": "cooperation",
        "title_ar": "اتفاقية تعاون في مجال الإنارة العمومية بالطاقة الشمسية والنجاعة الطاقية للبنايات الجماعية",
        "title_fr": "Convention de coopération pour l'éclairage public solaire et l'efficacité énergétique des bâtiments communaux",
        "title_en": "Cooperation agreement on solar public lighting and energy efficiency in the commune's buildings",
        "object_ar": "افتحاص طاقي للبنايات الجماعية، وتعويض 600 نقطة ضوئية بمصابيح شمسية LED بمركز أورير وتامراغت، وتركيب منشأة كهروضوئية للاستهلاك الذاتي بمقر الجماعة، وتكوين تقنيي الجماعة.",
        "object_fr": "Audit énergétique des bâtiments communaux, remplacement de 600 points lumineux par des lampadaires solaires LED à Aourir centre et à Tamraght, installation photovoltaïque en autoconsommation au siège de la commune, formation des techniciens communaux.",
        "object_en": "Energy audit of the commune's buildings, 600 street lights replaced by solar LED lamps in Aourir centre and Tamraght, a self-consumption solar plant on the town hall, training for the commune's technicians.",
        "domains": ["renewable-energy", "public-lighting"],
        "localities": ["aourir-centre", "tamraght"],
        "pac_axis": 1,
        "internal_notes": "Illustrative: this agreement and its figures are invented; amounts in EUR are valued with the demo rate table. It shows a tacit visa: the governor did not answer within 20 days (art. 118 [check]).",
        "council": (date(2025, 2, 4), 6, 28, 0, 2),
        "visa": {"submitted": date(2025, 3, 3), "tacit": True},
        "commune": {
            "signed": (date(2025, 4, 7), PRESIDENT),
            "obligations": [
                {
                    "amount": 1_200_000,
                    "due": date(2025, 12, 31),
                    "fr": "Travaux de raccordement et génie civil",
                    "ar": "أشغال الربط والهندسة المدنية",
                    "en": "Connection and civil works",
                    "paid": [(date(2025, 12, 18), None, "Mandat n° 759/2025")],
                },
            ],
        },
        "parties": [
            {
                "partner": GIZ,
                "role": PartyRole.FUNDER,
                "representative_ar": "مدير برنامج الوكالة الألمانية للتعاون الدولي بالمغرب",
                "representative_fr": "Directeur du programme GIZ Maroc",
                "approval": ("Direction du programme GIZ Maroc (Rabat)", "", date(2025, 2, 24)),
                "signed": (date(2025, 4, 10), "Directeur du programme GIZ Maroc"),
                "obligations": [
                    {
                        "amount": 90_000,
                        "due": date(2025, 6, 30),
                        "fr": "Contribution GIZ – première tranche",
                        "ar": "مساهمة الوكالة الألمانية – الشطر الأول",
                        "en": "GIZ contribution – first instalment",
                        "tranche": 1,
                        "currency": "EUR",
                        "paid": [(date(2025, 7, 8), None, "Virement GIZ")],
                    },
                    {
                        "amount": 90_000,
                        "due": date(2026, 6, 30),
                        "fr": "Contribution GIZ – deuxième tranche",
                        "ar": "مساهمة الوكالة الألمانية – الشطر الثاني",
                        "en": "GIZ contribution – second instalment",
                        "tranche": 2,
                        "currency": "EUR",
                        "paid": [(date(2026, 7, 20), None, "Virement GIZ")],
                    },
                    {
                        "in_kind": InKindType.STUDIES,
                        "amount": 35_000,
                        "due": date(2025, 9, 30),
                        "fr": "Audit énergétique et assistance technique",
                        "ar": "الافتحاص الطاقي والمساعدة التقنية",
                        "en": "Energy audit and technical assistance",
                        "currency": "EUR",
                        "paid": [(date(2025, 9, 26), None, "Rapport d'audit remis")],
                    },
                ],
            },
        ],
        "stage": Stage.IN_FORCE,
    },
    {
        "reference": "CONV-2025-018",
        "kind": "ppp",
        "title_ar": "شراكة بين القطاعين العام والخاص لبناء وتدبير السوق الأسبوعي المغطى لأورير",
        "title_fr": "Partenariat public-privé pour la construction et la gestion du souk hebdomadaire couvert d'Aourir",
        "title_en": "Public-private partnership to build and run Aourir's covered weekly market",
        "object_ar": "يبني المستثمر سوقا أسبوعيا مغطى على مساحة 3 هكتارات (200 محل، موقف للسيارات، مجزرة قروية) فوق عقار جماعي، ويتولى تدبيره لمدة 20 سنة مقابل إتاوة سنوية للجماعة.",
        "object_fr": "L'investisseur construit un souk hebdomadaire couvert de 3 ha (200 emplacements, parc de stationnement, abattoir rural) sur un terrain communal et le gère pendant 20 ans contre une redevance annuelle versée à la commune.",
        "object_en": "The investor builds a 3-hectare covered weekly market (200 stalls, car park, rural slaughterhouse) on commune land and runs it for 20 years against a yearly fee paid to the commune.",
        "domains": ["local-economy"],
        "localities": ["aourir-centre"],
        "pac_axis": 4,
        "is_public": False,
        "internal_notes": "Not published yet: terms under negotiation (commercially sensitive); to publish once the council deliberates. Stuck in committee since March 2025 while the land title is cleared: the demo loader dates that stage by hand. The investor is fictional. "
        + ILLUSTRATIVE,
        "commune": {
            "obligations": [
                {
                    "in_kind": InKindType.LAND,
                    "amount": 6_000_000,
                    "due": 2026,
                    "fr": "Terrain communal de 3 ha (immatriculation en cours)",
                    "ar": "عقار جماعي مساحته 3 هكتارات (في طور التحفيظ)",
                    "en": "3-hectare plot of commune land (registration under way)",
                },
            ]
        },
        "parties": [
            {
                "partner": SOUK_INVEST,
                "role": PartyRole.DELEGATED_OWNER,
                "representative_ar": "مسير شركة سوق أورير للاستثمار ش.م.م",
                "representative_fr": "Gérant de Souk Aourir Invest SARL",
                "obligations": [
                    {
                        "amount": 18_000_000,
                        "due": 2027,
                        "fr": "Investissement : construction et équipement du souk",
                        "ar": "الاستثمار: بناء وتجهيز السوق",
                        "en": "Investment: building and equipping the market",
                    },
                ],
            },
            {
                "partner": CRI,
                "role": PartyRole.TECHNICAL,
                "representative_ar": "مدير المركز الجهوي للاستثمار سوس ماسة",
                "representative_fr": "Directeur du Centre régional d'investissement Souss-Massa",
            },
        ],
        "stage": Stage.COMMITTEE,
        "stage_since": datetime(2025, 3, 18, 10, 0),
    },
    {
        "reference": "CONV-2026-003",
        "kind": "grant",
        "title_ar": "اتفاقية دعم جمعية تامراغت للتنمية المحلية – برنامج 2026",
        "title_fr": "Convention de subvention à l'Association Tamraght pour le développement local – programme 2026",
        "title_en": "Grant to the Tamraght Local Development Association – 2026 programme",
        "object_ar": "دعم البرنامج السنوي للجمعية: دروس محو الأمية لفائدة 80 امرأة، وأنشطة تربوية صيفية لأطفال تامراغت، وتنشيط دار المرأة.",
        "object_fr": "Soutien au programme annuel de l'association : cours d'alphabétisation pour 80 femmes, activités éducatives d'été pour les enfants de Tamraght et animation du foyer féminin.",
        "object_en": "Support for the association's yearly programme: literacy classes for 80 women, summer educational activities for Tamraght's children and the women's centre.",
        "domains": ["social-action", "education"],
        "localities": ["tamraght"],
        "pac_axis": 2,
        "internal_notes": ILLUSTRATIVE,
        "council": (date(2026, 2, 3), 11, 27, 0, 1),
        "commune": {
            "role": PartyRole.FUNDER,
            "signed": (date(2026, 3, 2), PRESIDENT),
            "obligations": [
                {
                    "amount": 60_000,
                    "due": date(2026, 3, 31),
                    "fr": "Subvention – première tranche",
                    "ar": "المنحة – الشطر الأول",
                    "en": "Grant – first instalment",
                    "tranche": 1,
                    "paid": [(date(2026, 3, 25), None, "Mandat n° 148/2026")],
                },
                {
                    "amount": 60_000,
                    "due": date(2026, 12, 31),
                    "fr": "Subvention – deuxième tranche",
                    "ar": "المنحة – الشطر الثاني",
                    "en": "Grant – second instalment",
                    "tranche": 2,
                },
            ],
        },
        "parties": [
            {
                "partner": TAMRAGHT_ASSOCIATION,
                "role": PartyRole.BENEFICIARY,
                "representative_ar": "رئيس الجمعية",
                "representative_fr": "Président de l'association",
                "approval": ("Bureau de l'association", "", date(2026, 2, 16)),
                "signed": (date(2026, 3, 2), "Président de l'association"),
                "obligations": [
                    {
                        "in_kind": InKindType.STAFF,
                        "amount": 30_000,
                        "due": date(2027, 2, 28),
                        "fr": "Bénévoles et animatrices de l'association",
                        "ar": "متطوعو الجمعية ومنشطاتها",
                        "en": "The association's volunteers and facilitators",
                    },
                ],
            },
        ],
        "stage": Stage.IN_FORCE,
    },
    {
        "reference": "CONV-2026-009",
        "kind": "partnership",
        "parent": FRAMEWORK,
        "title_ar": "اتفاقية خاصة لبناء الملعب الكبير لتامراغت",
        "title_fr": "Convention spécifique pour la construction du grand stade de Tamraght",
        "title_en": "Specific agreement to build the big Tamraght stadium",
        "object_ar": "بناء ملعب لكرة القدم بالعشب الاصطناعي بمدرجات تتسع لـ1500 متفرج ومستودعات للملابس وإنارة، في موقع ملعب تامراغت الحالي.",
        "object_fr": "Construction d'un stade de football en gazon synthétique avec tribunes de 1 500 places, vestiaires et éclairage, sur le site de l'actuel terrain de Tamraght.",
        "object_en": "A football stadium with artificial turf, 1,500-seat stands, changing rooms and floodlights on the site of the current Tamraght pitch.",
        "domains": ["sport"],
        "localities": ["tamraght"],
        "pac_axis": 2,
        "internal_notes": 'The "big Tamraght stadium" file is sourced (domain.md [src]); this agreement, its parties, figures and dates are illustrative.',
        "council": (date(2026, 5, 5), 28, 30, 0, 1),
        "commune": {
            "obligations": [
                {
                    "amount": 3_000_000,
                    "due": 2027,
                    "fr": "Contribution de la commune",
                    "ar": "مساهمة الجماعة",
                    "en": "The commune's contribution",
                },
                {
                    "in_kind": InKindType.LAND,
                    "amount": 2_500_000,
                    "due": 2027,
                    "fr": "Terrain du stade (2 ha)",
                    "ar": "عقار الملعب (2 هكتار)",
                    "en": "Stadium land (2 ha)",
                },
            ]
        },
        "parties": [
            {
                "partner": REGION,
                "role": PartyRole.FUNDER,
                "representative_ar": "رئيس مجلس جهة سوس ماسة",
                "representative_fr": "Président du Conseil de la Région Souss-Massa",
                "approval": (
                    "Conseil de la Région Souss-Massa – session ordinaire de juillet 2026",
                    "97/2026",
                    date(2026, 7, 6),
                ),
                "obligations": [
                    {
                        "amount": 12_000_000,
                        "due": 2027,
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
                        "amount": 5_000_000,
                        "due": 2027,
                        "fr": "Contribution du Conseil préfectoral",
                        "ar": "مساهمة مجلس العمالة",
                        "en": "The prefectural council's contribution",
                    },
                ],
            },
            {
                "partner": FOOTBALL_CLUB,
                "role": PartyRole.BENEFICIARY,
                "representative_ar": "رئيس النادي",
                "representative_fr": "Président du club",
                "approval": ("Assemblée générale du club", "", date(2026, 6, 15)),
            },
        ],
        "stage": Stage.PARTNER_APPROVALS,
    },
]
