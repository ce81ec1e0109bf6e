"""The demo's trainings of the commune's staff and elected members (taawun.knowledge), 2025 and
2026: public procurement with the DGCT, project management and fund raising with GIZ, digital
tools with the Université Ibn Zohr — who took part (demo names: private), present for how many
hours, certified. A planned one in 2027."""

from datetime import date

from .names import DGCT, GIZ, UIZ

FINANCE = "Service financier"
TECHNICAL = "Division technique"
COOPERATION = "Service de la coopération et des partenariats"
CIVIL = "Bureau d'ordre et état civil"

TRAININGS = [
    {
        "title_ar": "الصفقات العمومية للجماعات الترابية: المرسوم 2.22.431",
        "title_fr": "Les marchés publics des collectivités territoriales : le décret 2-22-431",
        "provider": DGCT,
        "theme": "procurement",
        "modality": "in_person",
        "days": (date(2025, 3, 10), date(2025, 3, 12)),
        "hours": 18,
        "venue": "Agadir",
        "state": "done",
        "participants": [
            ("Brahim Ouhammou", "male", "staff", FINANCE, 18, "DGCT-MP-2025-114"),
            ("Latifa Ait Said", "female", "staff", FINANCE, 18, "DGCT-MP-2025-115"),
            ("Ahmed Oubella", "male", "staff", TECHNICAL, 12, ""),
            ("Hicham Aït Brahim", "male", "elected", "", 18, "DGCT-MP-2025-116"),
        ],
    },
    {
        "title_ar": "تدبير المشاريع والبحث عن التمويل لدى المانحين",
        "title_fr": "Gestion de projet et recherche de financements auprès des bailleurs",
        "provider": GIZ,
        "theme": "cooperation",
        "modality": "mixed",
        "days": (date(2025, 11, 3), date(2025, 11, 7)),
        "hours": 30,
        "venue": "Aourir",
        "state": "done",
        "participants": [
            ("Fatima Zahra Amrani", "female", "staff", COOPERATION, 30, "GIZ-PM-25-07"),
            ("Nadia Ouchen", "female", "staff", COOPERATION, 24, "GIZ-PM-25-08"),
            ("Ahmed Oubella", "male", "staff", TECHNICAL, 30, "GIZ-PM-25-09"),
            ("Khadija Ait Lhaj", "female", "elected", "", 18, ""),
        ],
    },
    {
        "title_ar": "الأدوات الرقمية والمعطيات المفتوحة للإدارة الجماعية",
        "title_fr": "Outils numériques et données ouvertes pour l'administration communale",
        "provider": UIZ,
        "theme": "digital",
        "modality": "in_person",
        "days": (date(2026, 4, 20), date(2026, 4, 22)),
        "hours": 15,
        "venue": "Agadir",
        "state": "done",
        "participants": [
            ("Meryem Saidi", "female", "staff", CIVIL, 15, "UIZ-NUM-26-01"),
            ("Youssef Idbouhou", "male", "staff", CIVIL, 15, "UIZ-NUM-26-02"),
            ("Latifa Ait Said", "female", "staff", FINANCE, 9, ""),
            ("Fatima Zahra Amrani", "female", "staff", COOPERATION, 15, "UIZ-NUM-26-03"),
        ],
    },
    {
        "title_ar": "التعمير والعقار: تتبع رخص البناء",
        "title_fr": "Urbanisme et foncier : le suivi des autorisations de construire",
        "provider": DGCT,
        "theme": "planning",
        "modality": "online",
        "days": (date(2027, 2, 15), date(2027, 2, 16)),
        "hours": 10,
        "venue": "",
        "state": "planned",
        "participants": [
            ("Ahmed Oubella", "male", "staff", TECHNICAL, None, ""),
        ],
    },
]
