"""The demo's exchange missions (taawun.knowledge): the lifeguards' exchange with Tarifa under
the twinning (2022, reported, the beach-safety practice learned on it), a study visit planned to
Lacanau on dune erosion under the 2026 twinning, and an incoming peer exchange with Taghazout on
beach cleanliness, done in October and its report late. The delegation's names are demo names:
private, the portal counts them by sex."""

from datetime import date

from .names import LACANAU, TAGHAZOUT, TARIFA

MISSIONS = [
    {
        "kind": "twinning_visit",
        "direction": "outgoing",
        "title_ar": "تبادل منقذي الشواطئ مع بلدية طريفة",
        "title_fr": "Échange de sauveteurs des plages avec la municipalité de Tarifa",
        "agreement": "CONV-2022-011",
        "counterpart": TARIFA,
        "starts_on": date(2022, 5, 16),
        "ends_on": date(2022, 5, 27),
        "places_ar": "طريفة، إسبانيا",
        "places_fr": "Tarifa, Espagne",
        "objectives_ar": "تكوين ستة منقذين موسميين في الإنقاذ البحري والإسعافات الأولية.",
        "objectives_fr": "Former six sauveteurs saisonniers au sauvetage en mer et aux premiers secours.",
        "approval": "Ordre de mission n° 21/2022 du 9 mai 2022",
        "is_public": True,
        "members": [
            ("Hicham Aït Brahim", "Chef de délégation", "Conseil communal", "male", "elected"),
            ("Nadia Ouchen", "Sauveteuse", "Commune d'Aourir", "female", "staff"),
            ("Youssef Idbouhou", "Sauveteur", "Commune d'Aourir", "male", "staff"),
            ("Samira Boufous", "Sauveteuse", "Association Imourane", "female", "association"),
        ],
        "costs": [("travel", 18_400, TARIFA), ("lodging", 22_000, TARIFA)],
        "report": (
            "تكوّن المنقذون الستة وحصلوا على شهادة الإنقاذ، واستقبلت تامراغت فريقا من طريفة في يوليوز.",
            "Les six sauveteurs ont été formés et certifiés ; Tamraght a accueilli une équipe de Tarifa en juillet.",
            date(2022, 6, 20),
        ),
        "learned": "La sécurité des plages : l'échange de sauveteurs avec Tarifa",
        "state": "closed",
    },
    {
        "kind": "peer_exchange",
        "direction": "incoming",
        "title_ar": "استقبال وفد جماعة تغازوت حول تجربة الشواطئ النظيفة",
        "title_fr": "Accueil d'une délégation de Taghazout sur l'expérience des plages propres",
        "counterpart": TAGHAZOUT,
        "starts_on": date(2025, 10, 14),
        "ends_on": date(2025, 10, 15),
        "places_ar": "تامراغت وإموران",
        "places_fr": "Tamraght et Imourane",
        "objectives_ar": "تقاسم طريقة تنظيم الحملات الصيفية مع الجمعيات وحاويات الفرز.",
        "objectives_fr": "Partager l'organisation des campagnes d'été avec les associations et les bacs de tri.",
        "approval": "Décision du président n° 88/2025",
        "is_public": True,
        "members": [
            (
                "Rachida Amellal",
                "Élue chargée de l'environnement",
                "Commune de Taghazout",
                "female",
                "partner",
            ),
            ("Omar Lahlou", "Technicien", "Commune de Taghazout", "male", "partner"),
            ("Karim Bakkali", "Animateur", "Association Imourane", "male", "association"),
        ],
        "costs": [("other", 3_500, None)],
        "state": "done",
    },
    {
        "kind": "study_visit",
        "direction": "outgoing",
        "title_ar": "زيارة دراسية إلى لاكانو حول تدبير الكثبان الرملية وتآكل الساحل",
        "title_fr": "Visite d'étude à Lacanau sur la gestion des dunes et l'érosion côtière",
        "agreement": "CONV-2026-020",
        "counterpart": LACANAU,
        "starts_on": date(2027, 4, 12),
        "ends_on": date(2027, 4, 16),
        "places_ar": "لاكانو، فرنسا",
        "places_fr": "Lacanau, France",
        "objectives_ar": "الاطلاع على خطة التكيف مع تراجع الساحل وعلى تدبير الكثبان.",
        "objectives_fr": "Découvrir la stratégie d'adaptation au recul du trait de côte et la gestion des dunes.",
        "members": [
            ("Fatima Zahra Amrani", "Cheffe de délégation", "Commune d'Aourir", "female", "staff"),
            ("Ahmed Oubella", "Ingénieur", "Commune d'Aourir", "male", "staff"),
        ],
        "costs": [("travel", 16_000, LACANAU), ("interpretation", 4_000, None)],
        "state": "planned",
    },
]
