# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Demo agreements of the commune of Aourir, loaded by `manage.py load_demo`.

Content is data, not interface text: no gettext here. Sources are in /work/shared/mission/domain.md.
Two agreements follow sourced facts (the Aourir-centre urban upgrading, the INDH school-transport
model); every other agreement, figure, date and decision number is illustrative, and each agreement's
internal notes say which is which.

Each agreement is built by calling the agreements services in the order a commune would take the steps
(`AgreementBuilder`), so the demo walks the same rules as the interface. The services refuse dates in
the future, so the steps of the last weeks are dated relative to the day the demo is loaded: the visas
awaited, the agreement about to expire and the last council session.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal

from taawun.agreements.choices import Stage
from taawun.demo.data import common as demo_data

# --- The commune as a partner: the first party to each of its agreements ---

COMMUNE_PARTNER = {
    "kind": "commune",
    "name_ar": "جماعة أورير",
    "name_fr": "Commune d'Aourir",
    "name_en": "Aourir commune",
    "city": "Aourir",
    "country": "MA",
    "domains": ["governance", "urban-upgrading", "school-transport", "culture-heritage"],
    "description_ar": "جماعة أورير، عمالة أكادير إداوتنان، جهة سوس ماسة: طرف في اتفاقيات الشراكة والتعاون التي تبرمها.",
    "description_fr": "Commune d'Aourir, préfecture d'Agadir-Ida Ou Tanane, région Souss-Massa : partie à ses conventions de partenariat et de coopération.",
    "description_en": "Commune of Aourir, Agadir-Ida Ou Tanane prefecture, Souss-Massa region: a party to its partnership and cooperation agreements.",
    "notes": "The commune itself, as a party to its own agreements (the commune profile points to this record). The contact person is fictional.",
    "contacts": [
        (
            "Fatima Zahra Amrani",
            "Chargée de la coopération et des partenariats",
            "cooperation@aourir.example.ma",
            "+212 6 00 00 00 10",
        ),
    ],
}

# --- Exchange rates: one per quarter, MAD for one unit ---

RATE_SOURCE = "Bank Al-Maghrib (demo values)"
# Plausible reference values rounded for the demo, not the published series.
_QUARTERLY = {
    "EUR": {
        2019: ["10.8650", "10.8720", "10.7690", "10.7440"],
        2020: ["10.7380", "10.9460", "10.9120", "10.9650"],
        2021: ["10.9130", "10.7760", "10.7490", "10.7060"],
        2022: ["10.7950", "10.7350", "10.7020", "10.7150"],
        2023: ["10.9260", "10.9850", "10.9710", "10.9560"],
        2024: ["10.9520", "10.8640", "10.7890", "10.8720"],
        2025: ["10.7420", "10.7960", "10.8930", "10.9480"],
        2026: ["10.8750", "10.8860", "10.9010", "10.8920"],
    },
    "USD": {
        2019: ["9.8120", "9.8560", "9.8930", "9.8750"],
        2020: ["9.8210", "10.1840", "10.0120", "9.8950"],
        2021: ["9.8050", "9.8140", "9.8360", "9.9020"],
        2022: ["9.8870", "10.0650", "10.1630", "10.1980"],
        2023: ["10.1950", "10.0910", "9.9730", "10.1420"],
        2024: ["10.0210", "10.0350", "9.9480", "9.8930"],
        2025: ["10.0860", "9.9140", "9.8310", "9.8120"],
        2026: ["9.8540", "9.8700", "9.8360", "9.8450"],
    },
}
EXCHANGE_RATES = [
    (currency, date(year, 1 + 3 * quarter, 1), Decimal(rate))
    for currency, years in _QUARTERLY.items()
    for year, rates in years.items()
    for quarter, rate in enumerate(rates)
]

# --- Partners, by their demo French name ---

MINISTRY = "Ministère de l'Aménagement du territoire national, de l'Urbanisme, de l'Habitat et de la Politique de la ville"
REGION = "Conseil de la Région Souss-Massa"
PREFECTURAL_COUNCIL = "Conseil préfectoral d'Agadir-Ida Ou Tanane"
AL_OMRANE = "Al Omrane Souss-Massa"
RAMSA = "Régie autonome multi-services d'Agadir"
CRI = "Centre régional d'investissement Souss-Massa"
TAGHAZOUT = "Commune de Taghazout"
TARIFA = "Municipalité de Tarifa"
LACANAU = "Commune de Lacanau"
AFD = "Agence française de développement"
GIZ = "Agence allemande de coopération internationale"
UNESCO = "Bureau de l'UNESCO pour le Maghreb"
SOUK_INVEST = "Souk Aourir Invest SARL"
WASTE_COMPANY = "Souss Propreté et Environnement SARL"
TRANSPORT_COMPANY = "Atlas Souss Transport SARL"
BP_FOUNDATION = "Fondation Banque Populaire pour l'éducation et la culture"
FOOTBALL_CLUB = "Association sportive de football de Tamraght"
ENVIRONMENT_ASSOCIATION = "Association Imourane pour l'environnement et la propreté des plages"
HERITAGE_ASSOCIATION = "Association Asays pour la culture amazighe et le festival d'été"
PARENTS_ASSOCIATION = "Association des parents d'élèves pour le transport scolaire d'Aourir"
TANMIRT = "Coopérative féminine Tanmirt pour l'argan"
UIZ = "Université Ibn Zohr"

PRESIDENT = "Président du conseil communal d'Aourir"
ILLUSTRATIVE = "Illustrative: this agreement, its figures, dates and decision numbers are invented for the demo; the partners are real institutions (see each partner's notes)."
URBAN_UPGRADING = "CONV-2024-007"
FRAMEWORK = "CONV-2022-004"

# --- Council sessions: the first week of February, May and October (domain.md [check]) ---

_MONTHS_FR = {2: "février", 5: "mai", 10: "octobre"}


def first_tuesday(year, month):
    day = date(year, month, 1)
    return day + timedelta(days=(1 - day.weekday()) % 7)


def last_session(on_or_before):
    """The latest ordinary session of the council held on or before the given day."""
    year = on_or_before.year
    while True:
        for month in (10, 5, 2):
            day = first_tuesday(year, month)
            if day <= on_or_before:
                return day
        year -= 1


def session_label(day):
    month = _MONTHS_FR.get(day.month)
    if month is None:
        return f"Session extraordinaire du {day:%d/%m/%Y}"
    article = "d'" if month[0] in "aeiou" else "de "
    return f"Session ordinaire {article}{month} {day.year}"


def council(day, number, votes_for, votes_against=0, abstaining=0):
    return {
        "session": session_label(day),
        "held_on": day,
        "decision_number": f"{number}/{day.year}",
        "votes_for": votes_for,
        "votes_against": votes_against,
        "votes_abstaining": abstaining,
    }


# --- Obligations ---


def cash(amount, due, fr, ar, en, *, tranche=None, currency="MAD", paid=()):
    """A financial contribution; `due` is a date or a year; `paid` lists (day, MAD or None = the rest, note)."""
    return _obligation("financial", "", amount, due, fr, ar, en, tranche, currency, paid)


def in_kind(kind, amount, due, fr, ar, en, *, currency="MAD", paid=()):
    """A contribution in kind and its estimated value."""
    return _obligation("in_kind", kind, amount, due, fr, ar, en, None, currency, paid)


def _obligation(kind, in_kind_type, amount, due, fr, ar, en, tranche, currency, paid):
    return {
        "kind": kind,
        "in_kind_type": in_kind_type,
        "description_fr": fr,
        "description_ar": ar,
        "description_en": en,
        "amount": Decimal(amount),
        "currency": currency,
        "tranche": tranche,
        "due_date": due if isinstance(due, date) else None,
        "due_year": due if isinstance(due, int) else None,
        "paid": list(paid),
    }


