# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the infrastructure programme: the sanitation works (the other projects of the programme are in infrastructure.py).

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date
from decimal import Decimal

from taawun.demo.data.names import (
    COMMUNE,
    DRARGA,
    PREFECTURAL_COUNCIL,
    RAMSA,
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
    year,
)
from taawun.projects.choices import ActivityStatus, MilestoneStatus, ResultType

PROJECTS = [
    {
        "code": "PRJ-2025-03",
        "title": (
            "التطهير السائل والطريق الرابطة بين تكاديرت والدراركة",
            "Assainissement et route de liaison Tagadirt – Drarga",
            "Sanitation and the Tagadirt – Drarga link road",
        ),
        "description": (
            "مشروع بين جماعتي أورير والدراركة: مجمع رئيسي للتطهير السائل يخدم دواري تكاديرت، وتأهيل 6 كلم من الطريق نحو الدراركة، بدعم من مجلس العمالة والوكالة المستقلة المتعددة الخدمات. اتفاقية بين الجماعتين في طور الإعداد؛ يعمل الطرفان برسالة التزام متبادلة.",
            "Projet entre les communes d'Aourir et de Drarga : collecteur principal d'assainissement desservant les deux douars de Tagadirt et mise à niveau de 6 km de route vers Drarga, avec le Conseil préfectoral et la RAMSA. La convention intercommunale est en préparation ; les deux communes travaillent sur lettres d'engagement.",
            "A project of Aourir and Drarga: a main sewer serving the two Tagadirt villages and 6 km of road upgraded towards Drarga, with the prefectural council and RAMSA. The inter-communal agreement is being drafted; the two communes work on letters of commitment.",
        ),
        "status": ActivityStatus.IMPLEMENTATION,
        "domains": ["sanitation", "roads"],
        "pac_axis": 1,
        "budget": 9_600_000,
        "beneficiaries": 2_050,
        "planned": (date(2025, 4, 1), date(2027, 12, 31)),
        "actual": (date(2025, 4, 14), None),
        "progress": 45,
        "weights": (40, 30, 30),
        "flags": ("integration",),
        "places": [
            (
                "tagadirt-izdar",
                ("محطة الضخ بتكاديرت إزدار", "Station de relevage de Tagadirt Izdar"),
                -0.0013,
                0.0018,
            ),
            (
                "tagadirt-oufella",
                (
                    "المجمع الرئيسي، المخرج الشرقي للدوار",
                    "Collecteur principal, sortie est du douar",
                ),
                0.0010,
                0.0022,
            ),
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (DRARGA, FUNDING),
            (PREFECTURAL_COUNCIL, FUNDING),
            (RAMSA, FUNDING),
            (RAMSA, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2025, 4, 14),
                COMMUNE,
                2_800_000,
                "Contribution d'Aourir (lettre d'engagement)",
            ),
            (
                COMMITMENT,
                date(2025, 4, 14),
                DRARGA,
                2_400_000,
                "Contribution de Drarga (lettre d'engagement)",
            ),
            (
                COMMITMENT,
                date(2025, 6, 9),
                PREFECTURAL_COUNCIL,
                3_000_000,
                "Contribution du Conseil préfectoral",
            ),
            (COMMITMENT, date(2025, 6, 20), RAMSA, 1_400_000, "Réseau et station de relevage"),
            (DISBURSEMENT, date(2025, 7, 15), COMMUNE, 1_200_000, "Mandat n° 402/2025"),
            (
                DISBURSEMENT,
                date(2025, 9, 22),
                DRARGA,
                1_000_000,
                "Virement de la commune de Drarga",
            ),
            (
                EXPENDITURE,
                date(2025, 10, 31),
                COMMUNE,
                1_350_000,
                "Décompte n° 1 – collecteur principal",
            ),
            (
                DISBURSEMENT,
                date(2025, 11, 10),
                PREFECTURAL_COUNCIL,
                1_500_000,
                "Première tranche du Conseil préfectoral",
            ),
            (
                EXPENDITURE,
                date(2026, 1, 30),
                COMMUNE,
                1_080_000,
                "Décompte n° 2 – station de relevage",
            ),
            (DISBURSEMENT, date(2026, 3, 16), RAMSA, 700_000, "Première tranche de la RAMSA"),
            (
                EXPENDITURE,
                date(2026, 5, 29),
                COMMUNE,
                1_240_000,
                "Décompte n° 3 – chaussée de la route de Drarga",
            ),
            (DISBURSEMENT, date(2026, 6, 15), COMMUNE, 900_000, "Mandat n° 352/2026"),
            (DISBURSEMENT, date(2026, 7, 20), DRARGA, 800_000, "Virement de la commune de Drarga"),
            (
                EXPENDITURE,
                date(2026, 9, 30),
                COMMUNE,
                960_000,
                "Décompte n° 4 – ouvrages et accotements",
            ),
        ],
        "milestones": [
            (
                ("إنجاز المجمع الرئيسي", "Collecteur principal achevé", "Main sewer completed"),
                date(2025, 12, 31),
                date(2026, 1, 30),
            ),
            (
                (
                    "توقيع الاتفاقية بين الجماعتين",
                    "Signature de la convention intercommunale",
                    "Inter-communal agreement signed",
                ),
                date(2026, 6, 30),
                None,
                {"progress": 40, "status": MilestoneStatus.UNDER_WAY},
            ),
            (("تسلم الطريق", "Réception de la route", "Road accepted"), date(2027, 9, 30)),
        ],
        "updates": [
            (
                date(2026, 2, 3),
                (
                    "تكاديرت مربوطة بالمجمع الرئيسي",
                    "Tagadirt raccordé au collecteur principal",
                    "Tagadirt joined to the main sewer",
                ),
                (
                    "انتهت أشغال المجمع الرئيسي ومحطة الضخ؛ تنطلق أشغال الطريق في الربيع.",
                    "Le collecteur principal et la station de relevage sont achevés ; la route suit au printemps.",
                    "The main sewer and pumping station are finished; the road follows in spring.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": (
                    "الأسر المربوطة بشبكة التطهير",
                    "Foyers raccordés à l'assainissement",
                    "Households connected to the sewer",
                ),
                "unit": HOUSEHOLDS_UNIT,
                "periods": [(*year(2026), 450, 310), (*year(2027), 480)],
                "level": ResultType.OUTCOME,
                "baseline": 0,
                "year": 2025,
            },
            {
                "name": ("الطريق المؤهلة", "Route mise à niveau", "Road upgraded"),
                "unit": KM,
                "periods": [(*year(2026), 3, Decimal("2.4")), (*year(2027), 6)],
                "baseline": 0,
                "year": 2025,
            },
        ],
    },
]
