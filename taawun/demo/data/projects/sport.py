# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Projects of the sport programme: the Tamraght football school (2023 season) and the big Tamraght stadium.

Records as described in taawun/demo/data/projects/__init__.py.
"""

from datetime import date

from taawun.demo.data.names import (
    COMMUNE,
    FOOTBALL_CLUB,
    FRAMEWORK,
    PREFECTURAL_COUNCIL,
    REGION,
    TARIFA,
)
from taawun.demo.data.projects.common import (
    ACCOUNTABLE,
    COMMITMENT,
    DISBURSEMENT,
    EXPENDITURE,
    FUNDING,
    IMPLEMENTING,
)
from taawun.projects.choices import ActivityStatus, Disaggregation, MilestoneStatus, ResultType

PROJECTS = [
    {
        "code": "PRJ-2023-02",
        "title": (
            "دعم مدرسة كرة القدم بتامراغت – موسم 2023",
            "Soutien à l'école de football de Tamraght – saison 2023",
            "Support for the Tamraght football school – 2023 season",
        ),
        "description": (
            "منحة من الجماعة للجمعية الرياضية لكرة القدم بتامراغت: تأطير 120 طفلا وشابا من 8 إلى 17 سنة، والمشاركة في البطولة الجهوية للهواة، وصيانة ملعب تامراغت.",
            "Subvention de la commune à l'Association sportive de football de Tamraght : encadrement de 120 jeunes de 8 à 17 ans, participation au championnat régional amateur et entretien du terrain de Tamraght.",
            "The commune's grant to the Tamraght football club: coaching 120 young people aged 8 to 17, the regional amateur league and the upkeep of the Tamraght pitch.",
        ),
        "status": ActivityStatus.CLOSED,
        "owner": FOOTBALL_CLUB,
        "agreements": ["CONV-2023-009"],
        "domains": ["sport"],
        "pac_axis": 2,
        "budget": 104_000,
        "beneficiaries": 120,
        "planned": (date(2023, 3, 1), date(2024, 2, 29)),
        "actual": (date(2023, 3, 6), date(2024, 2, 29)),
        "progress": 100,
        "weights": (80, 10, 10),
        "places": [
            (
                "tamraght",
                ("ملعب كرة القدم بتامراغت", "Terrain de football de Tamraght"),
                0.0021,
                0.0034,
            )
        ],
        "participants": [
            (COMMUNE, FUNDING),
            (FOOTBALL_CLUB, ACCOUNTABLE),
            (FOOTBALL_CLUB, IMPLEMENTING),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2023, 3, 6),
                COMMUNE,
                80_000,
                "Subvention de la saison 2023 (deux tranches)",
            ),
            (
                COMMITMENT,
                date(2023, 3, 6),
                FOOTBALL_CLUB,
                24_000,
                "encadrement bénévole par les entraîneurs du club",
                {"in_kind": True},
            ),
            (
                DISBURSEMENT,
                date(2023, 4, 18),
                COMMUNE,
                40_000,
                "Mandat n° 177/2023 – première tranche",
                {"to": FOOTBALL_CLUB},
            ),
            (
                EXPENDITURE,
                date(2023, 6, 15),
                FOOTBALL_CLUB,
                28_000,
                "Équipements, ballons et maillots",
            ),
            (
                EXPENDITURE,
                date(2023, 9, 30),
                FOOTBALL_CLUB,
                22_000,
                "Déplacements au championnat régional amateur",
            ),
            (
                DISBURSEMENT,
                date(2023, 10, 26),
                COMMUNE,
                40_000,
                "Mandat n° 540/2023 – deuxième tranche",
                {"to": FOOTBALL_CLUB},
            ),
            (
                EXPENDITURE,
                date(2024, 1, 31),
                FOOTBALL_CLUB,
                30_000,
                "Entretien du terrain et frais d'arbitrage",
            ),
        ],
        "updates": [
            (
                date(2024, 4, 16),
                (
                    "حصيلة موسم مدرسة كرة القدم",
                    "Bilan de la saison de l'école de football",
                    "Football school season review",
                ),
                (
                    "استفاد 124 طفلا وشابا، منهم 26 فتاة في الفريق النسوي الجديد؛ وصودق على التقرير الأدبي والمالي.",
                    "124 jeunes encadrés, dont 26 filles dans la nouvelle équipe féminine ; rapport moral et financier approuvé.",
                    "124 young players coached, 26 of them girls in the new women's team; the activity and financial report was approved.",
                ),
            ),
        ],
        "indicators": [
            {
                "name": ("الأطفال والشباب المؤطرون", "Jeunes encadrés", "Young players coached"),
                "unit": ("لاعب", "jeunes", "young players"),
                "periods": [(date(2023, 3, 1), date(2024, 2, 29), (20, 100), (26, 98))],
                "by": Disaggregation.SEX,
            },
        ],
    },
    {
        "code": "PRJ-2026-02",
        "title": ("الملعب الكبير لتامراغت", "Grand stade de Tamraght", "The big Tamraght stadium"),
        "description": (
            "ملعب لكرة القدم بالعشب الاصطناعي بمدرجات تتسع لـ1500 متفرج، ومستودعات للملابس وإنارة، ومدرسة لكرة القدم، في موقع ملعب تامراغت الحالي. الكلفة المقدرة 52 مليون درهم؛ التزمت الجماعة والجهة، ومجلس العمالة لم يصادق بعد، وتدعم بلدية طريفة الإسبانية التجهيزات وتبادل المؤطرين. يبقى أكثر من 30 مليون درهم دون تمويل.",
            "Stade de football en gazon synthétique avec tribunes de 1 500 places, vestiaires, éclairage et école de football, sur le site de l'actuel terrain de Tamraght. Coût estimé : 52 MDH ; la commune et la Région se sont engagées, le Conseil préfectoral n'a pas encore délibéré, la municipalité de Tarifa (Espagne) soutient les équipements et l'échange d'éducateurs. Plus de 30 MDH restent à trouver.",
            "A football stadium with artificial turf, 1,500-seat stands, changing rooms, floodlights and a football school on the site of the current Tamraght pitch. Estimated cost: MAD 52 million; the commune and the Region have committed, the prefectural council has not decided yet, and Tarifa (Spain) supports the equipment and coach exchanges. More than MAD 30 million is still to be found.",
        ),
        "sources": (
            "ملف «الملعب الكبير لتامراغت» موثق المصدر؛ أما الكلفة والشركاء والتواريخ فتوضيحية.",
            "Le dossier du « grand stade de Tamraght » est sourcé ; le coût, les partenaires et les dates sont illustratifs.",
            'The "big Tamraght stadium" file is sourced; its cost, partners and dates are illustrative.',
        ),
        "status": ActivityStatus.PIPELINE,
        "agreements": ["CONV-2026-009", FRAMEWORK],
        "domains": ["sport"],
        "pac_axis": 2,
        "budget": 52_000_000,
        "beneficiaries": 15_000,
        "planned": (date(2026, 5, 1), date(2029, 6, 30)),
        "progress": 8,
        "weights": (60, 30, 10),
        "flags": ("expertise_exchange", "integration"),
        "places": [
            (
                "tamraght",
                (
                    "موقع الملعب الحالي بتامراغت (2 هكتار)",
                    "Site de l'actuel terrain de Tamraght (2 ha)",
                ),
                0.0021,
                0.0034,
            )
        ],
        "participants": [
            (COMMUNE, ACCOUNTABLE),
            (COMMUNE, FUNDING),
            (REGION, FUNDING),
            (PREFECTURAL_COUNCIL, FUNDING),
            (TARIFA, FUNDING),
            (FOOTBALL_CLUB, IMPLEMENTING),
        ],
        "plan": [
            (
                TARIFA,
                30_000,
                "Équipements sportifs et échanges d'éducateurs (lettre d'intention)",
                {"currency": "EUR", "in_kind": True},
            ),
            (
                FOOTBALL_CLUB,
                120_000,
                "Animation bénévole de l'école de football du stade",
                {"in_kind": True},
            ),
        ],
        "transactions": [
            (
                COMMITMENT,
                date(2026, 5, 5),
                COMMUNE,
                3_000_000,
                "Contribution de la commune (décision n° 28/2026)",
            ),
            (
                COMMITMENT,
                date(2026, 5, 5),
                COMMUNE,
                2_500_000,
                "terrain du stade, 2 ha",
                {"in_kind": True},
            ),
            (EXPENDITURE, date(2026, 6, 30), COMMUNE, 95_000, "Levé topographique du site"),
            (
                COMMITMENT,
                date(2026, 7, 6),
                REGION,
                12_000_000,
                "Contribution de la Région (décision n° 97/2026)",
            ),
            (
                EXPENDITURE,
                date(2026, 10, 20),
                COMMUNE,
                420_000,
                "Avant-projet sommaire – première tranche du bureau d'études",
            ),
        ],
        "milestones": [
            (
                (
                    "مصادقة المجلس الجماعي",
                    "Approbation du conseil communal",
                    "Communal council approval",
                ),
                date(2026, 5, 5),
                date(2026, 5, 5),
            ),
            (
                (
                    "مصادقة مجلس الجهة",
                    "Approbation du Conseil régional",
                    "Regional council approval",
                ),
                date(2026, 7, 6),
                date(2026, 7, 6),
            ),
            (
                (
                    "مصادقة مجلس العمالة",
                    "Approbation du Conseil préfectoral",
                    "Prefectural council approval",
                ),
                date(2026, 10, 31),
                None,
                {"progress": 50, "status": MilestoneStatus.UNDER_WAY},
            ),
            (
                (
                    "إعلان طلب العروض للأشغال",
                    "Lancement de l'appel d'offres des travaux",
                    "Call for tenders for the works",
                ),
                date(2027, 3, 31),
            ),
        ],
        "updates": [
            (
                date(2026, 5, 6),
                (
                    "المجلس يصادق على الملعب الكبير",
                    "Le conseil approuve le grand stade",
                    "Council approves the big stadium",
                ),
                (
                    "صادق المجلس الجماعي على مساهمة قدرها 3 ملايين درهم وعلى تخصيص عقار الملعب.",
                    "Le conseil communal a approuvé une contribution de 3 MDH et l'affectation du terrain du stade.",
                    "The communal council approved a MAD 3 million contribution and the stadium land.",
                ),
            ),
            (
                date(2026, 7, 8),
                (
                    "الجهة تلتزم بـ12 مليون درهم",
                    "La Région s'engage pour 12 MDH",
                    "The Region commits MAD 12 million",
                ),
                (
                    "صادق مجلس جهة سوس ماسة على مساهمته؛ يبقى تمويل أكثر من 30 مليون درهم مطلوبا.",
                    "Le Conseil de la Région Souss-Massa a approuvé sa contribution ; plus de 30 MDH restent à financer.",
                    "The Souss-Massa Regional Council approved its contribution; more than MAD 30 million is still needed.",
                ),
            ),
            (
                date(2026, 10, 30),
                (
                    "تأجيل مداولة مجلس العمالة",
                    "Délibération du Conseil préfectoral reportée",
                    "Prefectural council decision postponed",
                ),
                (
                    "أجلت نقطة الملعب إلى الدورة المقبلة؛ يجب تحيين الكلفة قبل الاجتماع مع الوزارة المكلفة بالرياضة.",
                    "Le point du stade est reporté à la prochaine session ; actualiser le coût avant la réunion avec le ministère chargé des sports.",
                    "The stadium item is postponed to the next session; update the cost before meeting the sports ministry.",
                ),
                {"public": False},
            ),
        ],
        "indicators": [
            {
                "name": ("مقاعد المدرجات", "Places en tribune", "Stand seats"),
                "unit": ("مقعد", "places", "seats"),
                "periods": [(date(2027, 4, 1), date(2029, 6, 30), 1500)],
                "baseline": 0,
                "year": 2026,
            },
            {
                "name": (
                    "المسجلون في مدرسة كرة القدم",
                    "Inscrits à l'école de football",
                    "Football school enrolment",
                ),
                "unit": ("لاعب", "jeunes", "young players"),
                "periods": [(date(2029, 9, 1), date(2030, 6, 30), (80, 220))],
                "level": ResultType.OUTCOME,
                "baseline": 124,
                "year": 2024,
                "by": Disaggregation.SEX,
            },
        ],
    },
]
