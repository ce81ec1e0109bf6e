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
    "council": (date(2025, 5, 6), 29, 0, 1),
    "sent_on": date(2025, 5, 26),
    # In the order they were submitted: the receipts DS-2025-0001 to DS-2025-0012.
    "applications": [
        {
            "applicant": AOURIR_ASSOCIATION,
            "title": "Sport et santé pour les femmes d'Aourir",
            "summary": "Trois séances de sport par semaine, encadrées par des animatrices diplômées, pour 120 femmes d'Aourir centre qui n'ont pas accès à une salle ; un bilan de santé au début et à la fin, et une caravane médicale de clôture avec les médecins bénévoles de l'association.",
            "locality": "aourir-centre",
            "domain": "sport",
            "beneficiaries": (120, 0, 30, 0),
            "dates": (date(2025, 7, 1), date(2025, 10, 31)),
            "budget": [
                (
                    "Animatrices sportives diplômées (trois séances par semaine)",
                    36_000,
                    6_000,
                    0,
                    0,
                ),
                (
                    "Bilans de santé et caravane médicale de clôture (dont la Délégation de la santé)",
                    20_000,
                    0,
                    12_000,
                    8_000,
                ),
                ("Tenues et petit matériel de sport", 14_000, 2_000, 0, 0),
            ],
            "drafted": datetime(2025, 3, 5, 18, 20),
            "submitted": datetime(2025, 3, 12, 11, 5),
            "reviews": {
                "officer": [15, 12, 14, 13, 10, 8, 3],
                "finance": [14, 13, 14, 10, 12, 7, 4],
                "council": [17, 12, 16, 11, 11, 7, 3],
            },
            "comment": "Public bien ciblé ; le partenariat avec la Délégation de la santé reste à confirmer par écrit.",
            "decision": ("selected", 60_000),
            "convention": {
                "title_en": "Grant: sport and health for the women of Aourir",
                "number": 22,
                "approved": date(2025, 5, 19),
                "signed": date(2025, 6, 18),
                "paid": (date(2025, 7, 4), "Mandat n° 402/2025"),
                "reports": {
                    "filed": date(2026, 1, 26),
                    "final": "De juillet à octobre, 104 femmes ont suivi les séances de sport, trois fois par semaine ; la caravane médicale de clôture a examiné 131 femmes.",
                    "statement": "État des dépenses du projet, avec les factures et les reçus.",
                    "expenses": 94_600,
                    "decided": date(2026, 2, 10),
                    "changes": "Joindre les feuilles de présence des séances et le compte rendu de la caravane médicale signé par le médecin.",
                },
            },
        },
        {
            "applicant": ENVIRONMENT_ASSOCIATION,
            "title": "Plages propres à Imourane et Banana Beach – été 2025",
            "summary": "Vingt jeunes éco-gardes de Tamraght, recrutés pour juillet et août, ramassent les déchets des plages d'Imourane et de Banana Beach chaque matin, installent des bacs de tri à l'entrée des plages et sensibilisent les estivants ; un comptage des déchets est publié chaque semaine.",
            "locality": "tamraght",
            "domain": "coast-environment",
            "beneficiaries": (35, 40, 60, 65),
            "dates": (date(2025, 7, 1), date(2025, 9, 30)),
            "budget": [
                ("Matériel de collecte : gants, sacs, pinces et bacs de tri", 45_000, 5_000, 0, 0),
                (
                    "Indemnités des 20 éco-gardes (juillet–août), complétées par Tamraght Surf Camp",
                    60_000,
                    0,
                    0,
                    15_000,
                ),
                (
                    "Sensibilisation des estivants : panneaux, supports et bénévoles",
                    15_000,
                    5_000,
                    25_000,
                    0,
                ),
            ],
            "drafted": datetime(2025, 3, 10, 19, 0),
            "submitted": datetime(2025, 3, 18, 10, 30),
            "reviews": {
                "officer": [16, 14, 18, 15, 13, 7, 5],
                "finance": [17, 12, 16, 12, 14, 8, 5],
                "council": [20, 13, 18, 14, 12, 9, 4],
            },
            "comment": "Projet très pertinent pour la saison estivale ; l'association a rendu ses rapports des nettoyages de 2024.",
            "decision": ("selected", 120_000),
            "convention": {
                "title_en": "Grant: clean beaches at Imourane and Banana Beach, summer 2025",
                "number": 17,
                "approved": date(2025, 5, 14),
                "signed": date(2025, 6, 10),
                "paid": (date(2025, 6, 26), "Mandat n° 381/2025"),
                "reports": {
                    "filed": date(2025, 12, 15),
                    "final": "Du 1er juillet au 30 septembre, les vingt éco-gardes ont nettoyé les plages d'Imourane et de Banana Beach chaque matin : 14,2 tonnes de déchets ramassées, dont 3,1 tonnes triées pour le recyclage, et 36 séances de sensibilisation des estivants.",
                    "statement": "État des dépenses du projet, avec les factures et les reçus.",
                    "expenses": 168_400,
                    "decided": date(2026, 1, 6),
                    "paid": (date(2026, 1, 22), "Mandat n° 37/2026"),
                },
            },
        },
        {
            "applicant": TAMRAGHT_ASSOCIATION,
            "title": "دروس الدعم المدرسي لتلاميذ تامراغت",
            "summary": "تنظم الجمعية دروسا للدعم في الرياضيات والفرنسية والعربية لفائدة 140 تلميذا وتلميذة من المستويين الابتدائي والإعدادي بتامراغت، بمقر الجمعية، يؤطرها ستة أساتذة، مع توزيع اللوازم المدرسية على أبناء الأسر المعوزة.",
            "locality": "tamraght",
            "domain": "education",
            "beneficiaries": (0, 0, 75, 65),
            "dates": (date(2025, 10, 1), date(2025, 12, 20)),
            "budget": [
                ("تعويضات ستة أساتذة للدعم (أكتوبر–دجنبر)", 54_000, 6_000, 0, 0),
                (
                    "لوازم مدرسية وكتب للتلاميذ (بمساهمة مؤسسة البنك الشعبي)",
                    20_000,
                    4_000,
                    0,
                    10_000,
                ),
                ("نقل تلاميذ الدواوير البعيدة", 6_000, 0, 0, 0),
                ("قاعة الجمعية والمتطوعون", 0, 0, 15_000, 0),
            ],
            "drafted": datetime(2025, 3, 19, 21, 40),
            "submitted": datetime(2025, 3, 24, 16, 10),
            "reviews": {
                "officer": [17, 13, 15, 11, 13, 8, 3],
                "finance": [16, 13, 14, 11, 12, 9, 3],
                "council": [18, 11, 17, 13, 13, 7, 3],
            },
            "comment": "طلب واضح ومنسجم مع برنامج عمل الجماعة؛ يستحسن تتبع نتائج التلاميذ في آخر الدورة.",
            "decision": ("selected", 80_000),
            "convention": {
                "title_en": "Grant: after-school classes for the pupils of Tamraght",
                "number": 20,
                "approved": date(2025, 5, 16),
                "signed": date(2025, 6, 13),
                "paid": (date(2025, 6, 30), "Mandat n° 389/2025"),
                "reports": {
                    "filed": date(2026, 3, 10),
                    "final": "استفاد 146 تلميذا وتلميذة من دروس الدعم من أكتوبر إلى دجنبر، بمعدل ست ساعات في الأسبوع، ووزعت اللوازم المدرسية على 60 تلميذا من الأسر المعوزة.",
                    "statement": "بيان مصاريف المشروع، مرفق بالفواتير والتوصيلات.",
                    "expenses": 114_200,
                    "decided": date(2026, 3, 24),
                    "paid": (date(2026, 4, 9), "Mandat n° 171/2026"),
                },
            },
        },
        {
            "applicant": TANMIRT,
            "title": "مسار شجرة الأركان: تراث نساء تامزايت ومهاراتهن",
            "summary": "تهيئة مسار للتعريف بشجرة الأركان ومراحل استخلاص الزيت بدوار تامزايت، بلوحات تعريفية بالعربية والأمازيغية والفرنسية، وأيام مفتوحة لتلاميذ مدارس الجماعة تؤطرها نساء التعاونية.",
            "locality": "tamzait",
            "domain": "culture-heritage",
            "beneficiaries": (45, 10, 90, 85),
            "dates": (date(2025, 9, 15), date(2025, 12, 15)),
            "budget": [
                ("تهيئة المسار ولوحات تعريفية بثلاث لغات", 25_000, 4_000, 0, 0),
                (
                    "أيام مفتوحة لفائدة المدارس (بدعم من وكالة التنمية الاجتماعية)",
                    20_000,
                    0,
                    10_000,
                    5_000,
                ),
            ],
            "drafted": datetime(2025, 3, 20, 10, 0),
            "submitted": datetime(2025, 3, 27, 9, 45),
            "reviews": {
                "officer": [15, 10, 15, 11, 8, 8, 3],
                "finance": [12, 11, 14, 10, 10, 6, 5],
                "council": [14, 11, 13, 11, 12, 8, 2],
            },
            "comment": "Bonne idée patrimoniale ; l'entretien du sentier après le projet n'est pas prévu.",
            "decision": "reserve",
        },
        {
            "applicant": HERITAGE_ASSOCIATION,
            "title": "Festival d'été Asays : ahwach et patrimoine amazigh à Aourir",
            "summary": "Trois soirées d'ahwach sur la place d'Aourir centre avec les troupes des douars de la commune, précédées d'ateliers de transmission du chant et du tissage pour les jeunes ; entrée libre, une soirée réservée aux troupes de femmes.",
            "locality": "aourir-centre",
            "domain": "culture-heritage",
            "beneficiaries": (600, 550, 300, 300),
            "dates": (date(2025, 7, 15), date(2025, 8, 31)),
            "budget": [
                ("Cachets et déplacement des troupes d'ahwach", 50_000, 10_000, 0, 0),
                (
                    "Scène, sonorisation et éclairage (avec le Conseil régional du tourisme)",
                    40_000,
                    0,
                    0,
                    30_000,
                ),
                (
                    "Ateliers de transmission pour les jeunes : chant et tissage",
                    10_000,
                    0,
                    25_000,
                    0,
                ),
            ],
            "drafted": datetime(2025, 3, 25, 17, 30),
            "submitted": datetime(2025, 4, 2, 12, 20),
            "reviews": {
                "officer": [16, 12, 16, 12, 13, 10, 4],
                "finance": [16, 13, 16, 13, 12, 7, 4],
            },
            "conflicts": {
                "council": "Membre du bureau de l'association Asays (trésorière adjointe)"
            },
            "comment": "Festival bien installé ; le cofinancement du Conseil régional du tourisme est acquis.",
            "decision": ("selected", 90_000),
            # The council member of the association's board does not take part in the vote.
            "convention": {
                "title_en": "Grant: the Asays summer festival, ahwach and Amazigh heritage in Aourir",
                "number": 19,
                "votes": (28, 0, 1),
                "approved": date(2025, 5, 15),
                "signed": date(2025, 6, 11),
                "paid": (date(2025, 6, 27), "Mandat n° 384/2025"),
                "reports": {
                    "filed": date(2025, 11, 20),
                    "final": "Trois soirées d'ahwach les 2, 9 et 16 août sur la place d'Aourir centre, avec onze troupes des douars dont trois troupes de femmes, devant 4 000 spectateurs environ ; 45 jeunes ont suivi les ateliers de chant et de tissage.",
                    "statement": "État des dépenses du projet, avec les factures et les reçus.",
                    "expenses": 163_900,
                    "decided": date(2025, 12, 2),
                    "paid": (date(2025, 12, 18), "Mandat n° 748/2025"),
                },
            },
        },
        {
            "applicant": PARENTS_ASSOCIATION,
            "title": "Bibliothèque de douar et soutien scolaire à Imi Miki",
            "summary": "Une salle de lecture dans le local de l'association à Imi Miki, ouverte aux élèves après la classe et le samedi, avec un fonds de livres en arabe, en amazighe et en français et deux animatrices pour l'aide aux devoirs des élèves du primaire.",
            "locality": "imi-miki",
            "domain": "education",
            "beneficiaries": (10, 5, 95, 90),
            "dates": (date(2025, 9, 1), date(2025, 12, 31)),
            "budget": [
                ("Aménagement et mobilier de la salle de lecture", 35_000, 8_000, 0, 0),
                (
                    "Fonds de livres en arabe, amazighe et français (Fondation Banque Populaire)",
                    25_000,
                    0,
                    0,
                    15_000,
                ),
                ("Deux animatrices de lecture et de soutien", 30_000, 0, 20_000, 0),
            ],
            "drafted": datetime(2025, 3, 28, 20, 15),
            "submitted": datetime(2025, 4, 4, 10, 0),
            "reviews": {
                "officer": [15, 14, 16, 11, 11, 7, 4],
                "finance": [14, 11, 16, 13, 11, 8, 3],
                "council": [16, 11, 17, 11, 11, 9, 4],
            },
            "comment": "Besoin réel dans le douar ; le mobilier peut être ramené à 30 000 MAD.",
            "decision": ("selected", 80_000),
            "convention": {
                "title_en": "Grant: a village library and homework help in Imi Miki",
                "number": 21,
                "approved": date(2025, 5, 20),
                "signed": date(2025, 6, 17),
                "paid": (date(2025, 7, 3), "Mandat n° 398/2025"),
                "reports": {
                    "filed": date(2026, 3, 25),
                    "final": "La salle de lecture d'Imi Miki a ouvert le 15 septembre : 178 élèves inscrits, 1 150 livres au fonds et deux séances d'aide aux devoirs chaque jour de classe ; le mobilier a coûté 30 000 MAD, comme convenu.",
                    "statement": "État des dépenses du projet, avec les factures et les reçus.",
                    "expenses": 129_300,
                    "decided": date(2026, 4, 7),
                    "paid": (date(2026, 4, 23), "Mandat n° 189/2026"),
                },
            },
        },
        {
            "applicant": FOOTBALL_CLUB,
            "title": "École de football des jeunes de Tamraght – saison 2025-2026",
            "summary": "Quatre entraîneurs diplômés encadrent 160 enfants et adolescents de Tamraght, dont une section de 40 filles, trois fois par semaine sur le terrain de Tamraght ; équipements, licences et déplacements au championnat régional des jeunes.",
            "locality": "tamraght",
            "domain": "sport",
            "beneficiaries": (0, 0, 40, 120),
            "dates": (date(2025, 9, 1), date(2025, 12, 31)),
            "budget": [
                ("Équipements : ballons, maillots et buts mobiles", 55_000, 10_000, 0, 0),
                (
                    "Encadrement : quatre entraîneurs diplômés (septembre–décembre)",
                    70_000,
                    10_000,
                    25_000,
                    0,
                ),
                (
                    "Transport aux matchs du championnat régional des jeunes (sponsor : École de surf Imourane)",
                    25_000,
                    0,
                    0,
                    20_000,
                ),
            ],
            "drafted": datetime(2025, 4, 1, 19, 45),
            "submitted": datetime(2025, 4, 8, 17, 30),
            "reviews": {
                "officer": [17, 12, 17, 12, 13, 10, 4],
                "finance": [15, 13, 18, 12, 13, 7, 4],
                "council": [18, 12, 17, 12, 14, 9, 4],
            },
            "comment": "Très bon projet ; montant ramené à 130 000 MAD, le poste équipements étant surévalué.",
            "decision": ("selected", 130_000),
            "convention": {
                "title_en": "Grant: the Tamraght youth football school, 2025-2026 season",
                "number": 18,
                "approved": date(2025, 5, 14),
                "signed": date(2025, 6, 12),
                "paid": (date(2025, 7, 1), "Mandat n° 392/2025"),
                "reports": {
                    "filed": date(2026, 3, 30),
                    "final": "De septembre à décembre, 164 enfants, dont 42 filles, se sont entraînés trois fois par semaine ; les équipes U13 et U15 ont joué le championnat régional des jeunes, où l'équipe U15 a fini troisième.",
                    "statement": "État des dépenses du projet, avec les factures et les reçus.",
                    "expenses": 208_750,
                    "decided": date(2026, 4, 14),
                    "paid": (date(2026, 4, 28), "Mandat n° 196/2026"),
                },
            },
        },
        {
            "applicant": BANANA_COOPERATIVE,
            "title": "Journée de la banane d'Aourir : patrimoine agricole du village",
            "summary": "Une journée de fête dans la vallée des bananeraies : exposition sur l'histoire des cultures d'Aourir, démonstrations et dégustation, stand des producteurs au souk hebdomadaire.",
            "locality": "aourir-centre",
            "domain": "culture-heritage",
            "beneficiaries": (150, 200, 80, 80),
            "dates": (date(2025, 10, 4), date(2025, 10, 5)),
            "budget": [
                ("Stand, chapiteau et animation", 25_000, 5_000, 0, 0),
                ("Exposition sur l'histoire des bananeraies", 15_000, 0, 6_000, 0),
            ],
            "drafted": datetime(2025, 4, 7, 9, 0),
            "submitted": datetime(2025, 4, 9, 11, 0),
            "screening": "الوضعية القانونية للتعاونية غير سليمة: لم تعقد جمعها العام منذ 2022، ولم يجدد مكتبها، وشهادة تقييدها في سجل التعاونيات غير محينة.",
        },
        {
            "applicant": ENVIRONMENT_ASSOCIATION,
            "title": "Tri des déchets et compostage dans le douar d'Assersif",
            "summary": "Des bacs de tri et trois composteurs collectifs pour les familles d'Assersif, des formations au tri pour les familles et pour les élèves de l'école du douar, et un suivi mensuel des quantités compostées.",
            "locality": "assersif",
            "domain": "waste",
            "beneficiaries": (90, 70, 60, 55),
            "dates": (date(2025, 9, 1), date(2025, 11, 30)),
            "budget": [
                ("Bacs de tri et composteurs collectifs", 38_000, 5_000, 0, 0),
                ("Formation des familles et des élèves", 22_000, 0, 12_000, 0),
            ],
            "drafted": datetime(2025, 4, 3, 18, 0),
            "submitted": datetime(2025, 4, 11, 15, 0),
            "reviews": {
                "officer": [13, 11, 14, 11, 11, 8, 4],
                "finance": [14, 11, 13, 10, 10, 7, 5],
                "council": [16, 10, 15, 11, 11, 6, 4],
            },
            "comment": "Utile, mais la collecte des déchets triés par le délégataire n'est pas encore organisée à Assersif.",
            "decision": "reserve",
        },
        {
            "applicant": PARENTS_ASSOCIATION,
            "title": "Carburant et entretien des bus scolaires d'Aourir (année 2025-2026)",
            "summary": "Le carburant, l'entretien et l'assurance des quatre bus qui mènent les élèves des douars aux collèges d'Aourir pendant l'année scolaire 2025-2026.",
            "locality": "aourir-centre",
            "domain": "education",
            "beneficiaries": (0, 0, 110, 105),
            "dates": (date(2025, 9, 1), date(2025, 12, 31)),
            "budget": [
                ("Carburant des quatre bus", 70_000, 15_000, 0, 0),
                ("Entretien et assurance", 30_000, 12_000, 0, 0),
            ],
            "drafted": datetime(2025, 4, 10, 9, 30),
            "submitted": datetime(2025, 4, 14, 10, 15),
            "screening": "Double financement : le carburant et l'entretien des bus scolaires sont déjà couverts par la convention de transport scolaire signée avec la commune ; l'appel ne finance pas les charges d'une convention en cours.",
        },
        {
            "applicant": TAMRAGHT_ASSOCIATION,
            "title": "مهرجان تراث تامراغت",
            "summary": "يومان للاحتفاء بتراث تامراغت: عروض لفرق أحواش، ومعرض للصور القديمة للقرية والبحارة، وأروقة للحرفيين المحليين.",
            "locality": "tamraght",
            "domain": "culture-heritage",
            "beneficiaries": (250, 250, 100, 100),
            "dates": (date(2025, 9, 20), date(2025, 10, 5)),
            "budget": [
                ("تنشيط فني وفرق أحواش", 18_000, 3_000, 0, 0),
                ("معرض الصور القديمة والحرف", 12_000, 0, 6_000, 0),
            ],
            "drafted": datetime(2025, 4, 12, 22, 0),
            "submitted": datetime(2025, 4, 15, 11, 40),
            "reviews": {
                "officer": [13, 8, 11, 9, 8, 7, 2],
                "finance": [11, 11, 11, 10, 9, 7, 2],
                "council": [11, 9, 12, 9, 8, 4, 4],
            },
            "comment": "Le programme recoupe celui du festival d'été d'Aourir ; l'association a déjà un projet retenu.",
            "decision": "not_selected",
        },
        {
            "applicant": FOOTBALL_CLUB,
            "title": "Tournoi de beach-soccer de l'été à Tamraght",
            "summary": "Un tournoi de beach-soccer de quatre week-ends d'août sur la plage de Tamraght, par équipes de quartier de moins de 18 ans, avec une équipe de filles par quartier.",
            "locality": "tamraght",
            "domain": "sport",
            "beneficiaries": (0, 0, 48, 96),
            "dates": (date(2025, 8, 1), date(2025, 8, 31)),
            "budget": [
                ("Terrain de sable, buts et filets", 20_000, 5_000, 0, 0),
                (
                    "Arbitrage, prix et trophées (sponsor : Tamraght Surf Camp)",
                    18_000,
                    0,
                    0,
                    10_000,
                ),
                ("Sécurité, secourisme et logistique", 12_000, 0, 11_000, 0),
            ],
            "drafted": datetime(2025, 4, 14, 20, 30),
            "submitted": datetime(2025, 4, 15, 15, 42),
            "reviews": {
                "officer": [14, 10, 12, 9, 9, 8, 2],
                "finance": [12, 9, 13, 8, 8, 6, 4],
                "council": [14, 9, 13, 9, 11, 6, 4],
            },
            "comment": "Déposé dix-huit minutes avant la clôture ; la sécurité de la plage n'est pas coordonnée avec la protection civile.",
            "decision": "not_selected",
        },
    ],
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
