# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the infrastructure programme: the Aourir – Tamzait – Azioun road and public lighting in the villages.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date

from taawun.demo.data.names import COMMUNE, FRAMEWORK, ONEE, PREFECTURAL_COUNCIL, REGION
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    FUNDING,
    IMPLEMENTING,
    LIGHTS_UNIT,
)
from taawun.projects.choices import ActivityStatus

PROJECTS = [
    {
        "code": "PRJ-2026-06",
        "title": (
            "تهيئة الطريق الرابطة بين أورير وتامزايت وأزيون",
            "Aménagement de la route Aourir – Tamzait – Azioun",
            "The Aourir – Tamzait – Azioun road",
        ),
        "description": (
            "توسيع وتعبيد 11 كلم من الطريق القروية الرابطة بين المركز ودواري تامزايت وأزيون، مع منشآت لعبور واد تامراغت. الاتفاقية الخاصة مع الجهة ومجلس العمالة في طور الإعداد؛ الجماعة مولت الدراسات.",
            "Élargissement et revêtement de 11 km de route rurale reliant le centre aux douars Tamzait et Azioun, avec des ouvrages de franchissement de l'oued Tamraght. La convention spécifique avec la Région et le Conseil préfectoral est en préparation ; la commune a financé les études.",
            "Widening and surfacing 11 km of rural road from the centre to Tamzait and Azioun, with crossings over the Tamraght river. The specific agreement with the Region and the prefectural council is being drafted; the commune paid for the studies.",
        ),
        "status": ActivityStatus.PIPELINE,
        "agreements": ["CONV-2026-021", FRAMEWORK],
        "domains": ["roads"],
        "pac_axis": 1,
        "budget": 22_000_000,
        "beneficiaries": 1_550,
        "planned": (date(2026, 6, 1), date(2028, 12, 31)),
        "progress": 5,
        "weights": (45, 40, 15),
        "flags": ("integration",),
        "places": [
            ("tamzait", ("مدخل دوار تامزايت", "Entrée du douar Tamzait"), -0.0011, 0.0009),
            ("azioun", ("نهاية الطريق بأزيون", "Fin de la route à Azioun"), 0.0007, -0.0012),
            (
                "aourir-centre",
                ("ملتقى الانطلاق على الطريق الساحلية", "Carrefour de départ sur la route côtière"),
                0.0026,
                0.0031,
            ),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (REGION, FUNDING),
            (PREFECTURAL_COUNCIL, FUNDING),
        ],
        "transactions": [
            (
                EXPENDITURE,
                date(2026, 9, 28),
                COMMUNE,
                340_000,
                "Études techniques et d'impact, financées par la commune",
            ),
        ],
        "milestones": [
            (
                (
                    "تسليم الدراسات التقنية",
                    "Remise des études techniques",
                    "Technical studies delivered",
                ),
                date(2026, 9, 30),
                date(2026, 9, 28),
            ),
            (
                (
                    "المصادقة على الاتفاقية الخاصة",
                    "Approbation de la convention spécifique",
                    "Specific agreement approved",
                ),
                date(2027, 2, 28),
            ),
            (("انطلاق الأشغال", "Démarrage des travaux", "Works start"), date(2027, 6, 30)),
        ],
        "updates": [
            (
                date(2026, 10, 2),
                (
                    "دراسات طريق تامزايت وأزيون جاهزة",
                    "Les études de la route de Tamzait et Azioun sont prêtes",
                    "Studies for the Tamzait and Azioun road are ready",
                ),
                (
                    "سلم مكتب الدراسات التصاميم وتقدير الكلفة (22 مليون درهم)؛ يعرض مشروع الاتفاقية على الجهة.",
                    "Le bureau d'études a remis les plans et l'estimation (22 MDH) ; le projet de convention est soumis à la Région.",
                    "The consultants delivered the plans and cost estimate (MAD 22 million); the draft agreement goes to the Region.",
                ),
            ),
        ],
    },
    {
        "code": "PRJ-2023-04",
        "title": (
            "الإنارة العمومية بالدواوير",
            "Éclairage public dans les douars",
            "Public lighting in the villages",
        ),
        "description": (
            "تركيب 400 نقطة ضوئية بمصابيح LED في ستة دواوير، مع توسيع الشبكة الكهربائية من طرف المكتب الوطني للكهرباء والماء الصالح للشرب، بدعم من مجلس العمالة.",
            "Installation de 400 points lumineux LED dans six douars, avec l'extension du réseau électrique par l'ONEE et le soutien du Conseil préfectoral.",
            "400 LED street lights in six villages, with ONEE extending the electricity network and the prefectural council's support.",
        ),
        "status": ActivityStatus.CLOSED,
        "domains": ["public-lighting"],
        "pac_axis": 1,
        "budget": 2_200_000,
        "beneficiaries": 5_882,
        "planned": (date(2023, 3, 1), date(2024, 6, 30)),
        "actual": (date(2023, 3, 20), date(2024, 5, 31)),
        "progress": 100,
        "weights": (55, 15, 30),
        "places": [
            ("asern", ("الزنقة الرئيسية للدوار", "Rue principale du douar"), -0.0005, 0.0006),
            ("azioun", ("ساحة الدوار", "Place du douar"), 0.0004, 0.0008),
            ("tamzait", ("المدخل إلى المدرسة", "Accès à l'école"), 0.0009, 0.0003),
            ("tagadirt-oufella", ("زنقة المسجد", "Rue de la mosquée"), -0.0008, -0.0004),
            ("oubaha", ("مدخل الدوار", "Entrée du douar"), 0.0006, -0.0007),
            ("tissaoudine", ("ساحة الدوار", "Place du douar"), -0.0004, 0.0005),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (ONEE, FUNDING),
            (ONEE, IMPLEMENTING),
            (PREFECTURAL_COUNCIL, FUNDING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2023, 3, 20),
                COMMUNE,
                600_000,
                "Points lumineux et armoires de commande",
            ),
            (
                COMMITMENT,
                date(2023, 3, 20),
                ONEE,
                900_000,
                "extension du réseau basse tension par l'ONEE",
                {"in_kind": True},
            ),
            (
                COMMITMENT,
                date(2023, 4, 17),
                PREFECTURAL_COUNCIL,
                700_000,
                "Contribution du Conseil préfectoral",
            ),
            (
                DISBURSEMENT,
                date(2023, 5, 15),
                PREFECTURAL_COUNCIL,
                350_000,
                "Première tranche du Conseil préfectoral",
            ),
            (DISBURSEMENT, date(2023, 6, 12), COMMUNE, 600_000, "Mandat n° 331/2023"),
            (
                EXPENDITURE,
                date(2023, 8, 31),
                COMMUNE,
                520_000,
                "Lot 1 : 210 points lumineux (Asern, Azioun, Tamzait)",
            ),
            (
                EXPENDITURE,
                date(2023, 9, 30),
                ONEE,
                900_000,
                "Travaux d'extension du réseau basse tension",
            ),
            (
                DISBURSEMENT,
                date(2023, 11, 13),
                PREFECTURAL_COUNCIL,
                350_000,
                "Deuxième tranche du Conseil préfectoral",
            ),
            (
                EXPENDITURE,
                date(2024, 1, 31),
                COMMUNE,
                480_000,
                "Lot 2 : 190 points lumineux (Tagadirt, Oubaha, Tissaoudine)",
            ),
            (
                EXPENDITURE,
                date(2024, 4, 30),
                COMMUNE,
                190_000,
                "Armoires de commande et horloges astronomiques",
            ),
        ],
        "milestones": [
            (
                (
                    "الحصة الأولى: أسرن وأزيون وتامزايت",
                    "Lot 1 : Asern, Azioun, Tamzait",
                    "Lot 1: Asern, Azioun, Tamzait",
                ),
                date(2023, 9, 30),
                date(2023, 8, 31),
            ),
            (
                ("الحصة الثانية والتسلم", "Lot 2 et réception", "Lot 2 and acceptance"),
                date(2024, 6, 30),
                date(2024, 5, 31),
            ),
        ],
        "updates": [
            (
                date(2024, 6, 3),
                ("ستة دواوير منارة", "Six douars éclairés", "Six villages lit"),
                (
                    "400 نقطة ضوئية تعمل بمصابيح اقتصادية وساعات فلكية.",
                    "400 points lumineux à LED, commandés par horloges astronomiques.",
                    "400 LED street lights, run by astronomical timers.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": (
                    "نقط الإنارة المركبة",
                    "Points lumineux installés",
                    "Street lights installed",
                ),
                "unit": LIGHTS_UNIT,
                "periods": [(date(2023, 3, 1), date(2024, 5, 31), 400, 400)],
                "baseline": 0,
                "year": 2023,
            },
            {
                "name": ("الدواوير المنارة", "Douars éclairés", "Villages lit"),
                "unit": ("دوار", "douars", "villages"),
                "periods": [(date(2023, 3, 1), date(2024, 5, 31), 6, 6)],
                "baseline": 0,
                "year": 2023,
            },
        ],
    },
]
