# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""The commune's calls for projects (issue 14, item 9): the 2025 call for the associations of
Aourir and Tamraght, from its publication to its results, its six grant conventions and their
reports, and the call open on the day the demo is loaded, with its first applications.

Content is data, not interface text: no gettext here. The calls, the projects, their budgets,
scores, decision numbers and payments are illustrative; the associations and cooperatives are
the demo's (taawun.demo.data.partners.society). A project is written in one language (Arabic or
French), as associations write them; the calls are in Arabic and French.

- REPRESENTATIVES: who applies for each organisation: `assoc-tamraght` signs in with the demo
  password (taawun.demo.data.users); the others are accounts made for the story, with no
  password (username, first and last name), and the title they sign conventions with;
- FOUNDED: the day each organisation got its definitive receipt (illustrative);
- a call: its rules (domains by code, PAC axes by number, localities by slug; amounts in MAD;
  moments in Morocco's time: "published", "opens_at", "closes_at" and, for a past call,
  "closed", "review", "reviewed" (the first day the reviewers submitted), "results");
  the conventions' common steps ("council": day and votes; "sent_on": sent for signatures);
- an application: applicant (French name), title, summary, locality, domain (of its
  convention), beneficiaries (women, men, girls, boys), dates, budget lines (label, asked of the
  commune, own money, own in kind, other funders), drafted and submitted moments (None: still a
  draft), "documents" (how many of the call's required documents are joined; all by default),
  "screening" (None: eligible; else the reasons), "reviews" {reviewer: points on the seven
  scored criteria}, "conflicts" {reviewer: how they are tied}, the officer's comment, the
  decision (("selected", amount), "reserve" or "not_selected") and, when selected, its
  convention (English title, decision number, the association's approval, the signatures, the
  first tranche paid: (day, payment order)) and its reports (settings.GRANT_REPORTS): the day
  they were filed, the final report's narrative, the financial report's statement and expenses,
  the day the commune decided — accepted, or "changes" asked on the final report — and the second
  tranche, paid once the final report is accepted.

Dates of the open call depend on the day of loading (taawun.demo.data.relative): a moment is
(Days(n), "HH:MM"), the council's deliberation Session(n).
"""

from datetime import date, datetime

from .coordination import SELECTION_COMMITTEE
from .grant_applications import APPLICATIONS_2025
from .names import (
    AOURIR_ASSOCIATION,
    BANANA_COOPERATIVE,
    ENVIRONMENT_ASSOCIATION,
    FOOTBALL_CLUB,
    HERITAGE_ASSOCIATION,
    PARENTS_ASSOCIATION,
    TAMRAGHT_ASSOCIATION,
    TANMIRT,
)
from .relative import NEXT_YEAR, Days, Session

ILLUSTRATIVE = "Illustrative: this grant convention, its amounts, dates and decision numbers are invented for the demo; it follows the award of application {reference} of the call for projects {call} (see the call and its applications)."

# (username, first name, last name, (signs as: Arabic, French))
REPRESENTATIVES = {
    TAMRAGHT_ASSOCIATION: (
        "assoc-tamraght",
        "Lahcen",
        "Ait Baha",
        ("رئيس الجمعية", "Président de l'association"),
    ),
    AOURIR_ASSOCIATION: (
        "rep-aourir-solidarite",
        "Mbarek",
        "Oumouloud",
        ("رئيس الجمعية", "Président de l'association"),
    ),
    FOOTBALL_CLUB: (
        "rep-football-tamraght",
        "Abdessamad",
        "Oubrahim",
        ("رئيس الجمعية", "Président de l'association"),
    ),
    ENVIRONMENT_ASSOCIATION: (
        "rep-imourane",
        "Hafsa",
        "Elkhalfi",
        ("رئيسة الجمعية", "Présidente de l'association"),
    ),
    HERITAGE_ASSOCIATION: (
        "rep-asays",
        "Brahim",
        "Azenkoud",
        ("رئيس الجمعية", "Président de l'association"),
    ),
    PARENTS_ASSOCIATION: (
        "rep-parents-aourir",
        "Zahra",
        "Ouaaziz",
        ("رئيسة الجمعية", "Présidente de l'association"),
    ),
    TANMIRT: (
        "rep-tanmirt",
        "Aicha",
        "Id Belkacem",
        ("رئيسة التعاونية", "Présidente de la coopérative"),
    ),
    BANANA_COOPERATIVE: (
        "rep-coop-banane",
        "Ali",
        "Ouhmad",
        ("رئيس التعاونية", "Président de la coopérative"),
    ),
}

FOUNDED = {
    TAMRAGHT_ASSOCIATION: date(2009, 5, 12),
    AOURIR_ASSOCIATION: date(2011, 11, 3),
    FOOTBALL_CLUB: date(2004, 9, 20),
    ENVIRONMENT_ASSOCIATION: date(2016, 6, 8),
    HERITAGE_ASSOCIATION: date(2013, 2, 25),
    PARENTS_ASSOCIATION: date(2018, 10, 1),
    TANMIRT: date(2014, 4, 17),
    BANANA_COOPERATIVE: date(2012, 1, 9),
}

# The axis of the action programme (PAC) of a grant convention, from its project's domain.
DOMAIN_AXES = {
    "sport": 2,
    "education": 2,
    "coast-environment": 3,
    "waste": 3,
    "culture-heritage": 5,
}

LEGAL_BASIS_2025 = "Délibération du conseil communal n° 8/2025 du 4 février 2025 (session ordinaire de février 2025) ; circulaire du ministre de l'Intérieur n° D2185 de 2018 relative au soutien des associations par les collectivités territoriales"

CALL_2025 = {
    "title_ar": "طلب مشاريع الجمعيات لسنة 2025 – أورير وتامراغت",
    "title_fr": "Appel à projets associatifs 2025 – Aourir et Tamraght",
    "title_en": "2025 call for associations' projects – Aourir and Tamraght",
    "description_ar": (
        "تدعم جماعة أورير مشاريع الجمعيات والتعاونيات العاملة بترابها في أربعة مجالات: الرياضة، والبيئة ونظافة الشواطئ، والثقافة والتراث، ودعم التلاميذ.\n\n"
        "يتراوح الدعم بين 20.000 و150.000 درهم لكل مشروع، في حدود غلاف إجمالي قدره 600.000 درهم. تساهم الجمعية بما لا يقل عن 20% من ميزانية المشروع (نقدا أو عينا)، ولا تتجاوز مساهمة الجماعة 80% منها. يشترط أن تكون الجمعية مؤسسة منذ سنتين على الأقل.\n\n"
        "تودع الطلبات عبر المنصة، مرفقة بالوثائق المطلوبة، قبل 15 أبريل 2025 على الساعة الرابعة بعد الزوال بتوقيت المغرب. تدرس لجنة الانتقاء الطلبات المقبولة وفق شبكة التنقيط المنشورة، وتنشر النتائج على هذه الصفحة."
    ),
    "description_fr": (
        "La commune d'Aourir soutient les projets des associations et coopératives actives sur son territoire dans quatre domaines : le sport, l'environnement et la propreté des plages, la culture et le patrimoine, le soutien aux élèves.\n\n"
        "Chaque projet peut recevoir de 20 000 à 150 000 MAD, dans une enveloppe totale de 600 000 MAD. L'association apporte au moins 20 % du budget du projet (en argent ou en nature) ; la commune en paie au plus 80 %. L'association doit être constituée depuis deux ans au moins.\n\n"
        "Les dossiers se déposent sur la plateforme, avec les pièces demandées, avant le 15 avril 2025 à 16 h, heure du Maroc. Le comité de sélection note les dossiers recevables selon la grille publiée ; les résultats sont publiés sur cette page."
    ),
    "description_en": (
        "The commune of Aourir supports projects of the associations and cooperatives active in its territory in four fields: sport, the environment and clean beaches, culture and heritage, and support to pupils. "
        "Grants of 20,000 to 150,000 MAD within an envelope of 600,000 MAD; at least 20% own contribution, at most 80% paid by the commune; associations constituted for two years at least. Deadline: 15 April 2025, 4 pm Morocco time."
    ),
    "legal_basis": LEGAL_BASIS_2025,
    "domains": ["sport", "coast-environment", "waste", "culture-heritage", "education"],
    "pac_axes": [2, 3, 5],
    "localities": ["aourir-centre", "tamraght", "imi-miki", "assersif", "tamzait", "azioun"],
    "envelope": 600_000,
    "min_grant": 20_000,
    "max_grant": 150_000,
    "min_own_share": 20,
    "max_funding_rate": 80,
    "applicant_kinds": ["association", "cooperative"],
    "min_years": 2,
    "published": datetime(2025, 2, 24, 10, 0),
    "opens_at": datetime(2025, 3, 3, 9, 0),
    "closes_at": datetime(2025, 4, 15, 16, 0),
    "closed": datetime(2025, 4, 15, 16, 0),
    "review": datetime(2025, 4, 18, 9, 30),
    "reviewed": datetime(2025, 4, 22, 10, 0),
    "results": datetime(2025, 4, 30, 12, 0),
    "reviewers": ["officer", "finance", "council"],
    "selection_committee": SELECTION_COMMITTEE["name_fr"],
    "council": (date(2025, 5, 6), 29, 0, 1),
    "sent_on": date(2025, 5, 26),
    # In the order they were submitted: the receipts DS-2025-0001 to DS-2025-0012.
    "applications": APPLICATIONS_2025,
}

NEXT_CALL = {
    "year": NEXT_YEAR,
    "title_ar": "طلب مشاريع {year} – الشباب والرياضة",
    "title_fr": "Appel à projets {year} – jeunesse et sport",
    "title_en": "{year} call for projects – youth and sport",
    "description_ar": (
        "تدعم جماعة أورير مشاريع الجمعيات الموجهة إلى شباب الجماعة في مجالي الرياضة والتربية: مدارس رياضية، ودوريات الأحياء، والرياضة النسوية، والأنشطة التربوية الموازية.\n\n"
        "يتراوح الدعم بين 15.000 و100.000 درهم لكل مشروع، في حدود غلاف قدره 400.000 درهم. تساهم الجمعية بما لا يقل عن 20% من الميزانية، ولا تتجاوز مساهمة الجماعة 80% منها. يشترط أن تكون الجمعية مؤسسة منذ سنتين على الأقل."
    ),
    "description_fr": (
        "La commune d'Aourir soutient les projets des associations pour les jeunes de la commune, en sport et en éducation : écoles de sport, tournois de quartier, sport féminin, activités éducatives parascolaires.\n\n"
        "Chaque projet peut recevoir de 15 000 à 100 000 MAD, dans une enveloppe de 400 000 MAD. L'association apporte au moins 20 % du budget ; la commune en paie au plus 80 %. L'association doit être constituée depuis deux ans au moins."
    ),
    "description_en": "Youth and sport projects of the commune's associations: grants of 15,000 to 100,000 MAD within an envelope of 400,000 MAD; at least 20% own contribution, at most 80% paid by the commune; associations constituted for two years at least.",
    # (text, the council's session): the text names the decision's number, day and session.
    "legal_basis": (
        "Délibération du conseil communal n° 49/{session_year} du {day} ({session}) ; circulaire du ministre de l'Intérieur n° D2185 de 2018 relative au soutien des associations par les collectivités territoriales",
        Session(0),
    ),
    "domains": ["sport", "education"],
    "pac_axes": [2],
    "localities": [],  # the whole commune
    "envelope": 400_000,
    "min_grant": 15_000,
    "max_grant": 100_000,
    "min_own_share": 20,
    "max_funding_rate": 80,
    "applicant_kinds": ["association"],
    "min_years": 2,
    "published": (Days(-6), "10:00"),
    "opens_at": (Days(-4), "09:00"),
    "closes_at": (Days(30), "16:00"),
    "applications": [
        {
            "applicant": FOOTBALL_CLUB,
            "title": "École de football des moins de 15 ans : filles et garçons de Tamraght",
            "summary": "La suite de l'école de football soutenue en 2025 : 180 enfants de moins de 15 ans, dont 60 filles, encadrés toute l'année par cinq entraîneurs, avec un tournoi inter-douars à la fin de la saison.",
            "locality": "tamraght",
            "domain": "sport",
            "beneficiaries": (0, 0, 60, 120),
            "dates": (Days(75), Days(330)),
            "budget": [
                ("Encadrement : cinq entraîneurs diplômés", 60_000, 10_000, 20_000, 0),
                ("Équipements et licences", 25_000, 8_000, 0, 0),
                ("Tournoi inter-douars de fin de saison", 10_000, 0, 0, 12_000),
            ],
            "drafted": (Days(-3), "18:30"),
            "submitted": (Days(-1), "11:15"),
        },
        {
            "applicant": TAMRAGHT_ASSOCIATION,
            "title": "دوري الأحياء لكرة القدم المصغرة بتامراغت",
            "summary": "دوري لكرة القدم المصغرة بين فرق أحياء تامراغت لفائدة الشباب من 14 إلى 20 سنة، في الملعب القريب وخلال عطلة الربيع، مع فريق للفتيات في كل حي.",
            "locality": "tamraght",
            "domain": "sport",
            "beneficiaries": (0, 0, 40, 120),
            "dates": (Days(100), Days(140)),
            "budget": [
                ("التحكيم والجوائز", 18_000, 3_000, 0, 0),
                ("أقمصة الفرق والكرات", 12_000, 0, 6_000, 0),
            ],
            "documents": 2,
            "drafted": (Days(-2), "21:00"),
            "submitted": None,
        },
        {
            "applicant": AOURIR_ASSOCIATION,
            "title": "Randonnées et sport de plein air pour les jeunes filles d'Aourir",
            "summary": "Des sorties mensuelles de randonnée dans l'arrière-pays d'Aourir et des séances de sport de plein air pour 60 jeunes filles de 12 à 18 ans, encadrées par des animatrices de l'association.",
            "locality": "aourir-centre",
            "domain": "sport",
            "beneficiaries": (0, 0, 60, 0),
            "dates": (Days(90), Days(270)),
            "budget": [],
            "documents": 0,
            "declared": False,
            "drafted": (Days(-1), "19:40"),
            "submitted": None,
        },
    ],
}

CALLS = [CALL_2025, NEXT_CALL]