def party(partner, role, representative, *, approval=None, signed=None, obligations=()):
    """A partner's place: `approval` is (body, decision number, day), `signed` is (day, signatory)."""
    return {
        "partner": partner,
        "role": role,
        "representative": representative,
        "approval": approval,
        "signed": signed,
        "obligations": list(obligations),
    }


def commune(role="project_owner", *, signed=None, obligations=()):
    return party(None, role, PRESIDENT, signed=signed, obligations=obligations)


# --- The agreements ---


def agreements(today):
    """The demo agreements, oldest first; steps of the last weeks are dated from `today`."""
    next_year = today.year + 1
    # Two conventions sent for the governor's visa a few days ago: 4 and 13 days are left.
    unesco_sent = today - timedelta(days=16)
    lacanau_sent = today - timedelta(days=7)
    unesco_session = last_session(unesco_sent - timedelta(days=12))
    lacanau_session = last_session(lacanau_sent - timedelta(days=12))
    latest_session = last_session(today)
    return [
        {
            "reference": "CONV-2021-006",
            "kind": "ppp",
            "title_ar": "التدبير المفوض للنقل المدرسي: دائرة أورير – تامراغت – دواوير المنطقة الداخلية",
            "title_fr": "Gestion déléguée du transport scolaire : circuit Aourir – Tamraght – douars de l'arrière-pays",
            "title_en": "Delegated management of school transport: Aourir – Tamraght – hinterland villages route",
            "object_ar": "تؤمن الشركة النقل المدرسي لـ150 تلميذا بثلاث حافلات صغيرة مقابل تعويض سنوي تؤديه الجماعة، لمدة خمس سنوات دراسية.",
            "object_fr": "La société assure le transport scolaire de 150 élèves avec trois minibus, contre une compensation annuelle versée par la commune, pour cinq années scolaires.",
            "object_en": "The company carries 150 pupils to school with three minibuses, against a yearly compensation paid by the commune, for five school years.",
            "domains": ["school-transport"],
            "localities": ["aourir-centre", "tamraght", "asern"],
            "pac_axis": 2,
            "start_date": date(2021, 9, 1),
            "end_date": date(2026, 8, 31),
            "is_public": False,
            "internal_notes": "Not published in the register: the company disputes the final compensation (pre-litigation); to review with the legal adviser before publication. "
            + ILLUSTRATIVE,
            "council": council(date(2021, 5, 4), 19, 26, 2, 1),
            "commune": commune(
                signed=(date(2021, 6, 7), PRESIDENT),
                obligations=[
                    cash(
                        240_000,
                        date(2022, 6, 30),
                        "Compensation annuelle – année scolaire 2021-2022",
                        "التعويض السنوي – الموسم الدراسي 2021-2022",
                        "Yearly compensation – school year 2021-2022",
                        tranche=1,
                        paid=[(date(2022, 6, 28), None, "Mandat n° 412/2022")],
                    ),
                    cash(
                        240_000,
                        date(2023, 6, 30),
                        "Compensation annuelle – année scolaire 2022-2023",
                        "التعويض السنوي – الموسم الدراسي 2022-2023",
                        "Yearly compensation – school year 2022-2023",
                        tranche=2,
                        paid=[(date(2023, 7, 10), None, "Mandat n° 388/2023")],
                    ),
                ],
            ),
            "parties": [
                party(
                    TRANSPORT_COMPANY,
                    "delegated_owner",
                    "Gérant d'Atlas Souss Transport SARL",
                    approval=("Assemblée des associés de la société", "", date(2021, 5, 20)),
                    signed=(date(2021, 6, 7), "Gérant d'Atlas Souss Transport SARL"),
                    obligations=[
                        in_kind(
                            "equipment",
                            900_000,
                            date(2021, 9, 1),
                            "Trois minibus de 30 places affectés au service",
                            "ثلاث حافلات صغيرة من 30 مقعدا مخصصة للخدمة",
                            "Three 30-seat minibuses assigned to the service",
                            paid=[(date(2021, 9, 1), None, "Procès-verbal de mise en service")],
                        ),
                    ],
                ),
            ],
            "close": (
                Stage.TERMINATED,
                date(2023, 8, 31),
                "Résiliation à l'amiable : le service est repris par la commune avec les autobus de l'INDH (CONV-2023-005).",
            ),
            "stage": Stage.TERMINATED,
        },
        {
            "reference": FRAMEWORK,
            "kind": "framework",
            "title_ar": "اتفاقية إطار للشراكة من أجل التنمية المندمجة لجماعة أورير 2022-2027",
            "title_fr": "Convention-cadre de partenariat pour le développement intégré de la commune d'Aourir 2022-2027",
            "title_en": "Framework partnership agreement for the integrated development of Aourir 2022-2027",
            "object_ar": "تحديد إطار الشراكة بين جهة سوس ماسة وجماعة أورير لتمويل وإنجاز مشاريع التأهيل الحضري والطرق والتجهيزات الرياضية، على أن تحدد اتفاقيات خاصة مساهمة كل طرف في كل مشروع.",
            "object_fr": "Fixer le cadre du partenariat entre la Région Souss-Massa et la commune d'Aourir pour financer et réaliser des projets de mise à niveau urbaine, de routes et d'équipements sportifs ; des conventions spécifiques précisent la contribution de chaque partie à chaque projet.",
            "object_en": "Sets the frame of the partnership between the Souss-Massa Region and Aourir to fund and carry out urban-upgrading, road and sports projects; specific agreements set each party's contribution project by project.",
            "domains": ["urban-upgrading", "roads", "sport"],
            "localities": ["aourir-centre", "tamraght"],
            "pac_axis": 1,
            "renewal": "explicit",
            "internal_notes": "Illustrative: no framework agreement between the Region and Aourir is sourced; it groups the specific agreements below it (the Aourir-centre upgrading, the Tamraght stadium, the Tamzait road). Decision numbers and dates are invented.",
            "council": council(date(2022, 2, 1), 7, 29, 0, 2),
            "commune": commune(signed=(date(2022, 4, 18), PRESIDENT)),
            "parties": [
                party(
                    REGION,
                    "funder",
                    "Président du Conseil de la Région Souss-Massa",
                    approval=(
                        "Conseil de la Région Souss-Massa – session ordinaire de mars 2022",
                        "31/2022",
                        date(2022, 3, 7),
                    ),
                    signed=(date(2022, 4, 18), "Président du Conseil de la Région Souss-Massa"),
                ),
            ],
            "stage": Stage.IN_FORCE,
        },
        {
            "reference": "CONV-2022-011",
            "kind": "twinning",
            "title_ar": "اتفاقية توأمة بين جماعة أورير وبلدية طريفة (إسبانيا)",
            "title_fr": "Convention de jumelage entre la commune d'Aourir et la municipalité de Tarifa (Espagne)",
            "title_en": "Twinning agreement between Aourir and Tarifa (Spain)",
            "object_ar": "تبادل الخبرات في السياحة الرياضية (ركوب الأمواج والطائرات الورقية الشراعية) وسلامة الشواطئ وتدبير الساحل، وتبادل المنقذين والمؤطرين الرياضيين والشباب.",
            "object_fr": "Échanges d'expériences sur le tourisme sportif (surf, kitesurf), la sécurité des plages et la gestion du littoral ; échanges de sauveteurs, d'éducateurs sportifs et de jeunes.",
            "object_en": "Exchanges on sports tourism (surfing, kitesurfing), beach safety and coastal management; exchanges of lifeguards, sports instructors and young people.",
            "domains": ["eco-tourism", "sport", "coast-environment"],
            "localities": ["tamraght", "imi-miki"],
            "pac_axis": 4,
            "renewal": "tacit",
            "internal_notes": "Illustrative: no twinning between Aourir and Tarifa is known (see the partner's notes); the exchanges have been dormant since 2024. The visa follows art. 118 of Organic Law 113-14 [check]. Amounts in EUR are valued with the demo rate table.",
            "council": council(date(2021, 10, 5), 38, 28, 0, 3),
            "visa": {"submitted": date(2021, 12, 6), "granted": date(2021, 12, 20)},
            "commune": commune(
                "other",
                signed=(date(2022, 3, 14), PRESIDENT),
                obligations=[
                    cash(
                        150_000,
                        date(2023, 6, 30),
                        "Accueil des délégations et organisation des échanges",
                        "استقبال الوفود وتنظيم التبادلات",
                        "Hosting delegations and organising the exchanges",
                        paid=[(date(2023, 6, 20), None, "Mandat n° 301/2023")],
                    ),
                ],
            ),
            "parties": [
                party(
                    TARIFA,
                    "other",
                    "Alcalde de Tarifa",
                    approval=("Pleno del Ayuntamiento de Tarifa", "", date(2021, 11, 25)),
                    signed=(date(2022, 3, 14), "Alcalde de Tarifa"),
                    obligations=[
                        cash(
                            20_000,
                            date(2023, 6, 30),
                            "Programme d'échange de sauveteurs et d'éducateurs sportifs 2023",
                            "برنامج تبادل المنقذين والمؤطرين الرياضيين 2023",
                            "2023 exchange programme for lifeguards and sports instructors",
                            currency="EUR",
                            paid=[(date(2023, 7, 17), None, "Virement du Ayuntamiento de Tarifa")],
                        ),
                        in_kind(
                            "staff",
                            12_000,
                            date(2024, 6, 30),
                            "Formation de 12 sauveteurs aquatiques par les services de Tarifa",
                            "تكوين 12 منقذا بحريا من طرف مصالح طريفة",
                            "Training of 12 lifeguards by Tarifa's services",
                            currency="EUR",
                            paid=[(date(2024, 6, 28), None, "Attestations de formation")],
                        ),
                    ],
                ),
            ],
            "amendments": [
                {
                    "number": 1,
                    "dated": date(2026, 10, 20),
                    "title_ar": "ملحق رقم 1: برنامج تبادل الشباب 2027",
                    "title_fr": "Avenant n° 1 : programme d'échanges de jeunes 2027",
                    "title_en": "Amendment no. 1: 2027 youth exchange programme",
                    "apply": False,
                },
            ],
            "stage": Stage.IN_FORCE,
        },
        {
            "reference": "CONV-2023-005",
            "kind": "partnership",
            "title_ar": "اتفاقية شراكة لتدبير النقل المدرسي بجماعة أورير",
            "title_fr": "Convention de partenariat pour le transport scolaire dans la commune d'Aourir",
            "title_en": "Partnership agreement for school transport in Aourir",
            "object_ar": "في إطار البرنامج الرابع للمبادرة الوطنية للتنمية البشرية (الرأسمال البشري للأجيال الصاعدة): تقتني المبادرة ست حافلات للنقل المدرسي وتضعها رهن إشارة الجماعة، وتتحمل الجماعة مصاريف الوقود والصيانة والتأمين وتضع السائقين رهن الإشارة، وتتولى جمعية آباء وأولياء التلاميذ الاستغلال اليومي لفائدة تلاميذ الدواوير البعيدة.",
            "object_fr": "Dans le cadre du programme 4 de l'INDH (capital humain des jeunes générations) : l'INDH acquiert six autobus de transport scolaire et les met à la disposition de la commune ; la commune prend en charge le carburant, l'entretien et l'assurance et met les chauffeurs à disposition ; l'association des parents d'élèves assure l'exploitation quotidienne au profit des élèves des douars éloignés.",
            "object_en": "Under INDH programme 4 (human capital of young generations): INDH buys six school buses and hands them to the commune; the commune pays fuel, maintenance and insurance and provides the drivers; the parents' association runs the daily service for pupils from the outlying villages.",
            "domains": ["school-transport", "education"],
            "localities": [
                "asern",
                "azioun",
                "tamzait",
                "oubaha",
                "tissaoudine",
                "tagadirt-oufella",
            ],
            "pac_axis": 2,
            "start_date": date(2023, 9, 1),
            "end_date": date(2026, 8, 31),
            "internal_notes": "Sourced (domain.md [src]): the INDH phase III school-transport model — INDH buys the buses and hands them to the commune, an association or the commune runs them under a convention (one sourced case: 13 buses for 4.6 MDH). Illustrative: this convention, its six buses (2.1 MDH, in line with that case), dates, decision numbers and deliveries.",
            "council": council(date(2023, 5, 2), 27, 30),
            "commune": commune(
                signed=(date(2023, 7, 10), PRESIDENT),
                obligations=[
                    cash(
                        360_000,
                        date(2023, 10, 15),
                        "Carburant, entretien et assurance – année scolaire 2023-2024",
                        "الوقود والصيانة والتأمين – الموسم الدراسي 2023-2024",
                        "Fuel, maintenance and insurance – school year 2023-2024",
                        tranche=1,
                        paid=[(date(2023, 10, 12), None, "Mandat n° 517/2023")],
                    ),
                    cash(
                        380_000,
                        date(2024, 10, 15),
                        "Carburant, entretien et assurance – année scolaire 2024-2025",
                        "الوقود والصيانة والتأمين – الموسم الدراسي 2024-2025",
                        "Fuel, maintenance and insurance – school year 2024-2025",
                        tranche=2,
                        paid=[(date(2024, 10, 21), None, "Mandat n° 498/2024")],
                    ),
                    cash(
                        400_000,
                        date(2025, 10, 15),
                        "Carburant, entretien et assurance – année scolaire 2025-2026",
                        "الوقود والصيانة والتأمين – الموسم الدراسي 2025-2026",
                        "Fuel, maintenance and insurance – school year 2025-2026",
                        tranche=3,
                        paid=[
                            (
                                date(2025, 11, 4),
                                Decimal("250000"),
                                "Premier versement ; le solde attend le virement des crédits",
                            )
                        ],
                    ),
                    in_kind(
                        "staff",
                        864_000,
                        date(2026, 6, 30),
                        "Six chauffeurs mis à disposition (trois années scolaires)",
                        "ستة سائقين رهن الإشارة (ثلاث سنوات دراسية)",
                        "Six drivers provided (three school years)",
                        paid=[
                            (date(2024, 6, 30), Decimal("288000"), "Année scolaire 2023-2024"),
                            (date(2025, 6, 30), Decimal("288000"), "Année scolaire 2024-2025"),
                            (date(2026, 6, 30), Decimal("288000"), "Année scolaire 2025-2026"),
                        ],
                    ),
                ],
            ),
            "parties": [
                party(
                    demo_data.INDH,
                    "funder",
                    "Gouverneur de la préfecture d'Agadir-Ida Ou Tanane, président du comité provincial de développement humain",
                    approval=(
                        "Comité provincial de développement humain d'Agadir-Ida Ou Tanane",
                        "CPDH-14/2023",
                        date(2023, 6, 14),
                    ),
                    signed=(
                        date(2023, 7, 12),
                        "Gouverneur de la préfecture d'Agadir-Ida Ou Tanane",
                    ),
                    obligations=[
                        in_kind(
                            "equipment",
                            2_100_000,
                            date(2023, 9, 1),
                            "Six autobus de transport scolaire de 30 places",
                            "ست حافلات للنقل المدرسي من 30 مقعدا",
                            "Six 30-seat school buses",
                            paid=[
                                (date(2023, 9, 4), None, "Procès-verbal de remise des six autobus")
                            ],
                        ),
                    ],
                ),
                party(
                    PARENTS_ASSOCIATION,
                    "other",
                    "Président de l'association des parents d'élèves",
                    approval=("Assemblée générale de l'association", "", date(2023, 6, 20)),
                    signed=(date(2023, 7, 12), "Président de l'association des parents d'élèves"),
                    obligations=[
                        in_kind(
                            "staff",
                            162_000,
                            date(2026, 6, 30),
                            "Accompagnatrices à bord et gestion des inscriptions (trois années scolaires)",
                            "مرافقات على متن الحافلات وتدبير التسجيلات (ثلاث سنوات دراسية)",
                            "Escorts on board and enrolment management (three school years)",
                            paid=[
                                (date(2024, 7, 5), Decimal("54000"), "Année scolaire 2023-2024"),
                                (date(2025, 7, 4), Decimal("54000"), "Année scolaire 2024-2025"),
                                (date(2026, 7, 3), Decimal("54000"), "Année scolaire 2025-2026"),
                            ],
                        ),
                    ],
                ),
            ],
            "amendments": [
                {
                    "number": 1,
                    "dated": date(2026, 5, 18),
                    "title_ar": "ملحق رقم 1: تمديد الاتفاقية لموسم دراسي إضافي (2026-2027)",
                    "title_fr": "Avenant n° 1 : prolongation d'une année scolaire (2026-2027)",
                    "title_en": "Amendment no. 1: extension by one school year (2026-2027)",
                    "council_date": date(2026, 5, 5),
                    "council_decision_number": "29/2026",
                    "new_end_date": date(2027, 8, 31),
                    "obligations": [
                        (
                            None,
                            cash(
                                420_000,
                                date(2026, 10, 15),
                                "Carburant, entretien et assurance – année scolaire 2026-2027",
                                "الوقود والصيانة والتأمين – الموسم الدراسي 2026-2027",
                                "Fuel, maintenance and insurance – school year 2026-2027",
                                tranche=4,
                            ),
                        ),
                    ],
                    "apply": True,
                },
            ],
            "stage": Stage.IN_FORCE,
        },
        {
            "reference": "CONV-2023-009",
            "kind": "grant",
            "title_ar": "اتفاقية دعم الجمعية الرياضية لكرة القدم بتامراغت – موسم 2023",
            "title_fr": "Convention de subvention à l'Association sportive de football de Tamraght – saison 2023",
            "title_en": "Grant to the Tamraght Football Sports Association – 2023 season",
            "object_ar": "دعم مدرسة كرة القدم (120 طفلا وشابا من 8 إلى 17 سنة)، والمشاركة في البطولة الجهوية للهواة، وصيانة ملعب تامراغت.",
            "object_fr": "Soutien à l'école de football (120 jeunes de 8 à 17 ans), à la participation au championnat régional amateur et à l'entretien du terrain de Tamraght.",
            "object_en": "Support for the football school (120 young people aged 8 to 17), the regional amateur league and the upkeep of the Tamraght pitch.",
            "domains": ["sport"],
            "localities": ["tamraght"],
            "pac_axis": 2,
            "internal_notes": ILLUSTRATIVE,
            "council": council(date(2023, 2, 7), 10, 29),
            "commune": commune(
                "funder",
                signed=(date(2023, 3, 6), PRESIDENT),
                obligations=[
                    cash(
                        40_000,
                        date(2023, 4, 30),
                        "Subvention – première tranche",
                        "المنحة – الشطر الأول",
                        "Grant – first instalment",
                        tranche=1,
                        paid=[(date(2023, 4, 18), None, "Mandat n° 177/2023")],
                    ),
                    cash(
                        40_000,
                        date(2023, 10, 31),
                        "Subvention – deuxième tranche",
                        "المنحة – الشطر الثاني",
                        "Grant – second instalment",
                        tranche=2,
                        paid=[(date(2023, 10, 26), None, "Mandat n° 540/2023")],
                    ),
                ],
            ),
            "parties": [
                party(
                    FOOTBALL_CLUB,
                    "beneficiary",
                    "Président du club",
                    approval=("Assemblée générale du club", "", date(2023, 2, 20)),
                    signed=(date(2023, 3, 6), "Président du club"),
                    obligations=[
                        in_kind(
                            "staff",
                            24_000,
                            date(2024, 2, 29),
                            "Encadrement bénévole des jeunes par les entraîneurs du club",
                            "تأطير تطوعي للشباب من طرف مدربي النادي",
                            "Volunteer coaching of the young players by the club's coaches",
                            paid=[(date(2024, 2, 29), None, "Rapport d'activité de la saison")],
                        ),
                    ],
                ),
            ],
            "close": (
                Stage.COMPLETED,
                date(2024, 4, 15),
                "Rapport moral et financier présenté et approuvé.",
            ),
            "stage": Stage.COMPLETED,
        },
        {
            "reference": "CONV-2023-017",
            "kind": "partnership",
            "title_ar": "اتفاقية شراكة لتزويد دواوير أسرن وأزيون وتامزايت بالماء الصالح للشرب",
            "title_fr": "Convention de partenariat pour l'alimentation en eau potable des douars Asern, Azioun et Tamzait",
            "title_en": "Partnership agreement for drinking water in the villages of Asern, Azioun and Tamzait",
            "object_ar": "توسيع شبكة الماء الصالح للشرب (14 كلم من القنوات وخزان سعته 500 متر مكعب) وربط 650 أسرة بالشبكة عبر الربط الاجتماعي.",
            "object_fr": "Extension du réseau d'eau potable (14 km de conduites, un réservoir de 500 m³) et branchements sociaux pour 650 foyers des douars de l'arrière-pays.",
            "object_en": "Extension of the drinking-water network (14 km of pipes, a 500 m³ tank) and subsidised connections for 650 households in the hinterland villages.",
            "domains": ["drinking-water"],
            "localities": ["asern", "azioun", "tamzait"],
            "pac_axis": 1,
            "internal_notes": "Illustrative: this agreement and its figures are invented. The suspension reason refers to the transfer of water distribution to the regional multi-service companies (Law 83-21) [check]. The suspension is dated the day the demo was loaded: the service records no date for it.",
            "council": council(date(2023, 10, 3), 41, 29, 0, 2),
            "commune": commune(
                signed=(date(2024, 1, 22), PRESIDENT),
                obligations=[
                    cash(
                        1_500_000,
                        date(2024, 12, 31),
                        "Contribution de la commune aux travaux",
                        "مساهمة الجماعة في الأشغال",
                        "The commune's contribution to the works",
                        paid=[(date(2024, 12, 10), None, "Mandat n° 702/2024")],
                    ),
                ],
            ),
            "parties": [
                party(
                    AFD,
                    "funder",
                    "Directeur de l'agence AFD de Rabat",
                    approval=("Direction de l'agence AFD de Rabat", "", date(2023, 11, 20)),
                    signed=(date(2024, 1, 22), "Directeur de l'agence AFD de Rabat"),
                    obligations=[
                        cash(
                            175_000,
                            date(2024, 6, 30),
                            "Subvention AFD – première tranche",
                            "منحة الوكالة الفرنسية للتنمية – الشطر الأول",
                            "AFD grant – first instalment",
                            tranche=1,
                            currency="EUR",
                            paid=[(date(2024, 7, 15), None, "Virement AFD")],
                        ),
                        cash(
                            175_000,
                            2026,
                            "Subvention AFD – deuxième tranche",
                            "منحة الوكالة الفرنسية للتنمية – الشطر الثاني",
                            "AFD grant – second instalment",
                            tranche=2,
                            currency="EUR",
                        ),
                    ],
                ),
                party(
                    RAMSA,
                    "delegated_owner",
                    "Directeur général de la RAMSA",
                    approval=(
                        "Conseil d'administration de la RAMSA",
                        "CA-07/2023",
                        date(2023, 12, 14),
                    ),
                    signed=(date(2024, 1, 22), "Directeur général de la RAMSA"),
                    obligations=[
                        in_kind(
                            "studies",
                            600_000,
                            date(2024, 12, 31),
                            "Études, contrôle des travaux et mise en service",
                            "الدراسات ومراقبة الأشغال والتشغيل",
                            "Studies, works supervision and commissioning",
                            paid=[
                                (date(2024, 12, 27), None, "Procès-verbal de réception provisoire")
                            ],
                        ),
                    ],
                ),
            ],
            "suspended_on": date(2025, 6, 2),
            "suspend": "En attente du transfert de la distribution de l'eau à la Société régionale multiservices Souss-Massa : un avenant doit désigner le nouvel exploitant.",
            "stage": Stage.SUSPENDED,
        },
        {
            "reference": URBAN_UPGRADING,
            "kind": "partnership",
            # Sent to the ministry for signature on 31 July 2024, still unsigned [src].
            "sent_on": date(2024, 7, 31),
            "duration_months": 24,
            "parent": FRAMEWORK,
            "title_ar": "اتفاقية شراكة لتأهيل مركز أورير",
            "title_fr": "Convention de partenariat pour la mise à niveau urbaine du centre d'Aourir",
            "title_en": "Partnership agreement for the urban upgrading of Aourir centre",
            "object_ar": "إنجاز برنامج التأهيل الحضري لمركز أورير (تهيئة الطرق والأرصفة، الإنارة العمومية، الساحات والمساحات الخضراء، تصريف مياه الأمطار) بكلفة إجمالية قدرها 73 مليون درهم، يحمله العمران سوس ماسة، داخل أجل سنتين.",
            "object_fr": "Réaliser le programme de mise à niveau urbaine du centre d'Aourir (voirie et trottoirs, éclairage public, places et espaces verts, drainage des eaux pluviales) pour un coût global de 73 MDH, porté par Al Omrane Souss-Massa, dans un délai de deux ans.",
            "object_en": "Carry out the urban upgrading of Aourir centre (streets and pavements, public lighting, squares and green spaces, storm drainage) for 73 million dirhams in all, held by Al Omrane Souss-Massa, within two years.",
            "domains": ["urban-upgrading", "roads", "public-lighting"],
            "localities": ["aourir-centre"],
            "pac_axis": 1,
            "internal_notes": "Sourced (domain.md [src]): 73 MDH — Ministry of Territory Planning, Urbanism and Housing 22 MDH, Souss-Massa Regional Council 32 MDH, Aourir 19 MDH; project holder Al Omrane Souss-Massa; two years; approved by Aourir's council on 6 Feb 2024, by the Region in March 2024; sent for the ministry's signature on 31 July 2024 and still unsigned months later. Illustrative: decision numbers, the other dates, the split in two tranches, the ministry's recorded approval (the workflow needs every party's approval before signatures), the signatures of the other parties and the link to the framework agreement.",
            "council": council(date(2024, 2, 6), 4, 31, 0, 1),
            "commune": commune(
                signed=(date(2024, 7, 15), PRESIDENT),
                obligations=[
                    cash(
                        9_500_000,
                        2024,
                        "Contribution de la commune – tranche 2024",
                        "مساهمة الجماعة – شطر 2024",
                        "The commune's contribution – 2024 instalment",
                        tranche=1,
                    ),
                    cash(
                        9_500_000,
                        2025,
                        "Contribution de la commune – tranche 2025",
                        "مساهمة الجماعة – شطر 2025",
                        "The commune's contribution – 2025 instalment",
                        tranche=2,
                    ),
                ],
            ),
            "parties": [
                party(
                    MINISTRY,
                    "funder",
                    "Ministre de l'Aménagement du territoire national, de l'Urbanisme, de l'Habitat et de la Politique de la ville",
                    approval=(
                        "Ministère – Direction de la politique de la ville (avis favorable)",
                        "",
                        date(2024, 7, 10),
                    ),
                    obligations=[
                        cash(
                            11_000_000,
                            2024,
                            "Contribution du ministère – tranche 2024",
                            "مساهمة الوزارة – شطر 2024",
                            "The ministry's contribution – 2024 instalment",
                            tranche=1,
                        ),
                        cash(
                            11_000_000,
                            2025,
                            "Contribution du ministère – tranche 2025",
                            "مساهمة الوزارة – شطر 2025",
                            "The ministry's contribution – 2025 instalment",
                            tranche=2,
                        ),
                    ],
                ),
                party(
                    REGION,
                    "funder",
                    "Président du Conseil de la Région Souss-Massa",
                    approval=(
                        "Conseil de la Région Souss-Massa – session ordinaire de mars 2024",
                        "48/2024",
                        date(2024, 3, 4),
                    ),
                    signed=(date(2024, 7, 29), "Président du Conseil de la Région Souss-Massa"),
                    obligations=[
                        cash(
                            16_000_000,
                            2024,
                            "Contribution de la Région – tranche 2024",
                            "مساهمة الجهة – شطر 2024",
                            "The Region's contribution – 2024 instalment",
                            tranche=1,
                        ),
                        cash(
                            16_000_000,
                            2025,
                            "Contribution de la Région – tranche 2025",
                            "مساهمة الجهة – شطر 2025",
                            "The Region's contribution – 2025 instalment",
                            tranche=2,
                        ),
                    ],
                ),
                party(
                    AL_OMRANE,
                    "delegated_owner",
                    "Directeur général d'Al Omrane Souss-Massa",
                    approval=("Direction générale d'Al Omrane Souss-Massa", "", date(2024, 4, 22)),
                    signed=(date(2024, 7, 22), "Directeur général d'Al Omrane Souss-Massa"),
                ),
            ],
            "stage": Stage.SIGNATURES,
        },
        {
            "reference": "CONV-2024-012",
            "kind": "intercommunal",
            "title_ar": "اتفاقية بين جماعتي أورير وتغازوت لتهيئة المسلك الرابط بين تامراغت وتغازوت وربط الأحياء المجاورة بشبكة التطهير السائل",
            "title_fr": "Convention intercommunale Aourir – Taghazout : piste Tamraght – Taghazout par l'arrière-pays et assainissement des quartiers limitrophes",
            "title_en": "Aourir – Taghazout inter-communal agreement: inland Tamraght – Taghazout track and sanitation of the border neighbourhoods",
            "object_ar": "تهيئة وتعبيد المسلك الرابط بين تامراغت وتغازوت عبر المنطقة الداخلية (8 كلم) وربط الأحياء الواقعة على حدود الجماعتين بشبكة التطهير السائل.",
            "object_fr": "Aménager et revêtir la piste reliant Tamraght à Taghazout par l'arrière-pays (8 km) et raccorder les quartiers situés à la limite des deux communes au réseau d'assainissement liquide.",
            "object_en": "Build and surface the inland track between Tamraght and Taghazout (8 km) and connect the neighbourhoods on the boundary of the two communes to the sewer network.",
            "domains": ["roads", "sanitation"],
            "localities": ["tamraght", "imi-miki"],
            "pac_axis": 1,
            "start_date": date(2024, 7, 8),
            "end_date": date(2026, 6, 30),
            "internal_notes": ILLUSTRATIVE,
            "council": council(date(2024, 5, 7), 22, 30, 1),
            "commune": commune(
                signed=(date(2024, 7, 8), PRESIDENT),
                obligations=[
                    cash(
                        1_500_000,
                        date(2024, 12, 31),
                        "Contribution d'Aourir – tranche 2024",
                        "مساهمة أورير – شطر 2024",
                        "Aourir's contribution – 2024 instalment",
                        tranche=1,
                        paid=[(date(2024, 12, 16), None, "Mandat n° 731/2024")],
                    ),
                    cash(
                        2_000_000,
                        date(2025, 12, 31),
                        "Contribution d'Aourir – tranche 2025",
                        "مساهمة أورير – شطر 2025",
                        "Aourir's contribution – 2025 instalment",
                        tranche=2,
                        paid=[(date(2025, 12, 22), None, "Mandat n° 766/2025")],
                    ),
                ],
            ),
            "parties": [
                party(
                    TAGHAZOUT,
                    "funder",
                    "Président du conseil communal de Taghazout",
                    approval=(
                        "Conseil communal de Taghazout – session ordinaire de mai 2024",
                        "18/2024",
                        date(2024, 5, 14),
                    ),
                    signed=(date(2024, 7, 8), "Président du conseil communal de Taghazout"),
                    obligations=[
                        cash(
                            1_000_000,
                            date(2024, 12, 31),
                            "Contribution de Taghazout – tranche 2024",
                            "مساهمة تغازوت – شطر 2024",
                            "Taghazout's contribution – 2024 instalment",
                            tranche=1,
                            paid=[(date(2025, 1, 20), None, "Virement de la commune de Taghazout")],
                        ),
                        cash(
                            1_500_000,
                            date(2025, 12, 31),
                            "Contribution de Taghazout – tranche 2025",
                            "مساهمة تغازوت – شطر 2025",
                            "Taghazout's contribution – 2025 instalment",
                            tranche=2,
                            paid=[(date(2026, 2, 16), None, "Virement de la commune de Taghazout")],
                        ),
                    ],
                ),
                party(
                    RAMSA,
                    "technical",
                    "Directeur général de la RAMSA",
                    approval=(
                        "Conseil d'administration de la RAMSA",
                        "CA-04/2024",
                        date(2024, 6, 20),
                    ),
                    signed=(date(2024, 7, 8), "Directeur général de la RAMSA"),
                    obligations=[
                        in_kind(
                            "studies",
                            400_000,
                            date(2024, 12, 31),
                            "Études techniques et suivi des travaux d'assainissement",
                            "الدراسات التقنية وتتبع أشغال التطهير",
                            "Technical studies and supervision of the sanitation works",
                            paid=[(date(2024, 11, 29), None, "Dossier d'exécution remis")],
                        ),
                    ],
                ),
            ],
            "amendments": [
                {
                    "number": 1,
                    "dated": date(2026, 5, 20),
                    "title_ar": "ملحق رقم 1: تمديد أجل التنفيذ سنة واحدة (تقلبات جوية شتاء 2025-2026)",
                    "title_fr": "Avenant n° 1 : prolongation d'un an du délai d'exécution (intempéries de l'hiver 2025-2026)",
                    "title_en": "Amendment no. 1: one-year extension of the works (2025-2026 winter storms)",
                    "council_date": date(2026, 5, 5),
                    "council_decision_number": "30/2026",
                    "new_end_date": date(2027, 6, 30),
                    "apply": True,
                },
            ],
            "stage": Stage.IN_FORCE,
        },
        {
            "reference": "CONV-2024-016",
            "kind": "other",
            "title_ar": "اتفاقية من أجل نظافة شاطئي إيموران وتامراغت (صيفا 2024 و2025)",
            "title_fr": "Convention pour la propreté des plages d'Imourane et de Tamraght (étés 2024 et 2025)",
            "title_en": "Agreement for clean beaches at Imourane and Tamraght (summers 2024 and 2025)",
            "object_ar": "عملية «شواطئ نظيفة»: جمع يومي للنفايات خلال الصيف، ووضع حاويات للفرز، وتحسيس المصطافين من طرف متطوعي الجمعية، وتتكفل الشركة بالجمع والنقل نحو المطرح المراقب.",
            "object_fr": "Opération « Plages propres » : ramassage quotidien des déchets en été, bacs de tri, sensibilisation des estivants par les bénévoles de l'association ; la société assure la collecte et le transport vers la décharge contrôlée.",
            "object_en": '"Clean beaches" operation: daily litter picking in summer, sorting bins, awareness-raising among beach-goers by the association\'s volunteers; the company collects and carries the waste to the controlled landfill.',
            "domains": ["waste", "coast-environment"],
            "localities": ["tamraght", "imi-miki"],
            "pac_axis": 3,
            "start_date": date(2024, 6, 15),
            "end_date": date(2025, 9, 30),
            "internal_notes": ILLUSTRATIVE,
            "council": council(date(2024, 5, 7), 24, 31),
            "commune": commune(
                signed=(date(2024, 6, 3), PRESIDENT),
                obligations=[
                    cash(
                        150_000,
                        date(2024, 6, 30),
                        "Contribution de la commune – été 2024",
                        "مساهمة الجماعة – صيف 2024",
                        "The commune's contribution – summer 2024",
                        tranche=1,
                        paid=[(date(2024, 6, 27), None, "Mandat n° 355/2024")],
                    ),
                    cash(
                        150_000,
                        date(2025, 6, 30),
                        "Contribution de la commune – été 2025",
                        "مساهمة الجماعة – صيف 2025",
                        "The commune's contribution – summer 2025",
                        tranche=2,
                        paid=[(date(2025, 6, 24), None, "Mandat n° 341/2025")],
                    ),
                ],
            ),
            "parties": [
                party(
                    ENVIRONMENT_ASSOCIATION,
                    "technical",
                    "Présidente de l'association",
                    approval=("Bureau de l'association", "", date(2024, 5, 20)),
                    signed=(date(2024, 6, 3), "Présidente de l'association"),
                    obligations=[
                        in_kind(
                            "staff",
                            40_000,
                            date(2025, 9, 30),
                            "Soixante bénévoles pour la sensibilisation (deux saisons)",
                            "ستون متطوعا للتحسيس (موسمان)",
                            "Sixty volunteers for awareness-raising (two seasons)",
                            paid=[
                                (date(2024, 9, 30), Decimal("20000"), "Bilan de l'été 2024"),
                                (date(2025, 9, 30), Decimal("20000"), "Bilan de l'été 2025"),
                            ],
                        ),
                    ],
                ),
                party(
                    WASTE_COMPANY,
                    "technical",
                    "Gérant de Souss Propreté et Environnement SARL",
                    approval=("Gérance de la société", "", date(2024, 5, 21)),
                    signed=(date(2024, 6, 3), "Gérant de Souss Propreté et Environnement SARL"),
                    obligations=[
                        in_kind(
                            "equipment",
                            180_000,
                            date(2024, 6, 15),
                            "Bacs de tri, un camion benne et deux agents en saison",
                            "حاويات للفرز وشاحنة قلابة وعاملان خلال الموسم",
                            "Sorting bins, a tipper truck and two workers in season",
                            paid=[(date(2024, 6, 15), None, "Procès-verbal de mise à disposition")],
                        ),
                    ],
                ),
            ],
            "close": (
                Stage.EXPIRED,
                date(2025, 10, 15),
                "Fin de la durée convenue ; bilan : 48 tonnes de déchets collectées.",
            ),
            "stage": Stage.EXPIRED,
        },
        {
            "reference": "CONV-2024-021",
            "kind": "other",
            "title_ar": "اتفاقية مع جامعة ابن زهر: الدراسات والتقييم المرحلي لبرنامج عمل الجماعة",
            "title_fr": "Convention avec l'Université Ibn Zohr : études et évaluation à mi-parcours du programme d'action de la commune",
            "title_en": "Agreement with Ibn Zohr University: studies and mid-term evaluation of the commune action programme",
            "object_ar": "تنجز الجامعة، عبر أساتذتها الباحثين وطلبة الماستر، تحيين التشخيص التشاركي والبحوث السوسيو-اقتصادية والتقييم المرحلي لبرنامج عمل الجماعة وفق مقاربة النوع، وتستقبل الجماعة المتدربين وتتحمل مصاريف البحث الميداني.",
            "object_fr": "L'université réalise, par ses enseignants-chercheurs et ses étudiants de master, l'actualisation du diagnostic participatif, les enquêtes socio-économiques et l'évaluation à mi-parcours du PAC avec une approche genre ; la commune accueille les stagiaires et prend en charge les frais d'enquête.",
            "object_en": "The university's researchers and master's students update the participatory diagnosis, run the socio-economic surveys and the gender-sensitive mid-term evaluation of the action programme; the commune hosts the interns and pays the survey costs.",
            "domains": ["governance", "education"],
            "localities": ["aourir-centre", "tamraght", "alma"],
            "pac_axis": 6,
            "start_date": date(2024, 12, 2),
            "end_date": today + timedelta(days=58),
            "internal_notes": "Illustrative: this agreement is invented; its end date is set about two months after the day the demo is loaded, so that it shows among the agreements expiring soon.",
            "council": council(date(2024, 10, 1), 37, 30),
            "commune": commune(
                signed=(date(2024, 12, 2), PRESIDENT),
                obligations=[
                    cash(
                        120_000,
                        date(2025, 6, 30),
                        "Frais d'enquête et indemnités de stage",
                        "مصاريف البحث الميداني ومنح التداريب",
                        "Survey costs and internship allowances",
                        paid=[(date(2025, 6, 12), None, "Mandat n° 322/2025")],
                    ),
                ],
            ),
            "parties": [
                party(
                    UIZ,
                    "technical",
                    "Président de l'Université Ibn Zohr",
                    approval=("Conseil de l'Université Ibn Zohr", "", date(2024, 11, 12)),
                    signed=(date(2024, 12, 2), "Président de l'Université Ibn Zohr"),
                    obligations=[
                        in_kind(
                            "studies",
                            450_000,
                            date(2025, 12, 31),
                            "Diagnostic participatif actualisé et enquêtes socio-économiques",
                            "تحيين التشخيص التشاركي والبحوث السوسيو-اقتصادية",
                            "Updated participatory diagnosis and socio-economic surveys",
                            paid=[
                                (
                                    date(2025, 6, 30),
                                    Decimal("200000"),
                                    "Rapport de diagnostic remis",
                                ),
                                (date(2025, 12, 19), None, "Rapport d'enquêtes remis"),
                            ],
                        ),
                        in_kind(
                            "studies",
                            150_000,
                            today + timedelta(days=58),
                            "Rapport final d'évaluation à mi-parcours du PAC",
                            "التقرير النهائي للتقييم المرحلي لبرنامج عمل الجماعة",
                            "Final mid-term evaluation report of the action programme",
                        ),
                    ],
                ),
            ],
            "stage": Stage.IN_FORCE,
        },
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
            "council": council(date(2025, 2, 4), 6, 28, 0, 2),
            "visa": {"submitted": date(2025, 3, 3), "tacit": True},
            "commune": commune(
                signed=(date(2025, 4, 7), PRESIDENT),
                obligations=[
                    cash(
                        1_200_000,
                        date(2025, 12, 31),
                        "Travaux de raccordement et génie civil",
                        "أشغال الربط والهندسة المدنية",
                        "Connection and civil works",
                        paid=[(date(2025, 12, 18), None, "Mandat n° 759/2025")],
                    ),
                ],
            ),
            "parties": [
                party(
                    GIZ,
                    "funder",
                    "Directeur du programme GIZ Maroc",
                    approval=("Direction du programme GIZ Maroc (Rabat)", "", date(2025, 2, 24)),
                    signed=(date(2025, 4, 10), "Directeur du programme GIZ Maroc"),
                    obligations=[
                        cash(
                            90_000,
                            date(2025, 6, 30),
                            "Contribution GIZ – première tranche",
                            "مساهمة الوكالة الألمانية – الشطر الأول",
                            "GIZ contribution – first instalment",
                            tranche=1,
                            currency="EUR",
                            paid=[(date(2025, 7, 8), None, "Virement GIZ")],
                        ),
                        cash(
                            90_000,
                            date(2026, 6, 30),
                            "Contribution GIZ – deuxième tranche",
                            "مساهمة الوكالة الألمانية – الشطر الثاني",
                            "GIZ contribution – second instalment",
                            tranche=2,
                            currency="EUR",
                            paid=[(date(2026, 7, 20), None, "Virement GIZ")],
                        ),
                        in_kind(
                            "studies",
                            35_000,
                            date(2025, 9, 30),
                            "Audit énergétique et assistance technique",
                            "الافتحاص الطاقي والمساعدة التقنية",
                            "Energy audit and technical assistance",
                            currency="EUR",
                            paid=[(date(2025, 9, 26), None, "Rapport d'audit remis")],
                        ),
                    ],
                ),
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
            "commune": commune(
                obligations=[
                    in_kind(
                        "land",
                        6_000_000,
                        2026,
                        "Terrain communal de 3 ha (immatriculation en cours)",
                        "عقار جماعي مساحته 3 هكتارات (في طور التحفيظ)",
                        "3-hectare plot of commune land (registration under way)",
                    ),
                ],
            ),
            "parties": [
                party(
                    SOUK_INVEST,
                    "delegated_owner",
                    "Gérant de Souk Aourir Invest SARL",
                    obligations=[
                        cash(
                            18_000_000,
                            2027,
                            "Investissement : construction et équipement du souk",
                            "الاستثمار: بناء وتجهيز السوق",
                            "Investment: building and equipping the market",
                        ),
                    ],
                ),
                party(
                    CRI, "technical", "Directeur du Centre régional d'investissement Souss-Massa"
                ),
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
            "council": council(date(2026, 2, 3), 11, 27, 0, 1),
            "commune": commune(
                "funder",
                signed=(date(2026, 3, 2), PRESIDENT),
                obligations=[
                    cash(
                        60_000,
                        date(2026, 3, 31),
                        "Subvention – première tranche",
                        "المنحة – الشطر الأول",
                        "Grant – first instalment",
                        tranche=1,
                        paid=[(date(2026, 3, 25), None, "Mandat n° 148/2026")],
                    ),
                    cash(
                        60_000,
                        date(2026, 12, 31),
                        "Subvention – deuxième tranche",
                        "المنحة – الشطر الثاني",
                        "Grant – second instalment",
                        tranche=2,
                    ),
                ],
            ),
            "parties": [
                party(
                    demo_data.TAMRAGHT_ASSOCIATION,
                    "beneficiary",
                    "Président de l'association",
                    approval=("Bureau de l'association", "", date(2026, 2, 16)),
                    signed=(date(2026, 3, 2), "Président de l'association"),
                    obligations=[
                        in_kind(
                            "staff",
                            30_000,
                            date(2027, 2, 28),
                            "Bénévoles et animatrices de l'association",
                            "متطوعو الجمعية ومنشطاتها",
                            "The association's volunteers and facilitators",
                        ),
                    ],
                ),
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
            "council": council(date(2026, 5, 5), 28, 30, 0, 1),
            "commune": commune(
                obligations=[
                    cash(
                        3_000_000,
                        2027,
                        "Contribution de la commune",
                        "مساهمة الجماعة",
                        "The commune's contribution",
                    ),
                    in_kind(
                        "land",
                        2_500_000,
                        2027,
                        "Terrain du stade (2 ha)",
                        "عقار الملعب (2 هكتار)",
                        "Stadium land (2 ha)",
                    ),
                ],
            ),
            "parties": [
                party(
                    REGION,
                    "funder",
                    "Président du Conseil de la Région Souss-Massa",
                    approval=(
                        "Conseil de la Région Souss-Massa – session ordinaire de juillet 2026",
                        "97/2026",
                        date(2026, 7, 6),
                    ),
                    obligations=[
                        cash(
                            12_000_000,
                            2027,
                            "Contribution de la Région",
                            "مساهمة الجهة",
                            "The Region's contribution",
                        ),
                    ],
                ),
                party(
                    PREFECTURAL_COUNCIL,
                    "funder",
                    "Président du Conseil préfectoral d'Agadir-Ida Ou Tanane",
                    obligations=[
                        cash(
                            5_000_000,
                            2027,
                            "Contribution du Conseil préfectoral",
                            "مساهمة مجلس العمالة",
                            "The prefectural council's contribution",
                        ),
                    ],
                ),
                party(
                    FOOTBALL_CLUB,
                    "beneficiary",
                    "Président du club",
                    approval=("Assemblée générale du club", "", date(2026, 6, 15)),
                ),
            ],
            "stage": Stage.PARTNER_APPROVALS,
        },
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
            "council": council(unesco_session, 44, 29, 0, 2),
            "visa": {"submitted": unesco_sent},
            "commune": commune(
                obligations=[
                    cash(
                        300_000,
                        next_year,
                        "Contribution de la commune : ateliers et publication",
                        "مساهمة الجماعة: الورشات والنشر",
                        "The commune's contribution: workshops and publication",
                    ),
                ],
            ),
            "parties": [
                party(
                    UNESCO,
                    "technical",
                    "Directeur du Bureau de l'UNESCO pour le Maghreb",
                    approval=(
                        "Direction du Bureau de l'UNESCO pour le Maghreb",
                        "",
                        unesco_sent - timedelta(days=6),
                    ),
                    obligations=[
                        in_kind(
                            "studies",
                            25_000,
                            next_year,
                            "Inventaire et documentation par des experts de l'UNESCO",
                            "الجرد والتوثيق من طرف خبراء اليونسكو",
                            "Inventory and documentation by UNESCO experts",
                            currency="USD",
                        ),
                    ],
                ),
                party(
                    HERITAGE_ASSOCIATION,
                    "technical",
                    "Président de l'association Asays",
                    approval=(
                        "Assemblée générale de l'association",
                        "",
                        unesco_sent - timedelta(days=9),
                    ),
                    obligations=[
                        in_kind(
                            "staff",
                            40_000,
                            next_year,
                            "Collecte des témoignages et formation des jeunes guides",
                            "جمع الشهادات وتكوين المرشدين الشباب",
                            "Collecting testimonies and training young guides",
                        ),
                    ],
                ),
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
            "council": council(latest_session, 46, 31),
            "commune": commune(
                obligations=[
                    in_kind(
                        "land",
                        200_000,
                        next_year,
                        "Terrains et raccordements aux réseaux",
                        "العقارات والربط بالشبكات",
                        "Plots and utility connections",
                    ),
                ],
            ),
            "parties": [
                party(
                    BP_FOUNDATION,
                    "funder",
                    "Président de la Fondation Banque Populaire",
                    obligations=[
                        cash(
                            800_000,
                            next_year,
                            "Construction et équipement des quatre salles",
                            "بناء وتجهيز الأقسام الأربعة",
                            "Building and equipping the four classrooms",
                        ),
                    ],
                ),
            ],
            "stage": Stage.COUNCIL_APPROVED,
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
            "internal_notes": "On the agenda of the council's next ordinary session. "
            + ILLUSTRATIVE,
            "commune": commune(
                obligations=[
                    in_kind(
                        "premises",
                        120_000,
                        next_year,
                        "Local communal de 150 m² (mise à disposition pour cinq ans)",
                        "محل جماعي مساحته 150 م² (رهن الإشارة لمدة خمس سنوات)",
                        "150 m² commune premises (provided for five years)",
                    ),
                ],
            ),
            "parties": [
                party(
                    demo_data.INDH,
                    "funder",
                    "Gouverneur de la préfecture d'Agadir-Ida Ou Tanane, président du comité provincial de développement humain",
                    obligations=[
                        cash(
                            450_000,
                            next_year,
                            "Équipement de l'unité de trituration et de conditionnement",
                            "تجهيز وحدة العصر والتلفيف",
                            "Equipment for the pressing and packaging unit",
                        ),
                    ],
                ),
                party(
                    TANMIRT,
                    "beneficiary",
                    "Présidente de la coopérative",
                    obligations=[
                        in_kind(
                            "staff",
                            60_000,
                            next_year,
                            "Travail des coopératrices pendant la mise en route",
                            "عمل المتعاونات خلال فترة الانطلاق",
                            "The members' work during start-up",
                        ),
                    ],
                ),
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
            "renewal": "tacit",
            "internal_notes": "Illustrative: no twinning between Aourir and Lacanau is known (see the partner's notes). Sent for the governor's visa 7 days before the demo was loaded. Amounts in EUR are valued with the demo rate table.",
            "council": council(lacanau_session, 45, 30, 0, 1),
            "visa": {"submitted": lacanau_sent},
            "commune": commune(
                "other",
                obligations=[
                    cash(
                        120_000,
                        next_year,
                        "Accueil des délégations et échanges de jeunes",
                        "استقبال الوفود وتبادل الشباب",
                        "Hosting delegations and youth exchanges",
                    ),
                ],
            ),
            "parties": [
                party(
                    LACANAU,
                    "other",
                    "Maire de Lacanau",
                    approval=("Conseil municipal de Lacanau", "", lacanau_sent - timedelta(days=5)),
                    obligations=[
                        cash(
                            15_000,
                            next_year,
                            "Échanges techniques sur l'érosion côtière",
                            "تبادلات تقنية حول تعرية الساحل",
                            "Technical exchanges on coastal erosion",
                            currency="EUR",
                        ),
                    ],
                ),
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
            "commune": commune(
                obligations=[
                    cash(
                        4_000_000,
                        next_year,
                        "Contribution de la commune",
                        "مساهمة الجماعة",
                        "The commune's contribution",
                    ),
                ],
            ),
            "parties": [
                party(
                    REGION,
                    "funder",
                    "Président du Conseil de la Région Souss-Massa",
                    obligations=[
                        cash(
                            14_000_000,
                            next_year,
                            "Contribution de la Région",
                            "مساهمة الجهة",
                            "The Region's contribution",
                        ),
                    ],
                ),
                party(
                    PREFECTURAL_COUNCIL,
                    "funder",
                    "Président du Conseil préfectoral d'Agadir-Ida Ou Tanane",
                    obligations=[
                        cash(
                            4_000_000,
                            next_year,
                            "Contribution du Conseil préfectoral",
                            "مساهمة مجلس العمالة",
                            "The prefectural council's contribution",
                        ),
                    ],
                ),
            ],
            "stage": Stage.DRAFT,
        },
    ]
