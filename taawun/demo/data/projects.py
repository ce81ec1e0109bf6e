# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""Demo projects of the commune of Aourir, loaded by `manage.py load_demo`.

Content is data, not interface text: no gettext here. Sources are in /work/shared/mission/domain.md.
Two projects follow sourced facts (the Aourir-centre urban upgrading: 73 MDH, ministry 22, Region 32,
commune 19, held by Al Omrane; the INDH school-transport model); the "big Tamraght stadium" file, the
Taghazout summer festival, the localities and the places are real. Everything else — projects, amounts,
dates, milestones, transactions, indicator values — is illustrative, and each project's description says
which is which.

Each project is built through the projects services, as an officer and the finance officer would: the
project with its places and participants (services.project_save), its funding plan (the obligations of
its agreements, otherwise what each partner committed: services.contribution_save), its transactions
(services.transaction_save, at the demo rate of their date), then milestones, updates and indicators
through their forms. Transactions are dated in the past; a date outside the project's dates, which the
service only warns about, stops the loader here, so the demo's dates stay consistent.

Contributions in kind that a partner has committed are recorded as commitments valued in MAD (the
description says "en nature"), so the secured money and the leverage count them, as the funding plan
does.
"""

from datetime import date
from decimal import Decimal

from taawun.demo.data import agreements as demo_agreements
from taawun.demo.data import common as demo_data
from taawun.projects.choices import (
    ContributionKind,
    Disaggregation,
    Measure,
    MilestoneStatus,
    ParticipantRole,
    ResultType,
    TransactionType,
)

# --- Partners, by their demo French name (None is the commune itself) ---

COMMUNE = None
INDH = demo_data.INDH
TAMRAGHT_ASSOCIATION = demo_data.TAMRAGHT_ASSOCIATION
AOURIR_ASSOCIATION = "Association Aourir pour le développement et la solidarité"
MINISTRY = demo_agreements.MINISTRY
DGCT = "Ministère de l'Intérieur – Direction générale des collectivités territoriales"
DAS = "Préfecture d'Agadir-Ida Ou Tanane – Division de l'action sociale"
ADS = "Agence de développement social"
REGION = demo_agreements.REGION
PREFECTURAL_COUNCIL = demo_agreements.PREFECTURAL_COUNCIL
AL_OMRANE = demo_agreements.AL_OMRANE
RAMSA = demo_agreements.RAMSA
ONEE = "Office national de l'électricité et de l'eau potable"
CRI = demo_agreements.CRI
CRT = "Conseil régional du tourisme Souss-Massa"
TAGHAZOUT = demo_agreements.TAGHAZOUT
DRARGA = "Commune de Drarga"
GROUPING = "Groupement de collectivités territoriales du littoral nord d'Agadir"
ECI = "Établissement de coopération intercommunale Aourir-Taghazout pour la propreté"
TARIFA = demo_agreements.TARIFA
LACANAU = demo_agreements.LACANAU
AFD = demo_agreements.AFD
GIZ = demo_agreements.GIZ
AECID = "Agence espagnole de coopération internationale pour le développement"
JICA = "Agence japonaise de coopération internationale"
EU = "Délégation de l'Union européenne au Maroc"
UN_HABITAT = "Programme des Nations unies pour les établissements humains"
UNESCO = demo_agreements.UNESCO
SAPST = "Société d'aménagement et de promotion de la station de Taghazout"
SURF_SCHOOL = "École de surf Imourane"
SURF_CAMP = "Tamraght Surf Camp"
HOTEL = "Hôtel Les Vagues de Taghazout Bay"
RIAD = "Riad du Village de la Banane"
WASTE_COMPANY = demo_agreements.WASTE_COMPANY
TRANSPORT_COMPANY = demo_agreements.TRANSPORT_COMPANY
SOUK_INVEST = demo_agreements.SOUK_INVEST
BP_FOUNDATION = demo_agreements.BP_FOUNDATION
FOOTBALL_CLUB = demo_agreements.FOOTBALL_CLUB
ENVIRONMENT_ASSOCIATION = demo_agreements.ENVIRONMENT_ASSOCIATION
HERITAGE_ASSOCIATION = demo_agreements.HERITAGE_ASSOCIATION
PARENTS_ASSOCIATION = demo_agreements.PARENTS_ASSOCIATION
TANMIRT = demo_agreements.TANMIRT
BANANA_COOPERATIVE = "Coopérative agricole des producteurs de bananes d'Aourir"
UIZ = demo_agreements.UIZ
ENCG = "École nationale de commerce et de gestion d'Agadir"

FUNDING = ParticipantRole.FUNDING
ACCOUNTABLE = ParticipantRole.ACCOUNTABLE
EXTENDING = ParticipantRole.EXTENDING
IMPLEMENTING = ParticipantRole.IMPLEMENTING

PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED, SUSPENDED = "1", "2", "3", "4", "6"

# --- What each description says about its sources ---

ILLUSTRATIVE = (
    "مشروع توضيحي لأغراض العرض: الشركاء مؤسسات حقيقية، أما المبالغ والتواريخ والمؤشرات فمفترضة.",
    "Projet de démonstration : les partenaires sont réels, les montants, dates et indicateurs sont illustratifs.",
    "Demo project: the partners are real institutions; amounts, dates and indicators are illustrative.",
)


def text(ar, fr, en, note=ILLUSTRATIVE):
    """A description in the three languages, ending with what is sourced and what is illustrative."""
    return (f"{ar}\n\n{note[0]}", f"{fr}\n\n{note[1]}", f"{en}\n\n{note[2]}")


# --- Building blocks ---


def place(slug, description, north=0.0, east=0.0):
    """A point near the locality's own (offsets in degrees, a few hundred metres at most)."""
    return {"locality": slug, "description": description, "offset": (north, east)}


def commit(day, partner, amount, note, *, currency="MAD", in_kind=False):
    """An incoming commitment; in kind, it is the valued contribution the partner committed."""
    return {
        "type": TransactionType.COMMITMENT,
        "date": day,
        "provider": partner,
        "receiver": None,
        "amount": amount,
        "currency": currency,
        "description": f"En nature : {note}" if in_kind else note,
        "in_kind": in_kind,
        "reason": "",
    }


def pay(day, partner, amount, note, *, to=None, currency="MAD", reason=""):
    """A disbursement by `partner` (to the receiver, when it is one of the partners)."""
    return {
        "type": TransactionType.DISBURSEMENT,
        "date": day,
        "provider": partner,
        "receiver": to,
        "amount": amount,
        "currency": currency,
        "description": note,
        "reason": reason,
    }


def spend(day, partner, amount, note, *, to=None, currency="MAD"):
    """An expenditure paid by `partner` (works, supplies, services)."""
    return {
        "type": TransactionType.EXPENDITURE,
        "date": day,
        "provider": partner,
        "receiver": to,
        "amount": amount,
        "currency": currency,
        "description": note,
        "reason": "",
    }


def promise(partner, amount, note, *, currency="MAD", in_kind=False):
    """A line of the funding plan not (yet) backed by a commitment or an obligation."""
    return {
        "partner": partner,
        "amount": amount,
        "currency": currency,
        "note": note,
        "kind": ContributionKind.IN_KIND if in_kind else ContributionKind.CASH,
    }


def milestone(title, planned, actual=None, *, progress=None, status=None):
    if status is None:
        status = MilestoneStatus.DONE if actual else MilestoneStatus.PLANNED
    if progress is None:
        progress = 100 if status == MilestoneStatus.DONE else 0
    return {
        "title": title,
        "planned": planned,
        "actual": actual,
        "progress": progress,
        "status": status,
    }


def update(day, title, body, *, public=True):
    return {"date": day, "title": title, "body": body, "public": public}


def indicator(
    name,
    unit,
    periods,
    *,
    level=ResultType.OUTPUT,
    measure=Measure.UNIT,
    baseline=None,
    year=None,
    by=Disaggregation.NONE,
):
    return {
        "name": name,
        "unit": unit,
        "level": level,
        "measure": measure,
        "baseline": baseline,
        "year": year,
        "by": by,
        "periods": list(periods),
    }


def period(start, end, target, actual=None, comment="", values=()):
    """Target and actual; `values` are (sex, age group, target, actual) parts."""
    return {
        "start": start,
        "end": end,
        "target": target,
        "actual": actual,
        "comment": comment,
        "values": list(values),
    }


def by_sex(start, end, target, actual=None, comment=""):
    """A period counted in people: `target` and `actual` are (women and girls, men and boys)."""
    values = [
        ("female", "", target[0], actual[0] if actual else None),
        ("male", "", target[1], actual[1] if actual else None),
    ]
    return period(start, end, sum(target), sum(actual) if actual else None, comment, values)


def school_year(first):
    return date(first, 9, 1), date(first + 1, 6, 30)


def year(number):
    return date(number, 1, 1), date(number, 12, 31)


def summer(number):
    return date(number, 6, 1), date(number, 9, 30)


def project(code, **row):
    """A project row with the usual defaults: public, owned by the commune, no agreement."""
    row.setdefault("owner", COMMUNE)
    row.setdefault("agreements", [])
    row.setdefault("is_public", True)
    row.setdefault("actual", (None, None))
    row.setdefault("flags", ())
    row.setdefault("beneficiaries", None)
    row.setdefault("plan", [])
    row.setdefault("transactions", [])
    row.setdefault("milestones", [])
    row.setdefault("updates", [])
    row.setdefault("indicators", [])
    return {"code": code, **row}


# Shared indicator names (Arabic, French, English)
PUPILS = ("التلاميذ المستفيدون من النقل المدرسي", "Élèves transportés", "Pupils transported")
PUPILS_UNIT = ("تلميذ", "élèves", "pupils")
TONNES = ("كمية النفايات المجمعة", "Déchets collectés", "Waste collected")
TONNES_UNIT = ("طن", "tonnes", "tonnes")
CAMPAIGNS = ("حملات تنظيف الشواطئ", "Campagnes de nettoyage des plages", "Beach clean-up campaigns")
CAMPAIGNS_UNIT = ("حملة", "campagnes", "campaigns")
VOLUNTEERS = ("المتطوعون المعبؤون", "Bénévoles mobilisés", "Volunteers mobilised")
VOLUNTEERS_UNIT = ("متطوع", "bénévoles", "volunteers")
VISITORS = ("زوار المهرجان", "Visiteurs du festival", "Festival visitors")
VISITORS_UNIT = ("زائر", "visiteurs", "visitors")
ARTISTS = ("الفنانون المشاركون", "Artistes programmés", "Artists on the programme")
ARTISTS_UNIT = ("فنان", "artistes", "artists")
HOUSEHOLDS_UNIT = ("أسرة", "foyers", "households")
KM = ("كلم", "km", "km")
LIGHTS_UNIT = ("نقطة ضوئية", "points lumineux", "street lights")
PEOPLE_UNIT = ("شخص", "personnes", "people")
PERCENT = ("%", "%", "%")


# --- The projects ---


def projects():
    """The demo projects, by programme; every date is before the end of November 2026."""
    return [
        *school_transport(),
        *sport(),
        *cleanliness(),
        *festival_and_heritage(),
        *infrastructure(),
        *energy_water_and_coast(),
        *tourism_and_local_economy(),
        *social_and_knowledge(),
    ]


def school_transport():
    return [
        project(
            "PRJ-2021-01",
            title=(
                "النقل المدرسي المفوض: دائرة أورير – تامراغت – الدواوير (2021-2023)",
                "Transport scolaire délégué : circuit Aourir – Tamraght – douars (2021-2023)",
                "Delegated school transport: Aourir – Tamraght – villages route (2021-2023)",
            ),
            description=text(
                "نقلت شركة خاصة 150 تلميذا من الدواوير نحو إعداديات وثانويات أورير بثلاث حافلات صغيرة، مقابل تعويض سنوي من الجماعة. فسخت الاتفاقية بالتراضي سنة 2023 بعد موسمين، واستأنفت الجماعة الخدمة بحافلات المبادرة الوطنية للتنمية البشرية.",
                "Une société privée a transporté 150 élèves des douars vers les collèges et lycées d'Aourir avec trois minibus, contre une compensation annuelle de la commune. La convention a été résiliée à l'amiable en 2023 après deux années scolaires ; la commune a repris le service avec les autobus de l'INDH.",
                "A private company carried 150 pupils from the villages to Aourir's middle and high schools with three minibuses, against a yearly compensation from the commune. The agreement was ended by mutual consent in 2023 after two school years; the commune took the service over with INDH buses.",
            ),
            status=CLOSED,
            is_public=False,
            agreements=["CONV-2021-006"],
            domains=["school-transport"],
            pac_axis=2,
            budget=1_380_000,
            beneficiaries=150,
            planned=(date(2021, 9, 1), date(2026, 8, 31)),
            actual=(date(2021, 6, 7), date(2023, 8, 31)),
            progress=100,
            weights=(70, 20, 10),
            places=[
                place("aourir-centre", "Dépôt des minibus, près de la commune", 0.0012, 0.0009),
                place("tamraght", "Arrêt du collège de Tamraght", -0.0015, 0.0021),
                place("asern", "Arrêt du douar Asern", 0.0008, -0.0011),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (TRANSPORT_COMPANY, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2021, 6, 7),
                    COMMUNE,
                    240_000,
                    "Compensation annuelle – année scolaire 2021-2022",
                ),
                commit(
                    date(2021, 6, 7),
                    TRANSPORT_COMPANY,
                    900_000,
                    "trois minibus de 30 places affectés au service",
                    in_kind=True,
                ),
                commit(
                    date(2022, 6, 1),
                    COMMUNE,
                    240_000,
                    "Compensation annuelle – année scolaire 2022-2023",
                ),
                pay(
                    date(2022, 6, 28), COMMUNE, 240_000, "Mandat n° 412/2022", to=TRANSPORT_COMPANY
                ),
                pay(
                    date(2023, 7, 10), COMMUNE, 240_000, "Mandat n° 388/2023", to=TRANSPORT_COMPANY
                ),
            ],
            milestones=[
                milestone(
                    ("انطلاق الخدمة", "Mise en service", "Service starts"),
                    date(2021, 9, 13),
                    date(2021, 9, 13),
                ),
                milestone(
                    (
                        "فسخ الاتفاقية وتسليم الخدمة للجماعة",
                        "Résiliation et reprise du service par la commune",
                        "Agreement ended, service handed to the commune",
                    ),
                    date(2023, 8, 31),
                    date(2023, 8, 31),
                ),
            ],
            updates=[
                update(
                    date(2023, 9, 1),
                    (
                        "انتهاء النقل المدرسي المفوض",
                        "Fin du transport scolaire délégué",
                        "Delegated school transport ends",
                    ),
                    (
                        "بعد موسمين دراسيين، تستأنف الجماعة الخدمة بحافلات المبادرة الوطنية للتنمية البشرية ابتداء من الدخول المدرسي.",
                        "Après deux années scolaires, la commune reprend le service avec les autobus de l'INDH dès la rentrée.",
                        "After two school years, the commune takes the service over with INDH buses from the start of the school year.",
                    ),
                ),
                update(
                    date(2023, 11, 20),
                    (
                        "نزاع حول التعويض النهائي",
                        "Litige sur la compensation finale",
                        "Dispute over the final compensation",
                    ),
                    (
                        "تطالب الشركة بتعويض عن السنوات المتبقية؛ الملف لدى المستشار القانوني قبل أي نشر.",
                        "La société réclame une indemnité pour les années restantes ; dossier chez le conseiller juridique avant toute publication.",
                        "The company claims compensation for the remaining years; the file is with the legal adviser before any publication.",
                    ),
                    public=False,
                ),
            ],
            indicators=[
                indicator(
                    PUPILS,
                    PUPILS_UNIT,
                    [
                        by_sex(*school_year(2021), (75, 75), (68, 74)),
                        by_sex(*school_year(2022), (75, 75), (71, 76)),
                    ],
                    baseline=0,
                    year=2021,
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2023-01",
            title=(
                "النقل المدرسي مع المبادرة الوطنية للتنمية البشرية: ست حافلات لتلاميذ الدواوير البعيدة",
                "Transport scolaire avec l'INDH : six autobus pour les élèves des douars éloignés",
                "School transport with INDH: six buses for pupils from the outlying villages",
            ),
            description=text(
                "اقتنت المبادرة الوطنية للتنمية البشرية ست حافلات (350 000 درهم للحافلة) ووضعتها رهن إشارة الجماعة، التي تتحمل الوقود والصيانة والتأمين والسائقين، بينما تتولى جمعية آباء التلاميذ الاستغلال اليومي. الهدف: تمكين تلاميذ أسرن وأزيون وتامزايت وأوباها وتيساودين وتكاديرت من متابعة دراستهم والحد من الهدر المدرسي، خاصة لدى الفتيات.",
                "L'INDH a acquis six autobus (350 000 MAD l'unité) et les a mis à la disposition de la commune, qui prend en charge le carburant, l'entretien, l'assurance et les chauffeurs ; l'association des parents d'élèves assure l'exploitation quotidienne. Objectif : permettre aux élèves d'Asern, Azioun, Tamzait, Oubaha, Tissaoudine et Tagadirt de poursuivre leur scolarité et réduire le décrochage, en particulier des filles.",
                "INDH bought six buses (MAD 350,000 each) and handed them to the commune, which pays fuel, maintenance, insurance and the drivers; the parents' association runs the daily service. The aim: let pupils from Asern, Azioun, Tamzait, Oubaha, Tissaoudine and Tagadirt stay in school and cut dropout, girls' especially.",
                (
                    "النموذج مصدره موثق (المبادرة تقتني الحافلات وتسلمها للجماعة)؛ أما هذا المشروع وأرقامه وتواريخه ومؤشراته فتوضيحية.",
                    "Le modèle est sourcé (l'INDH achète les autobus et les remet à la commune) ; ce projet, ses montants, dates et indicateurs sont illustratifs.",
                    "The model is sourced (INDH buys the buses and hands them to the commune); this project, its amounts, dates and indicators are illustrative.",
                ),
            ),
            status=IMPLEMENTATION,
            agreements=["CONV-2023-005"],
            domains=["school-transport", "education"],
            pac_axis=2,
            budget=4_686_000,
            beneficiaries=190,
            planned=(date(2023, 9, 1), date(2027, 8, 31)),
            actual=(date(2023, 7, 10), None),
            progress=80,
            weights=(70, 20, 10),
            flags=("integration",),
            places=[
                place("asern", "Arrêt principal du douar", 0.0011, 0.0007),
                place("azioun", "Arrêt près de l'école satellite", -0.0009, 0.0012),
                place("tamzait", "Arrêt à l'entrée du douar", 0.0006, -0.0014),
                place("oubaha", "Arrêt de la mosquée", -0.0012, -0.0005),
                place("tissaoudine", "Terminus du circuit nord-est", 0.0004, 0.0016),
                place("tagadirt-oufella", "Arrêt de Tagadirt", 0.0013, -0.0008),
                place("aourir-centre", "Dépôt des autobus et collège d'Aourir", -0.0018, 0.0010),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (INDH, FUNDING),
                (DAS, EXTENDING),
                (PARENTS_ASSOCIATION, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2023, 7, 10),
                    COMMUNE,
                    360_000,
                    "Carburant, entretien et assurance – année scolaire 2023-2024",
                ),
                commit(
                    date(2023, 7, 10),
                    COMMUNE,
                    864_000,
                    "six chauffeurs mis à disposition (trois années scolaires)",
                    in_kind=True,
                ),
                commit(
                    date(2023, 7, 12),
                    INDH,
                    2_100_000,
                    "six autobus de transport scolaire de 30 places",
                    in_kind=True,
                ),
                commit(
                    date(2023, 7, 12),
                    PARENTS_ASSOCIATION,
                    162_000,
                    "accompagnatrices à bord et gestion des inscriptions",
                    in_kind=True,
                ),
                spend(
                    date(2023, 9, 4),
                    INDH,
                    2_100_000,
                    "Acquisition et remise des six autobus (6 × 350 000 MAD)",
                ),
                pay(date(2023, 10, 12), COMMUNE, 360_000, "Mandat n° 517/2023"),
                spend(date(2023, 10, 20), COMMUNE, 54_000, "Assurance des six autobus 2023-2024"),
                spend(
                    date(2023, 12, 28), COMMUNE, 92_000, "Carburant – premier trimestre scolaire"
                ),
                spend(
                    date(2024, 3, 29), COMMUNE, 95_000, "Carburant – deuxième trimestre scolaire"
                ),
                spend(
                    date(2024, 6, 28), COMMUNE, 78_000, "Carburant – troisième trimestre scolaire"
                ),
                commit(
                    date(2024, 7, 15),
                    COMMUNE,
                    380_000,
                    "Carburant, entretien et assurance – année scolaire 2024-2025",
                ),
                spend(date(2024, 8, 20), COMMUNE, 41_000, "Révision d'été et pneumatiques"),
                pay(date(2024, 10, 21), COMMUNE, 380_000, "Mandat n° 498/2024"),
                spend(date(2024, 10, 25), COMMUNE, 56_000, "Assurance des six autobus 2024-2025"),
                spend(
                    date(2024, 12, 27), COMMUNE, 96_000, "Carburant – premier trimestre scolaire"
                ),
                spend(
                    date(2025, 3, 28), COMMUNE, 99_000, "Carburant – deuxième trimestre scolaire"
                ),
                spend(
                    date(2025, 6, 27), COMMUNE, 84_000, "Carburant – troisième trimestre scolaire"
                ),
                commit(
                    date(2025, 7, 14),
                    COMMUNE,
                    400_000,
                    "Carburant, entretien et assurance – année scolaire 2025-2026",
                ),
                spend(date(2025, 8, 19), COMMUNE, 45_000, "Révision d'été et pneumatiques"),
                pay(
                    date(2025, 11, 4),
                    COMMUNE,
                    250_000,
                    "Premier versement ; le solde attend le virement des crédits",
                ),
                spend(date(2025, 11, 10), COMMUNE, 58_000, "Assurance des six autobus 2025-2026"),
                spend(
                    date(2025, 12, 29), COMMUNE, 98_000, "Carburant – premier trimestre scolaire"
                ),
                spend(
                    date(2026, 3, 30), COMMUNE, 94_000, "Carburant – deuxième trimestre scolaire"
                ),
                commit(
                    date(2026, 5, 18),
                    COMMUNE,
                    420_000,
                    "Avenant n° 1 : carburant, entretien et assurance 2026-2027",
                ),
            ],
            milestones=[
                milestone(
                    ("تسليم الحافلات الست", "Remise des six autobus", "Six buses handed over"),
                    date(2023, 9, 1),
                    date(2023, 9, 4),
                ),
                milestone(
                    (
                        "دوائر جديدة نحو تيساودين وأوباها",
                        "Nouveaux circuits vers Tissaoudine et Oubaha",
                        "New routes to Tissaoudine and Oubaha",
                    ),
                    date(2024, 9, 9),
                    date(2024, 9, 9),
                ),
                milestone(
                    (
                        "ملحق رقم 1: تمديد لموسم 2026-2027",
                        "Avenant n° 1 : prolongation pour 2026-2027",
                        "Amendment no. 1: extension to 2026-2027",
                    ),
                    date(2026, 5, 31),
                    date(2026, 5, 18),
                ),
                milestone(
                    (
                        "الحصيلة النهائية والانتقال إلى شركة التنمية المحلية",
                        "Bilan final et passage à la SDL du transport scolaire",
                        "Final review and hand-over to the school-transport SDL",
                    ),
                    date(2027, 8, 31),
                ),
            ],
            updates=[
                update(
                    date(2023, 9, 4),
                    (
                        "ست حافلات جديدة لتلاميذ الدواوير",
                        "Six autobus neufs pour les élèves des douars",
                        "Six new buses for the villages' pupils",
                    ),
                    (
                        "تسلمت الجماعة ست حافلات من 30 مقعدا من المبادرة الوطنية للتنمية البشرية، وتنطلق الخدمة مع الدخول المدرسي.",
                        "La commune a reçu de l'INDH six autobus de 30 places ; le service démarre à la rentrée.",
                        "The commune received six 30-seat buses from INDH; the service starts with the new school year.",
                    ),
                ),
                update(
                    date(2025, 7, 10),
                    (
                        "حصيلة الموسم الدراسي 2024-2025",
                        "Bilan de l'année scolaire 2024-2025",
                        "Review of the 2024-2025 school year",
                    ),
                    (
                        "نقل 182 تلميذا يوميا، منهم 93 فتاة، وانخفضت نسبة الهدر المدرسي في الدواوير المستفيدة إلى 8.1 في المائة.",
                        "182 élèves transportés chaque jour, dont 93 filles ; le décrochage dans les douars desservis est tombé à 8,1 %.",
                        "182 pupils carried every day, 93 of them girls; dropout in the villages served fell to 8.1%.",
                    ),
                ),
                update(
                    date(2025, 11, 5),
                    (
                        "رصيد موسم 2025-2026 في انتظار الاعتمادات",
                        "Solde 2025-2026 en attente des crédits",
                        "2025-2026 balance awaiting appropriations",
                    ),
                    (
                        "دفع 250 000 درهم من أصل 400 000؛ يجب برمجة الباقي في أول تحويل للاعتمادات.",
                        "250 000 MAD versés sur 400 000 ; le solde est à inscrire au premier virement de crédits.",
                        "MAD 250,000 paid out of 400,000; the balance must go in the next transfer of appropriations.",
                    ),
                    public=False,
                ),
            ],
            indicators=[
                indicator(
                    PUPILS,
                    PUPILS_UNIT,
                    [
                        by_sex(*school_year(2023), (90, 90), (86, 91)),
                        by_sex(*school_year(2024), (90, 90), (93, 89)),
                        by_sex(*school_year(2025), (95, 95), (97, 92)),
                        by_sex(*school_year(2026), (95, 95)),
                    ],
                    baseline=0,
                    year=2023,
                    by=Disaggregation.SEX,
                ),
                indicator(
                    ("الحافلات في الخدمة", "Autobus en service", "Buses in service"),
                    ("حافلة", "autobus", "buses"),
                    [
                        period(*school_year(2023), 6, 6),
                        period(*school_year(2024), 6, 6),
                        period(
                            *school_year(2025),
                            6,
                            5,
                            "Un autobus immobilisé deux mois (boîte de vitesses)",
                        ),
                    ],
                    baseline=0,
                    year=2023,
                ),
                indicator(
                    (
                        "نسبة الهدر المدرسي في الدواوير المستفيدة",
                        "Taux de décrochage scolaire dans les douars desservis",
                        "School dropout rate in the villages served",
                    ),
                    PERCENT,
                    [
                        period(*school_year(2023), 11, Decimal("10.2")),
                        period(*school_year(2024), 9, Decimal("8.1")),
                        period(*school_year(2025), 7, Decimal("7.4")),
                    ],
                    level=ResultType.OUTCOME,
                    measure=Measure.PERCENTAGE,
                    baseline=14,
                    year=2023,
                ),
            ],
        ),
        project(
            "PRJ-2026-01",
            title=(
                "حافلتان إضافيتان وملاجئ انتظار لتيساودين وأوباها",
                "Deux autobus supplémentaires et abris d'arrêt pour Tissaoudine et Oubaha",
                "Two more buses and bus shelters for Tissaoudine and Oubaha",
            ),
            description=text(
                "يطول المسار الحالي نحو أبعد الدواوير أكثر من ساعة: حافلتان إضافيتان (350 000 درهم للواحدة) وستة ملاجئ انتظار تقلص مدة الرحلة وتحمي التلاميذ من الحر والمطر. الملف مقدم للمبادرة الوطنية للتنمية البشرية، وقد التزمت الجماعة بالملاجئ.",
                "Le circuit actuel vers les douars les plus éloignés dépasse une heure : deux autobus de plus (350 000 MAD l'unité) et six abris d'arrêt raccourcissent le trajet et protègent les élèves de la chaleur et de la pluie. Le dossier est présenté à l'INDH ; la commune s'est engagée pour les abris.",
                "The current route to the farthest villages takes over an hour: two more buses (MAD 350,000 each) and six bus shelters shorten the trip and protect pupils from heat and rain. The file is submitted to INDH; the commune has committed to the shelters.",
            ),
            status=PIPELINE,
            domains=["school-transport"],
            pac_axis=2,
            budget=900_000,
            beneficiaries=60,
            planned=(date(2026, 10, 1), date(2027, 9, 30)),
            progress=5,
            weights=(75, 15, 10),
            flags=("integration",),
            places=[
                place("tissaoudine", "Abri d'arrêt à l'entrée du douar", 0.0009, -0.0006),
                place("oubaha", "Abri d'arrêt près de l'école", -0.0007, 0.0010),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (INDH, FUNDING),
                (PARENTS_ASSOCIATION, IMPLEMENTING),
            ],
            plan=[
                promise(INDH, 700_000, "Deux autobus de 30 places (demande au comité provincial)")
            ],
            transactions=[
                commit(
                    date(2026, 10, 6),
                    COMMUNE,
                    200_000,
                    "Six abris d'arrêt (décision du conseil, session d'octobre 2026)",
                ),
            ],
            updates=[
                update(
                    date(2026, 10, 7),
                    (
                        "المجلس يصادق على ملاجئ الانتظار",
                        "Le conseil approuve les abris d'arrêt",
                        "Council approves the bus shelters",
                    ),
                    (
                        "خصص المجلس 200 000 درهم لستة ملاجئ، في انتظار قرار المبادرة بشأن الحافلتين.",
                        "Le conseil a réservé 200 000 MAD pour six abris, en attendant la décision de l'INDH sur les deux autobus.",
                        "The council set aside MAD 200,000 for six shelters, pending INDH's decision on the two buses.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    (
                        "مدة الرحلة نحو أبعد دوار",
                        "Durée du trajet vers le douar le plus éloigné",
                        "Travel time to the farthest village",
                    ),
                    ("دقيقة", "minutes", "minutes"),
                    [period(*school_year(2027), 40)],
                    level=ResultType.OUTCOME,
                    baseline=70,
                    year=2026,
                ),
            ],
        ),
    ]


def sport():
    return [
        project(
            "PRJ-2023-02",
            title=(
                "دعم مدرسة كرة القدم بتامراغت – موسم 2023",
                "Soutien à l'école de football de Tamraght – saison 2023",
                "Support for the Tamraght football school – 2023 season",
            ),
            description=text(
                "منحة من الجماعة للجمعية الرياضية لكرة القدم بتامراغت: تأطير 120 طفلا وشابا من 8 إلى 17 سنة، والمشاركة في البطولة الجهوية للهواة، وصيانة ملعب تامراغت.",
                "Subvention de la commune à l'Association sportive de football de Tamraght : encadrement de 120 jeunes de 8 à 17 ans, participation au championnat régional amateur et entretien du terrain de Tamraght.",
                "The commune's grant to the Tamraght football club: coaching 120 young people aged 8 to 17, the regional amateur league and the upkeep of the Tamraght pitch.",
            ),
            status=CLOSED,
            owner=FOOTBALL_CLUB,
            agreements=["CONV-2023-009"],
            domains=["sport"],
            pac_axis=2,
            budget=104_000,
            beneficiaries=120,
            planned=(date(2023, 3, 1), date(2024, 2, 29)),
            actual=(date(2023, 3, 6), date(2024, 2, 29)),
            progress=100,
            weights=(80, 10, 10),
            places=[place("tamraght", "Terrain de football de Tamraght", 0.0021, 0.0034)],
            participants=[
                (COMMUNE, FUNDING),
                (FOOTBALL_CLUB, ACCOUNTABLE),
                (FOOTBALL_CLUB, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2023, 3, 6),
                    COMMUNE,
                    80_000,
                    "Subvention de la saison 2023 (deux tranches)",
                ),
                commit(
                    date(2023, 3, 6),
                    FOOTBALL_CLUB,
                    24_000,
                    "encadrement bénévole par les entraîneurs du club",
                    in_kind=True,
                ),
                pay(
                    date(2023, 4, 18),
                    COMMUNE,
                    40_000,
                    "Mandat n° 177/2023 – première tranche",
                    to=FOOTBALL_CLUB,
                ),
                spend(date(2023, 6, 15), FOOTBALL_CLUB, 28_000, "Équipements, ballons et maillots"),
                spend(
                    date(2023, 9, 30),
                    FOOTBALL_CLUB,
                    22_000,
                    "Déplacements au championnat régional amateur",
                ),
                pay(
                    date(2023, 10, 26),
                    COMMUNE,
                    40_000,
                    "Mandat n° 540/2023 – deuxième tranche",
                    to=FOOTBALL_CLUB,
                ),
                spend(
                    date(2024, 1, 31),
                    FOOTBALL_CLUB,
                    30_000,
                    "Entretien du terrain et frais d'arbitrage",
                ),
            ],
            updates=[
                update(
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
            indicators=[
                indicator(
                    ("الأطفال والشباب المؤطرون", "Jeunes encadrés", "Young players coached"),
                    ("لاعب", "jeunes", "young players"),
                    [by_sex(date(2023, 3, 1), date(2024, 2, 29), (20, 100), (26, 98))],
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2026-02",
            title=("الملعب الكبير لتامراغت", "Grand stade de Tamraght", "The big Tamraght stadium"),
            description=text(
                "ملعب لكرة القدم بالعشب الاصطناعي بمدرجات تتسع لـ1500 متفرج، ومستودعات للملابس وإنارة، ومدرسة لكرة القدم، في موقع ملعب تامراغت الحالي. الكلفة المقدرة 52 مليون درهم؛ التزمت الجماعة والجهة، ومجلس العمالة لم يصادق بعد، وتدعم بلدية طريفة الإسبانية التجهيزات وتبادل المؤطرين. يبقى أكثر من 30 مليون درهم دون تمويل.",
                "Stade de football en gazon synthétique avec tribunes de 1 500 places, vestiaires, éclairage et école de football, sur le site de l'actuel terrain de Tamraght. Coût estimé : 52 MDH ; la commune et la Région se sont engagées, le Conseil préfectoral n'a pas encore délibéré, la municipalité de Tarifa (Espagne) soutient les équipements et l'échange d'éducateurs. Plus de 30 MDH restent à trouver.",
                "A football stadium with artificial turf, 1,500-seat stands, changing rooms, floodlights and a football school on the site of the current Tamraght pitch. Estimated cost: MAD 52 million; the commune and the Region have committed, the prefectural council has not decided yet, and Tarifa (Spain) supports the equipment and coach exchanges. More than MAD 30 million is still to be found.",
                (
                    "ملف «الملعب الكبير لتامراغت» موثق المصدر؛ أما الكلفة والشركاء والتواريخ فتوضيحية.",
                    "Le dossier du « grand stade de Tamraght » est sourcé ; le coût, les partenaires et les dates sont illustratifs.",
                    'The "big Tamraght stadium" file is sourced; its cost, partners and dates are illustrative.',
                ),
            ),
            status=PIPELINE,
            agreements=["CONV-2026-009", demo_agreements.FRAMEWORK],
            domains=["sport"],
            pac_axis=2,
            budget=52_000_000,
            beneficiaries=15_000,
            planned=(date(2026, 5, 1), date(2029, 6, 30)),
            progress=8,
            weights=(60, 30, 10),
            flags=("expertise_exchange", "integration"),
            places=[
                place("tamraght", "Site de l'actuel terrain de Tamraght (2 ha)", 0.0021, 0.0034)
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (REGION, FUNDING),
                (PREFECTURAL_COUNCIL, FUNDING),
                (TARIFA, FUNDING),
                (FOOTBALL_CLUB, IMPLEMENTING),
            ],
            plan=[
                promise(
                    TARIFA,
                    30_000,
                    "Équipements sportifs et échanges d'éducateurs (lettre d'intention)",
                    currency="EUR",
                    in_kind=True,
                ),
                promise(
                    FOOTBALL_CLUB,
                    120_000,
                    "Animation bénévole de l'école de football du stade",
                    in_kind=True,
                ),
            ],
            transactions=[
                commit(
                    date(2026, 5, 5),
                    COMMUNE,
                    3_000_000,
                    "Contribution de la commune (décision n° 28/2026)",
                ),
                commit(
                    date(2026, 5, 5), COMMUNE, 2_500_000, "terrain du stade, 2 ha", in_kind=True
                ),
                spend(date(2026, 6, 30), COMMUNE, 95_000, "Levé topographique du site"),
                commit(
                    date(2026, 7, 6),
                    REGION,
                    12_000_000,
                    "Contribution de la Région (décision n° 97/2026)",
                ),
                spend(
                    date(2026, 10, 20),
                    COMMUNE,
                    420_000,
                    "Avant-projet sommaire – première tranche du bureau d'études",
                ),
            ],
            milestones=[
                milestone(
                    (
                        "مصادقة المجلس الجماعي",
                        "Approbation du conseil communal",
                        "Communal council approval",
                    ),
                    date(2026, 5, 5),
                    date(2026, 5, 5),
                ),
                milestone(
                    (
                        "مصادقة مجلس الجهة",
                        "Approbation du Conseil régional",
                        "Regional council approval",
                    ),
                    date(2026, 7, 6),
                    date(2026, 7, 6),
                ),
                milestone(
                    (
                        "مصادقة مجلس العمالة",
                        "Approbation du Conseil préfectoral",
                        "Prefectural council approval",
                    ),
                    date(2026, 10, 31),
                    progress=50,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    (
                        "إعلان طلب العروض للأشغال",
                        "Lancement de l'appel d'offres des travaux",
                        "Call for tenders for the works",
                    ),
                    date(2027, 3, 31),
                ),
            ],
            updates=[
                update(
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
                update(
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
                update(
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
                    public=False,
                ),
            ],
            indicators=[
                indicator(
                    ("مقاعد المدرجات", "Places en tribune", "Stand seats"),
                    ("مقعد", "places", "seats"),
                    [period(date(2027, 4, 1), date(2029, 6, 30), 1500)],
                    baseline=0,
                    year=2026,
                ),
                indicator(
                    (
                        "المسجلون في مدرسة كرة القدم",
                        "Inscrits à l'école de football",
                        "Football school enrolment",
                    ),
                    ("لاعب", "jeunes", "young players"),
                    [by_sex(date(2029, 9, 1), date(2030, 6, 30), (80, 220))],
                    level=ResultType.OUTCOME,
                    baseline=124,
                    year=2024,
                    by=Disaggregation.SEX,
                ),
            ],
        ),
    ]


def cleanliness():
    return [
        project(
            "PRJ-2024-01",
            title=(
                "شواطئ نظيفة: إيموران وتامراغت (صيفا 2024 و2025)",
                "Plages propres : Imourane et Tamraght (étés 2024 et 2025)",
                "Clean beaches: Imourane and Tamraght (summers 2024 and 2025)",
            ),
            description=text(
                "جمع يومي للنفايات على الشاطئين خلال الصيف، وحاويات للفرز، وحملات تنظيف وتحسيس يقودها متطوعو جمعية إيموران، وتتكفل شركة خاصة بالنقل نحو المطرح المراقب. رفعت الجماعة مساهمتها في غشت 2025 لتمويل حاويات إضافية.",
                "Ramassage quotidien des déchets sur les deux plages en été, bacs de tri, campagnes de nettoyage et de sensibilisation menées par les bénévoles de l'association Imourane ; une société privée assure le transport vers la décharge contrôlée. La commune a augmenté sa contribution en août 2025 pour des bacs supplémentaires.",
                "Daily litter picking on both beaches in summer, sorting bins, clean-up and awareness campaigns led by the Imourane association's volunteers; a private company carries the waste to the controlled landfill. The commune raised its contribution in August 2025 for extra bins.",
            ),
            status=CLOSED,
            agreements=["CONV-2024-016"],
            domains=["waste", "coast-environment"],
            pac_axis=3,
            budget=550_000,
            beneficiaries=46_000,
            planned=(date(2024, 6, 15), date(2025, 9, 30)),
            actual=(date(2024, 6, 3), date(2025, 10, 15)),
            progress=100,
            weights=(25, 15, 60),
            flags=("integration",),
            places=[
                place("imi-miki", "Plage d'Imourane", 0.0035, -0.0052),
                place("tamraght", "Plage de Tamraght, embouchure de l'oued", -0.0022, -0.0041),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (ENVIRONMENT_ASSOCIATION, IMPLEMENTING),
                (WASTE_COMPANY, IMPLEMENTING),
            ],
            transactions=[
                commit(date(2024, 6, 3), COMMUNE, 150_000, "Contribution de la commune – été 2024"),
                commit(
                    date(2024, 6, 3),
                    ENVIRONMENT_ASSOCIATION,
                    40_000,
                    "soixante bénévoles pour la sensibilisation (deux saisons)",
                    in_kind=True,
                ),
                commit(
                    date(2024, 6, 3),
                    WASTE_COMPANY,
                    180_000,
                    "bacs de tri, un camion benne et deux agents en saison",
                    in_kind=True,
                ),
                pay(date(2024, 6, 27), COMMUNE, 150_000, "Mandat n° 355/2024", to=WASTE_COMPANY),
                spend(
                    date(2024, 7, 31),
                    COMMUNE,
                    50_000,
                    "Collecte et transport – juillet 2024",
                    to=WASTE_COMPANY,
                ),
                spend(
                    date(2024, 8, 31),
                    COMMUNE,
                    60_000,
                    "Collecte et transport – août 2024",
                    to=WASTE_COMPANY,
                ),
                spend(
                    date(2024, 9, 30),
                    COMMUNE,
                    40_000,
                    "Collecte et transport – septembre 2024",
                    to=WASTE_COMPANY,
                ),
                commit(
                    date(2025, 5, 20), COMMUNE, 150_000, "Contribution de la commune – été 2025"
                ),
                pay(date(2025, 6, 24), COMMUNE, 150_000, "Mandat n° 341/2025", to=WASTE_COMPANY),
                spend(
                    date(2025, 7, 31),
                    COMMUNE,
                    55_000,
                    "Collecte et transport – juillet 2025",
                    to=WASTE_COMPANY,
                ),
                pay(
                    date(2025, 8, 20),
                    COMMUNE,
                    30_000,
                    "Bacs de tri supplémentaires",
                    to=WASTE_COMPANY,
                    reason="Affluence record d'août 2025 ; décision du président n° 57/2025, régularisée par virement de crédits",
                ),
                spend(
                    date(2025, 8, 31),
                    COMMUNE,
                    92_000,
                    "Collecte et transport – août 2025 et bacs supplémentaires",
                    to=WASTE_COMPANY,
                ),
                spend(
                    date(2025, 9, 30),
                    COMMUNE,
                    33_000,
                    "Collecte et transport – septembre 2025",
                    to=WASTE_COMPANY,
                ),
            ],
            milestones=[
                milestone(
                    ("موسم صيف 2024", "Saison de l'été 2024", "Summer 2024 season"),
                    date(2024, 9, 30),
                    date(2024, 9, 30),
                ),
                milestone(
                    (
                        "موسم صيف 2025 والحصيلة",
                        "Saison de l'été 2025 et bilan",
                        "Summer 2025 season and review",
                    ),
                    date(2025, 9, 30),
                    date(2025, 10, 15),
                ),
            ],
            updates=[
                update(
                    date(2024, 7, 2),
                    (
                        "انطلاق عملية «شواطئ نظيفة»",
                        "Lancement de l'opération « Plages propres »",
                        '"Clean beaches" starts',
                    ),
                    (
                        "حاويات للفرز على شاطئي إيموران وتامراغت، وستون متطوعا يلتقون المصطافين كل نهاية أسبوع.",
                        "Des bacs de tri sur les plages d'Imourane et de Tamraght, et soixante bénévoles à la rencontre des estivants chaque week-end.",
                        "Sorting bins on Imourane and Tamraght beaches, and sixty volunteers meeting beach-goers every weekend.",
                    ),
                ),
                update(
                    date(2025, 10, 16),
                    (
                        "48 طنا من النفايات في صيفين",
                        "48 tonnes de déchets en deux étés",
                        "48 tonnes of waste in two summers",
                    ),
                    (
                        "جمعت 48 طنا خلال موسمين و21 حملة تنظيف؛ ستستمر العملية سنة 2026 بدعم من فاعلين سياحيين.",
                        "48 tonnes collectées en deux saisons et 21 campagnes de nettoyage ; l'opération continue en 2026 avec des acteurs du tourisme.",
                        "48 tonnes collected over two seasons and 21 clean-up campaigns; the operation continues in 2026 with tourism businesses.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    TONNES,
                    TONNES_UNIT,
                    [period(*summer(2024), 20, 22), period(*summer(2025), 25, 26)],
                    baseline=0,
                    year=2024,
                ),
                indicator(
                    CAMPAIGNS,
                    CAMPAIGNS_UNIT,
                    [period(*summer(2024), 8, 9), period(*summer(2025), 10, 12)],
                    baseline=0,
                    year=2024,
                ),
                indicator(
                    VOLUNTEERS,
                    VOLUNTEERS_UNIT,
                    [
                        period(
                            *summer(2025),
                            60,
                            71,
                            values=[
                                ("female", "0-17", 10, 14),
                                ("female", "18-59", 20, 22),
                                ("male", "0-17", 10, 12),
                                ("male", "18-59", 20, 23),
                            ],
                        ),
                    ],
                    by=Disaggregation.SEX_AGE,
                ),
            ],
        ),
        project(
            "PRJ-2025-01",
            title=(
                "جمع النفايات المنزلية والفرز من المصدر مع تغازوت",
                "Collecte des déchets ménagers et tri à la source avec Taghazout",
                "Household waste collection and sorting at source with Taghazout",
            ),
            description=text(
                "تجهيز مؤسسة التعاون بين جماعتي أورير وتغازوت للنظافة: شاحنتان ضاغطتان، و600 حاوية للفرز، ومنصة لتسميد النفايات الخضراء، وتكوين العمال. بدعم من المديرية العامة للجماعات الترابية (البرنامج الوطني للنفايات المنزلية) والوكالة الألمانية للتعاون الدولي.",
                "Équipement de l'établissement de coopération intercommunale Aourir-Taghazout pour la propreté : deux camions compacteurs, 600 bacs de tri, une plateforme de compostage des déchets verts et la formation des agents. Avec la DGCT (programme national des déchets ménagers) et la GIZ.",
                "Equipment for the Aourir-Taghazout inter-communal cleanliness establishment: two compactor trucks, 600 sorting bins, a green-waste composting platform and staff training. With the DGCT (national household waste programme) and GIZ.",
            ),
            status=IMPLEMENTATION,
            domains=["waste"],
            pac_axis=3,
            budget=7_800_000,
            beneficiaries=46_032,
            planned=(date(2025, 3, 1), date(2027, 12, 31)),
            actual=(date(2025, 3, 10), None),
            progress=55,
            weights=(30, 20, 50),
            flags=("expertise_exchange", "integration", "innovation"),
            places=[
                place("aourir-centre", "Parc des engins de l'ECI", -0.0031, 0.0027),
                place("alma", "Plateforme de compostage des déchets verts", -0.0024, 0.0018),
                place("tamraght", "Points de tri du quartier", 0.0011, 0.0013),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (TAGHAZOUT, FUNDING),
                (DGCT, FUNDING),
                (GIZ, FUNDING),
                (ECI, IMPLEMENTING),
                (WASTE_COMPANY, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2025, 3, 10),
                    COMMUNE,
                    2_400_000,
                    "Contribution d'Aourir à l'équipement de l'ECI",
                ),
                commit(
                    date(2025, 3, 10),
                    TAGHAZOUT,
                    1_600_000,
                    "Contribution de Taghazout à l'équipement de l'ECI",
                ),
                commit(
                    date(2025, 4, 15),
                    DGCT,
                    2_000_000,
                    "Programme national des déchets ménagers – appui à l'ECI",
                ),
                pay(date(2025, 4, 30), COMMUNE, 1_200_000, "Mandat n° 244/2025", to=ECI),
                commit(
                    date(2025, 5, 5),
                    GIZ,
                    150_000,
                    "Appui au tri à la source et au compostage",
                    currency="EUR",
                ),
                pay(
                    date(2025, 6, 16),
                    DGCT,
                    1_000_000,
                    "Première tranche du programme national",
                    to=ECI,
                ),
                spend(date(2025, 6, 30), COMMUNE, 1_450_000, "Deux camions compacteurs de 14 m³"),
                pay(
                    date(2025, 7, 21),
                    TAGHAZOUT,
                    800_000,
                    "Virement de la commune de Taghazout",
                    to=ECI,
                ),
                spend(
                    date(2025, 7, 31),
                    COMMUNE,
                    380_000,
                    "600 bacs roulants de 240 L pour le tri à la source",
                ),
                pay(date(2025, 9, 15), GIZ, 75_000, "Première tranche GIZ", to=ECI, currency="EUR"),
                spend(
                    date(2025, 10, 31), COMMUNE, 640_000, "Plateforme de compostage – génie civil"
                ),
                spend(
                    date(2025, 11, 20),
                    GIZ,
                    18_000,
                    "Assistance technique : plan de tri et formation des agents",
                    currency="EUR",
                ),
                spend(
                    date(2025, 12, 31),
                    COMMUNE,
                    520_000,
                    "Collecte et nettoiement – second semestre 2025",
                    to=WASTE_COMPANY,
                ),
                pay(date(2026, 2, 10), COMMUNE, 800_000, "Mandat n° 61/2026", to=ECI),
                pay(
                    date(2026, 3, 18),
                    DGCT,
                    600_000,
                    "Deuxième tranche du programme national",
                    to=ECI,
                ),
                spend(
                    date(2026, 3, 31),
                    COMMUNE,
                    275_000,
                    "Collecte et nettoiement – premier trimestre 2026",
                    to=WASTE_COMPANY,
                ),
                pay(
                    date(2026, 4, 20),
                    TAGHAZOUT,
                    500_000,
                    "Virement de la commune de Taghazout",
                    to=ECI,
                ),
                spend(
                    date(2026, 6, 30),
                    COMMUNE,
                    280_000,
                    "Collecte et nettoiement – deuxième trimestre 2026",
                    to=WASTE_COMPANY,
                ),
                pay(date(2026, 7, 14), GIZ, 60_000, "Deuxième tranche GIZ", to=ECI, currency="EUR"),
                spend(
                    date(2026, 9, 30),
                    COMMUNE,
                    290_000,
                    "Collecte et nettoiement – troisième trimestre 2026",
                    to=WASTE_COMPANY,
                ),
            ],
            milestones=[
                milestone(
                    (
                        "تسلم الشاحنتين الضاغطتين",
                        "Réception des deux camions compacteurs",
                        "Compactor trucks delivered",
                    ),
                    date(2025, 6, 30),
                    date(2025, 6, 30),
                ),
                milestone(
                    (
                        "توزيع حاويات الفرز على الأحياء",
                        "Distribution des bacs de tri dans les quartiers",
                        "Sorting bins handed out in the neighbourhoods",
                    ),
                    date(2025, 9, 30),
                    date(2025, 10, 14),
                ),
                milestone(
                    (
                        "تشغيل منصة التسميد",
                        "Mise en service de la plateforme de compostage",
                        "Composting platform in service",
                    ),
                    date(2026, 6, 30),
                    progress=70,
                    status=MilestoneStatus.UNDER_WAY,
                ),
            ],
            updates=[
                update(
                    date(2025, 7, 2),
                    (
                        "شاحنتان جديدتان لجمع النفايات",
                        "Deux nouveaux camions de collecte",
                        "Two new collection trucks",
                    ),
                    (
                        "تسلمت مؤسسة التعاون بين الجماعات شاحنتين ضاغطتين تغطيان أورير وتغازوت.",
                        "L'ECI a reçu deux camions compacteurs qui desservent Aourir et Taghazout.",
                        "The inter-communal establishment received two compactor trucks serving Aourir and Taghazout.",
                    ),
                ),
                update(
                    date(2026, 1, 20),
                    (
                        "الفرز من المصدر في تامراغت وألما",
                        "Le tri à la source à Tamraght et Alma",
                        "Sorting at source in Tamraght and Alma",
                    ),
                    (
                        "11 في المائة من الأسر تفرز نفاياتها بعد ثلاثة أشهر؛ الهدف 30 في المائة نهاية 2026.",
                        "11 % des foyers trient leurs déchets après trois mois ; objectif : 30 % fin 2026.",
                        "11% of households sort their waste after three months; the target is 30% by the end of 2026.",
                    ),
                ),
                update(
                    date(2026, 7, 1),
                    (
                        "تأخر منصة التسميد",
                        "Retard de la plateforme de compostage",
                        "Composting platform behind schedule",
                    ),
                    (
                        "ينتظر المقاول رخصة الربط الكهربائي؛ التشغيل مرتقب قبل نهاية السنة.",
                        "L'entreprise attend l'autorisation de raccordement électrique ; mise en service attendue avant la fin de l'année.",
                        "The contractor awaits the electricity connection permit; commissioning expected before the end of the year.",
                    ),
                    public=False,
                ),
            ],
            indicators=[
                indicator(
                    TONNES,
                    TONNES_UNIT,
                    [
                        period(date(2025, 3, 1), date(2025, 12, 31), 6500, 6820),
                        period(*year(2026), 9000),
                    ],
                    baseline=7800,
                    year=2024,
                ),
                indicator(
                    (
                        "الأسر التي تفرز نفاياتها",
                        "Foyers qui trient leurs déchets",
                        "Households sorting their waste",
                    ),
                    PERCENT,
                    [
                        period(date(2025, 10, 1), date(2025, 12, 31), 15, 11),
                        period(*year(2026), 30),
                    ],
                    level=ResultType.OUTCOME,
                    measure=Measure.PERCENTAGE,
                    baseline=0,
                    year=2025,
                ),
            ],
        ),
        project(
            "PRJ-2026-03",
            title=(
                "حملات تنظيف الشواطئ وواد تامراغت – صيف 2026",
                "Campagnes de nettoyage des plages et de l'oued Tamraght – été 2026",
                "Clean-up campaigns on the beaches and the Tamraght river – summer 2026",
            ),
            description=text(
                "بعد اتفاقية 2024-2025، تقود جمعية إيموران حملات التنظيف بتمويل من الجماعة ومن فاعلين سياحيين بتغازوت باي، ومشاركة مدرسة ركوب الأمواج، وتتكفل الشركة بنقل النفايات.",
                "Après la convention 2024-2025, l'association Imourane mène les campagnes avec le financement de la commune et d'acteurs touristiques de Taghazout Bay, la participation de l'école de surf, et la société assure le transport des déchets.",
                "After the 2024-2025 agreement, the Imourane association leads the campaigns, funded by the commune and Taghazout Bay tourism businesses, with the surf school taking part and the company carrying the waste.",
            ),
            status=FINALISATION,
            owner=ENVIRONMENT_ASSOCIATION,
            domains=["coast-environment", "waste"],
            pac_axis=3,
            budget=420_000,
            beneficiaries=46_000,
            planned=(date(2026, 5, 1), date(2026, 10, 31)),
            actual=(date(2026, 5, 12), None),
            progress=95,
            weights=(25, 15, 60),
            places=[
                place("imi-miki", "Plage d'Imourane", 0.0035, -0.0052),
                place("tamraght", "Embouchure de l'oued Tamraght", -0.0022, -0.0041),
                place("tougmane", "Banana Beach", -0.0046, -0.0038),
            ],
            participants=[
                (ENVIRONMENT_ASSOCIATION, ACCOUNTABLE),
                (ENVIRONMENT_ASSOCIATION, IMPLEMENTING),
                (COMMUNE, FUNDING),
                (SAPST, FUNDING),
                (HOTEL, FUNDING),
                (SURF_SCHOOL, IMPLEMENTING),
                (WASTE_COMPANY, IMPLEMENTING),
            ],
            transactions=[
                commit(date(2026, 5, 12), COMMUNE, 150_000, "Subvention de la commune – été 2026"),
                commit(
                    date(2026, 5, 12),
                    ENVIRONMENT_ASSOCIATION,
                    50_000,
                    "bénévoles et coordination",
                    in_kind=True,
                ),
                commit(date(2026, 5, 20), SAPST, 120_000, "Mécénat de la station de Taghazout"),
                commit(date(2026, 5, 25), HOTEL, 60_000, "Mécénat de l'hôtel"),
                commit(
                    date(2026, 5, 25),
                    SURF_SCHOOL,
                    30_000,
                    "moniteurs et planches pour les journées jeunes",
                    in_kind=True,
                ),
                pay(
                    date(2026, 6, 10),
                    COMMUNE,
                    150_000,
                    "Mandat n° 318/2026",
                    to=ENVIRONMENT_ASSOCIATION,
                ),
                pay(
                    date(2026, 6, 15),
                    SAPST,
                    120_000,
                    "Virement de la SAPST",
                    to=ENVIRONMENT_ASSOCIATION,
                ),
                pay(
                    date(2026, 7, 1),
                    HOTEL,
                    60_000,
                    "Virement de l'hôtel",
                    to=ENVIRONMENT_ASSOCIATION,
                ),
                spend(
                    date(2026, 7, 15),
                    ENVIRONMENT_ASSOCIATION,
                    95_000,
                    "Gants, sacs, bacs et signalétique",
                ),
                spend(
                    date(2026, 8, 31),
                    ENVIRONMENT_ASSOCIATION,
                    140_000,
                    "Transport des déchets vers la décharge contrôlée",
                    to=WASTE_COMPANY,
                ),
                spend(
                    date(2026, 9, 30),
                    ENVIRONMENT_ASSOCIATION,
                    62_000,
                    "Ateliers de sensibilisation et journée de l'oued",
                ),
            ],
            updates=[
                update(
                    date(2026, 6, 20),
                    (
                        "الفاعلون السياحيون يدعمون نظافة الشواطئ",
                        "Les acteurs du tourisme soutiennent la propreté des plages",
                        "Tourism businesses back clean beaches",
                    ),
                    (
                        "تساهم شركة محطة تغازوت وفندق بتغازوت باي بـ180 000 درهم في حملات هذا الصيف.",
                        "La société de la station de Taghazout et un hôtel de Taghazout Bay apportent 180 000 MAD aux campagnes de cet été.",
                        "The Taghazout resort company and a Taghazout Bay hotel bring MAD 180,000 to this summer's campaigns.",
                    ),
                ),
                update(
                    date(2026, 10, 5),
                    ("14 حملة و34 طنا", "14 campagnes et 34 tonnes", "14 campaigns and 34 tonnes"),
                    (
                        "شارك 190 متطوعا، منهم 104 نساء وفتيات؛ التقرير المالي قيد الإعداد.",
                        "190 bénévoles, dont 104 femmes et filles ; le rapport financier est en préparation.",
                        "190 volunteers, 104 of them women and girls; the financial report is being prepared.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    TONNES, TONNES_UNIT, [period(*summer(2026), 30, 34)], baseline=26, year=2025
                ),
                indicator(
                    CAMPAIGNS,
                    CAMPAIGNS_UNIT,
                    [period(*summer(2026), 12, 14)],
                    baseline=12,
                    year=2025,
                ),
                indicator(
                    VOLUNTEERS,
                    VOLUNTEERS_UNIT,
                    [by_sex(*summer(2026), (80, 80), (104, 86))],
                    by=Disaggregation.SEX,
                ),
            ],
        ),
    ]


def festival_and_heritage():
    return [
        project(
            "PRJ-2025-02",
            title=(
                "مهرجان تغازوت الصيفي: منصة التراث الأمازيغي بتامراغت (دورة 2025)",
                "Festival d'été de Taghazout : scène du patrimoine amazigh à Tamraght (édition 2025)",
                "Taghazout summer festival: the Amazigh heritage stage in Tamraght (2025 edition)",
            ),
            description=text(
                "تنظم جمعية أساييس، مع جماعتي أورير وتغازوت، منصة لفنون أحواش والشعر الأمازيغي والصناعة التقليدية ضمن المهرجان الصيفي، بدعم من المجلس الجهوي للسياحة وشركة محطة تغازوت.",
                "L'association Asays organise, avec les communes d'Aourir et de Taghazout, une scène consacrée à l'ahwach, à la poésie amazighe et à l'artisanat dans le cadre du festival d'été, avec le Conseil régional du tourisme et la société de la station de Taghazout.",
                "The Asays association, with the communes of Aourir and Taghazout, runs a stage for ahwach, Amazigh poetry and crafts within the summer festival, with the Regional Tourism Council and the Taghazout resort company.",
                (
                    "المهرجان الصيفي لتغازوت موثق المصدر؛ أما هذه المنصة وأرقامها فتوضيحية.",
                    "Le festival d'été de Taghazout est sourcé ; cette scène et ses chiffres sont illustratifs.",
                    "The Taghazout summer festival is sourced; this stage and its figures are illustrative.",
                ),
            ),
            status=CLOSED,
            owner=HERITAGE_ASSOCIATION,
            domains=["culture-heritage", "eco-tourism"],
            pac_axis=5,
            budget=780_000,
            beneficiaries=23_000,
            planned=(date(2025, 5, 1), date(2025, 9, 30)),
            actual=(date(2025, 5, 6), date(2025, 9, 30)),
            progress=100,
            weights=(45, 45, 10),
            flags=("integration",),
            places=[place("tamraght", "Esplanade du front de mer", -0.0017, -0.0029)],
            participants=[
                (HERITAGE_ASSOCIATION, ACCOUNTABLE),
                (HERITAGE_ASSOCIATION, IMPLEMENTING),
                (COMMUNE, FUNDING),
                (TAGHAZOUT, FUNDING),
                (CRT, FUNDING),
                (SAPST, FUNDING),
            ],
            transactions=[
                commit(
                    date(2025, 5, 6), COMMUNE, 250_000, "Subvention de la commune au festival 2025"
                ),
                commit(
                    date(2025, 5, 6),
                    HERITAGE_ASSOCIATION,
                    80_000,
                    "bénévoles, costumes et instruments",
                    in_kind=True,
                ),
                commit(
                    date(2025, 5, 13), TAGHAZOUT, 150_000, "Contribution de la commune de Taghazout"
                ),
                commit(date(2025, 5, 20), CRT, 120_000, "Promotion de la destination"),
                commit(date(2025, 6, 2), SAPST, 180_000, "Mécénat de la station de Taghazout"),
                pay(
                    date(2025, 6, 10),
                    COMMUNE,
                    250_000,
                    "Mandat n° 309/2025",
                    to=HERITAGE_ASSOCIATION,
                ),
                pay(
                    date(2025, 6, 18),
                    TAGHAZOUT,
                    150_000,
                    "Virement de la commune de Taghazout",
                    to=HERITAGE_ASSOCIATION,
                ),
                pay(date(2025, 7, 1), CRT, 120_000, "Virement du CRT", to=HERITAGE_ASSOCIATION),
                pay(
                    date(2025, 7, 3),
                    SAPST,
                    180_000,
                    "Virement de la SAPST",
                    to=HERITAGE_ASSOCIATION,
                ),
                spend(
                    date(2025, 7, 20),
                    HERITAGE_ASSOCIATION,
                    210_000,
                    "Cachets des troupes et des artistes",
                ),
                spend(date(2025, 8, 5), HERITAGE_ASSOCIATION, 260_000, "Scène, son et lumière"),
                spend(
                    date(2025, 8, 10), HERITAGE_ASSOCIATION, 95_000, "Sécurité, secours et propreté"
                ),
                spend(
                    date(2025, 9, 15),
                    HERITAGE_ASSOCIATION,
                    120_000,
                    "Communication et hébergement des artistes",
                ),
            ],
            milestones=[
                milestone(
                    ("برمجة الفرق", "Programmation des troupes", "Programme of troupes"),
                    date(2025, 6, 30),
                    date(2025, 6, 27),
                ),
                milestone(
                    ("ليالي المهرجان", "Soirées du festival", "Festival nights"),
                    date(2025, 8, 10),
                    date(2025, 8, 10),
                ),
            ],
            updates=[
                update(
                    date(2025, 8, 12),
                    (
                        "23 ألف زائر لمنصة التراث",
                        "23 000 visiteurs sur la scène du patrimoine",
                        "23,000 visitors at the heritage stage",
                    ),
                    (
                        "134 فنانا وثلاث ليال من أحواش والشعر، ومعرض للتعاونيات النسوية.",
                        "134 artistes, trois soirées d'ahwach et de poésie, et une exposition des coopératives féminines.",
                        "134 artists, three nights of ahwach and poetry, and a women's cooperatives fair.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    VISITORS,
                    VISITORS_UNIT,
                    [by_sex(*summer(2025), (9000, 11000), (10400, 12800))],
                    by=Disaggregation.SEX,
                ),
                indicator(
                    ARTISTS,
                    ARTISTS_UNIT,
                    [by_sex(*summer(2025), (40, 80), (38, 96))],
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2026-04",
            title=(
                "مهرجان تغازوت الصيفي 2026 وتوثيق التراث اللامادي",
                "Festival d'été de Taghazout 2026 et documentation du patrimoine immatériel",
                "Taghazout summer festival 2026 and documenting intangible heritage",
            ),
            description=text(
                "دورة 2026 من منصة التراث الأمازيغي، مع توثيق سمعي بصري لأحواش بدعم من مكتب اليونسكو للمغرب العربي، تمهيدا لاتفاقية صون الأنوية التاريخية.",
                "Édition 2026 de la scène du patrimoine amazigh, avec une documentation audiovisuelle de l'ahwach soutenue par le Bureau de l'UNESCO pour le Maghreb, en préparation de la convention de sauvegarde des noyaux historiques.",
                "The 2026 edition of the Amazigh heritage stage, with audiovisual documentation of ahwach supported by the UNESCO Office for the Maghreb, ahead of the agreement on the historic cores.",
                (
                    "المهرجان موثق المصدر؛ أما دعم اليونسكو والأرقام فتوضيحية. المبالغ بالدولار مقومة بجدول أسعار العرض.",
                    "Le festival est sourcé ; le soutien de l'UNESCO et les chiffres sont illustratifs. Les montants en USD sont valorisés avec la table de cours de démonstration.",
                    "The festival is sourced; UNESCO's support and the figures are illustrative. USD amounts are valued with the demo rate table.",
                ),
            ),
            status=FINALISATION,
            owner=HERITAGE_ASSOCIATION,
            domains=["culture-heritage", "eco-tourism"],
            pac_axis=5,
            budget=960_000,
            beneficiaries=26_000,
            planned=(date(2026, 5, 1), date(2026, 12, 31)),
            actual=(date(2026, 5, 7), None),
            progress=90,
            weights=(45, 45, 10),
            flags=("expertise_exchange", "integration"),
            places=[
                place("tamraght", "Esplanade du front de mer", -0.0017, -0.0029),
                place(
                    "iguer-oufoullous",
                    "Maison traditionnelle (tournage de l'ahwach)",
                    0.0008,
                    0.0005,
                ),
            ],
            participants=[
                (HERITAGE_ASSOCIATION, ACCOUNTABLE),
                (HERITAGE_ASSOCIATION, IMPLEMENTING),
                (COMMUNE, FUNDING),
                (TAGHAZOUT, FUNDING),
                (CRT, FUNDING),
                (SAPST, FUNDING),
                (UNESCO, FUNDING),
            ],
            transactions=[
                commit(
                    date(2026, 5, 7), COMMUNE, 280_000, "Subvention de la commune au festival 2026"
                ),
                commit(
                    date(2026, 5, 7),
                    HERITAGE_ASSOCIATION,
                    60_000,
                    "bénévoles, costumes et instruments",
                    in_kind=True,
                ),
                commit(
                    date(2026, 5, 14), TAGHAZOUT, 160_000, "Contribution de la commune de Taghazout"
                ),
                commit(date(2026, 5, 21), CRT, 130_000, "Promotion de la destination"),
                commit(date(2026, 6, 1), SAPST, 180_000, "Mécénat de la station de Taghazout"),
                commit(
                    date(2026, 6, 1),
                    UNESCO,
                    15_000,
                    "Documentation audiovisuelle de l'ahwach",
                    currency="USD",
                ),
                pay(
                    date(2026, 6, 9),
                    COMMUNE,
                    280_000,
                    "Mandat n° 301/2026",
                    to=HERITAGE_ASSOCIATION,
                ),
                pay(
                    date(2026, 6, 22),
                    TAGHAZOUT,
                    160_000,
                    "Virement de la commune de Taghazout",
                    to=HERITAGE_ASSOCIATION,
                ),
                pay(
                    date(2026, 7, 2),
                    CRT,
                    100_000,
                    "Virement du CRT ; le solde suit le bilan",
                    to=HERITAGE_ASSOCIATION,
                ),
                pay(
                    date(2026, 7, 6),
                    SAPST,
                    180_000,
                    "Virement de la SAPST",
                    to=HERITAGE_ASSOCIATION,
                ),
                pay(
                    date(2026, 7, 10),
                    UNESCO,
                    15_000,
                    "Contrat de prestation audiovisuelle",
                    to=HERITAGE_ASSOCIATION,
                    currency="USD",
                ),
                spend(
                    date(2026, 7, 25),
                    HERITAGE_ASSOCIATION,
                    235_000,
                    "Cachets des troupes et des artistes",
                ),
                spend(date(2026, 8, 8), HERITAGE_ASSOCIATION, 285_000, "Scène, son et lumière"),
                spend(
                    date(2026, 8, 12),
                    HERITAGE_ASSOCIATION,
                    102_000,
                    "Sécurité, secours et propreté",
                ),
                spend(
                    date(2026, 8, 30),
                    HERITAGE_ASSOCIATION,
                    15_000,
                    "Tournage et montage du film sur l'ahwach",
                    currency="USD",
                ),
            ],
            milestones=[
                milestone(
                    ("ليالي المهرجان", "Soirées du festival", "Festival nights"),
                    date(2026, 8, 9),
                    date(2026, 8, 9),
                ),
                milestone(
                    (
                        "عرض الفيلم الوثائقي حول أحواش",
                        "Projection du film sur l'ahwach",
                        "Screening of the ahwach film",
                    ),
                    date(2026, 12, 15),
                    progress=60,
                    status=MilestoneStatus.UNDER_WAY,
                ),
            ],
            updates=[
                update(
                    date(2026, 8, 11),
                    (
                        "أكثر من 26 ألف زائر",
                        "Plus de 26 000 visiteurs",
                        "More than 26,000 visitors",
                    ),
                    (
                        "141 فنانا، وتصوير فيلم وثائقي عن أحواش مع خبراء اليونسكو.",
                        "141 artistes, et le tournage d'un film documentaire sur l'ahwach avec des experts de l'UNESCO.",
                        "141 artists, and a documentary on ahwach filmed with UNESCO experts.",
                    ),
                ),
                update(
                    date(2026, 10, 12),
                    (
                        "الحصيلة المالية في انتظار رصيد المجلس الجهوي للسياحة",
                        "Bilan financier en attente du solde du CRT",
                        "Financial report awaiting the tourism council's balance",
                    ),
                    (
                        "تبقى 30 000 درهم من مساهمة المجلس الجهوي للسياحة؛ تقدم الجمعية الحصيلة في نونبر.",
                        "Il reste 30 000 MAD de la contribution du CRT ; l'association présente le bilan en novembre.",
                        "MAD 30,000 of the tourism council's contribution is outstanding; the association reports in November.",
                    ),
                    public=False,
                ),
            ],
            indicators=[
                indicator(
                    VISITORS,
                    VISITORS_UNIT,
                    [by_sex(*summer(2026), (11000, 13000), (12100, 14300))],
                    baseline=23200,
                    year=2025,
                    by=Disaggregation.SEX,
                ),
                indicator(
                    ARTISTS,
                    ARTISTS_UNIT,
                    [by_sex(*summer(2026), (45, 85), (47, 94))],
                    baseline=134,
                    year=2025,
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2026-05",
            title=(
                "صون الأنوية التاريخية لأورير وتثمين التراث الأمازيغي اللامادي",
                "Sauvegarde des noyaux historiques d'Aourir et valorisation du patrimoine immatériel amazigh",
                "Safeguarding Aourir's historic cores and Amazigh intangible heritage",
            ),
            description=text(
                "جرد البنايات التقليدية بإيكر أوفلوس وتاقمو وتوكمان وأسرسيف، وتوثيق التراث اللامادي، وتكوين عشرين مرشدا شابا، مع مكتب اليونسكو وجمعية أساييس. الاتفاقية في انتظار تأشيرة العامل.",
                "Inventaire du bâti traditionnel d'Iguer Oufoullous, Taqemmou, Tougmane et Asserssif, documentation du patrimoine immatériel et formation de vingt jeunes guides, avec le Bureau de l'UNESCO et l'association Asays. La convention attend le visa du gouverneur.",
                "Inventory of the traditional buildings of Iguer Oufoullous, Taqemmou, Tougmane and Asserssif, documenting intangible heritage and training twenty young guides, with UNESCO and the Asays association. The agreement awaits the governor's visa.",
            ),
            status=PIPELINE,
            agreements=["CONV-2026-016"],
            domains=["culture-heritage", "eco-tourism"],
            pac_axis=5,
            budget=620_000,
            beneficiaries=5_800,
            planned=(date(2027, 1, 1), date(2028, 12, 31)),
            progress=5,
            weights=(40, 30, 30),
            flags=("expertise_exchange",),
            places=[
                place("iguer-oufoullous", "Noyau historique d'Iguer Oufoullous", 0.0008, 0.0005),
                place("taqemmou", "Noyau historique de Taqemmou", -0.0006, 0.0007),
                place("tougmane", "Noyau historique de Tougmane", 0.0005, -0.0009),
                place("assersif", "Vieux quartier d'Asserssif, rive de l'oued", -0.0010, 0.0004),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (UNESCO, FUNDING),
                (HERITAGE_ASSOCIATION, IMPLEMENTING),
            ],
            milestones=[
                milestone(
                    (
                        "تأشيرة العامل على الاتفاقية",
                        "Visa du gouverneur sur la convention",
                        "Governor's visa on the agreement",
                    ),
                    date(2026, 12, 15),
                    progress=50,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    (
                        "جرد البنايات التقليدية",
                        "Inventaire du bâti traditionnel",
                        "Inventory of traditional buildings",
                    ),
                    date(2027, 9, 30),
                ),
                milestone(
                    (
                        "تكوين المرشدين الشباب",
                        "Formation des jeunes guides",
                        "Training of young guides",
                    ),
                    date(2028, 6, 30),
                ),
            ],
            updates=[
                update(
                    date(2026, 11, 16),
                    (
                        "اتفاقية مع اليونسكو لصون الأنوية التاريخية",
                        "Une convention avec l'UNESCO pour les noyaux historiques",
                        "An agreement with UNESCO on the historic cores",
                    ),
                    (
                        "صادق المجلس على الاتفاقية وأرسلت إلى العامل للتأشير.",
                        "Le conseil a approuvé la convention, envoyée au gouverneur pour visa.",
                        "The council approved the agreement, which has gone to the governor for his visa.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    (
                        "البنايات التقليدية المجرودة",
                        "Bâtiments traditionnels inventoriés",
                        "Traditional buildings inventoried",
                    ),
                    ("بناية", "bâtiments", "buildings"),
                    [period(*year(2027), 120)],
                    baseline=0,
                    year=2026,
                ),
                indicator(
                    ("المرشدون الشباب المكونون", "Jeunes guides formés", "Young guides trained"),
                    ("مرشد", "guides", "guides"),
                    [by_sex(*year(2028), (10, 10))],
                    by=Disaggregation.SEX,
                ),
            ],
        ),
    ]


def infrastructure():
    return [
        project(
            "PRJ-2024-02",
            title=(
                "التأهيل الحضري لمركز أورير",
                "Mise à niveau urbaine du centre d'Aourir",
                "Urban upgrading of Aourir centre",
            ),
            description=text(
                "تهيئة الطرق والأرصفة، والإنارة العمومية، والساحات والمساحات الخضراء، وتصريف مياه الأمطار بمركز أورير، بكلفة 73 مليون درهم: الوزارة 22، والجهة 32، والجماعة 19، ويحمل المشروع العمران سوس ماسة في أجل سنتين. صادق المجلس في 6 فبراير 2024 والجهة في مارس 2024، وأرسلت الاتفاقية لتوقيع الوزارة في 31 يوليوز 2024 ولم توقع بعد: حصة الوزارة غير مؤمنة والأشغال لم تنطلق.",
                "Voirie et trottoirs, éclairage public, places et espaces verts, drainage des eaux pluviales du centre d'Aourir, pour 73 MDH : ministère 22, Région 32, commune 19 ; porté par Al Omrane Souss-Massa en deux ans. Approuvée par le conseil le 6 février 2024 et par la Région en mars 2024, la convention a été envoyée à la signature du ministère le 31 juillet 2024 et n'est toujours pas signée : la part du ministère n'est pas acquise et les travaux n'ont pas commencé.",
                "Streets and pavements, public lighting, squares and green spaces and storm drainage in Aourir centre, for MAD 73 million: ministry 22, Region 32, commune 19; held by Al Omrane Souss-Massa over two years. Approved by the council on 6 February 2024 and by the Region in March 2024, the agreement went to the ministry for signature on 31 July 2024 and is still unsigned: the ministry's share is not secured and works have not started.",
                (
                    "موثق المصدر: الكلفة وتوزيعها، وحامل المشروع، والمدة، وتواريخ المصادقة والإرسال للتوقيع. توضيحي: المعالم، ومصاريف الدراسات، والمؤشرات، والتواريخ الأخرى.",
                    "Sourcé : le coût et sa répartition, le porteur, la durée, les dates d'approbation et d'envoi à la signature. Illustratif : jalons, dépenses d'études, indicateurs et autres dates.",
                    "Sourced: the cost and its split, the holder, the duration, the approval dates and the sending for signature. Illustrative: milestones, study costs, indicators and other dates.",
                ),
            ),
            status=PIPELINE,
            owner=AL_OMRANE,
            agreements=[demo_agreements.URBAN_UPGRADING, demo_agreements.FRAMEWORK],
            domains=["urban-upgrading", "roads", "public-lighting"],
            pac_axis=1,
            budget=73_000_000,
            beneficiaries=12_400,
            planned=(date(2024, 7, 1), date(2027, 12, 31)),
            progress=10,
            weights=(40, 35, 25),
            flags=("integration",),
            places=[
                place(
                    "aourir-centre", "Boulevard principal et place de la commune", 0.0004, -0.0006
                ),
            ],
            participants=[
                (AL_OMRANE, ACCOUNTABLE),
                (AL_OMRANE, IMPLEMENTING),
                (MINISTRY, FUNDING),
                (REGION, FUNDING),
                (COMMUNE, FUNDING),
            ],
            transactions=[
                commit(
                    date(2024, 7, 15),
                    COMMUNE,
                    9_500_000,
                    "Contribution de la commune – tranche 2024",
                ),
                commit(
                    date(2024, 7, 15),
                    COMMUNE,
                    9_500_000,
                    "Contribution de la commune – tranche 2025",
                ),
                commit(
                    date(2024, 7, 29),
                    REGION,
                    16_000_000,
                    "Contribution de la Région – tranche 2024",
                ),
                commit(
                    date(2024, 7, 29),
                    REGION,
                    16_000_000,
                    "Contribution de la Région – tranche 2025",
                ),
                spend(
                    date(2025, 3, 31),
                    AL_OMRANE,
                    1_250_000,
                    "Études d'exécution et levés, préfinancés par Al Omrane",
                ),
            ],
            milestones=[
                milestone(
                    (
                        "مصادقة المجلس الجماعي",
                        "Approbation du conseil communal",
                        "Communal council approval",
                    ),
                    date(2024, 2, 6),
                    date(2024, 2, 6),
                ),
                milestone(
                    (
                        "مصادقة مجلس الجهة",
                        "Approbation du Conseil régional",
                        "Regional council approval",
                    ),
                    date(2024, 3, 4),
                    date(2024, 3, 4),
                ),
                milestone(
                    ("توقيع الوزارة", "Signature du ministère", "Ministry's signature"),
                    date(2024, 9, 30),
                    progress=0,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    ("انطلاق الأشغال", "Démarrage des travaux", "Works start"), date(2025, 1, 15)
                ),
            ],
            updates=[
                update(
                    date(2024, 2, 7),
                    (
                        "المجلس يصادق على تأهيل المركز",
                        "Le conseil approuve la mise à niveau du centre",
                        "Council approves the centre's upgrading",
                    ),
                    (
                        "صادق المجلس الجماعي على اتفاقية بقيمة 73 مليون درهم، منها 19 مليونا من الجماعة.",
                        "Le conseil communal a approuvé une convention de 73 MDH, dont 19 MDH de la commune.",
                        "The communal council approved a MAD 73 million agreement, 19 million of it from the commune.",
                    ),
                ),
                update(
                    date(2024, 8, 1),
                    (
                        "الاتفاقية لدى الوزارة للتوقيع",
                        "La convention chez le ministère pour signature",
                        "Agreement with the ministry for signature",
                    ),
                    (
                        "وقعت الجماعة والجهة والعمران؛ تنتظر الأشغال توقيع الوزارة.",
                        "La commune, la Région et Al Omrane ont signé ; les travaux attendent la signature du ministère.",
                        "The commune, the Region and Al Omrane have signed; the works await the ministry's signature.",
                    ),
                ),
                update(
                    date(2026, 9, 15),
                    (
                        "تذكير جديد للوزارة",
                        "Nouvelle relance du ministère",
                        "New reminder to the ministry",
                    ),
                    (
                        "رسالة من الرئيس إلى مديرية سياسة المدينة؛ يقترح العمران بدء الشطر الأول بحصتي الجماعة والجهة.",
                        "Lettre du président à la direction de la politique de la ville ; Al Omrane propose de lancer une première phase avec les parts de la commune et de la Région.",
                        "Letter from the president to the city-policy directorate; Al Omrane proposes starting a first phase with the commune's and the Region's shares.",
                    ),
                    public=False,
                ),
            ],
            indicators=[
                indicator(
                    ("الطرق المؤهلة", "Voirie mise à niveau", "Streets upgraded"),
                    KM,
                    [
                        period(
                            *year(2025),
                            5,
                            0,
                            "Travaux non lancés : signature du ministère attendue",
                        ),
                        period(*year(2027), 12),
                    ],
                    baseline=0,
                    year=2024,
                ),
                indicator(
                    ("نقط الإنارة المركبة", "Points lumineux installés", "Street lights installed"),
                    LIGHTS_UNIT,
                    [period(*year(2027), 850)],
                    baseline=0,
                    year=2024,
                ),
            ],
        ),
        project(
            "PRJ-2024-03",
            title=(
                "المسلك الرابط بين تامراغت وتغازوت والتطهير السائل للأحياء المجاورة",
                "Piste Tamraght – Taghazout et assainissement des quartiers limitrophes",
                "Tamraght – Taghazout track and sanitation of the border neighbourhoods",
            ),
            description=text(
                "مشروع مشترك بين جماعتي أورير وتغازوت: تعبيد 8 كلم من المسلك عبر المنطقة الداخلية، وربط الأحياء الواقعة على حدود الجماعتين بشبكة التطهير السائل، مع الوكالة المستقلة المتعددة الخدمات بأكادير. مدد أجل التنفيذ سنة بسبب التقلبات الجوية لشتاء 2025-2026.",
                "Projet commun aux communes d'Aourir et de Taghazout : revêtement de 8 km de piste par l'arrière-pays et raccordement des quartiers situés à la limite des deux communes au réseau d'assainissement, avec la RAMSA. Délai prolongé d'un an après les intempéries de l'hiver 2025-2026.",
                "A joint project of Aourir and Taghazout: surfacing 8 km of inland track and connecting the neighbourhoods on the boundary to the sewer network, with RAMSA. Extended by a year after the 2025-2026 winter storms.",
            ),
            status=IMPLEMENTATION,
            agreements=["CONV-2024-012"],
            domains=["roads", "sanitation"],
            pac_axis=1,
            budget=6_400_000,
            beneficiaries=6_500,
            planned=(date(2024, 7, 8), date(2027, 6, 30)),
            actual=(date(2024, 7, 8), None),
            progress=70,
            weights=(40, 35, 25),
            flags=("integration",),
            places=[
                place("tamraght", "Départ de la piste, sortie nord de Tamraght", 0.0042, -0.0015),
                place("imi-miki", "Quartier raccordé au réseau d'assainissement", 0.0016, 0.0012),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (TAGHAZOUT, FUNDING),
                (RAMSA, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2024, 7, 8), COMMUNE, 1_500_000, "Contribution d'Aourir – tranche 2024"
                ),
                commit(
                    date(2024, 7, 8),
                    TAGHAZOUT,
                    1_000_000,
                    "Contribution de Taghazout – tranche 2024",
                ),
                commit(
                    date(2024, 7, 8),
                    RAMSA,
                    400_000,
                    "études techniques et suivi des travaux d'assainissement",
                    in_kind=True,
                ),
                pay(date(2024, 12, 16), COMMUNE, 1_500_000, "Mandat n° 731/2024"),
                commit(
                    date(2025, 1, 15), COMMUNE, 2_000_000, "Contribution d'Aourir – tranche 2025"
                ),
                commit(
                    date(2025, 1, 15),
                    TAGHAZOUT,
                    1_500_000,
                    "Contribution de Taghazout – tranche 2025",
                ),
                pay(date(2025, 1, 20), TAGHAZOUT, 1_000_000, "Virement de la commune de Taghazout"),
                spend(
                    date(2025, 2, 28), COMMUNE, 980_000, "Décompte n° 1 – terrassements de la piste"
                ),
                spend(date(2025, 5, 30), COMMUNE, 1_120_000, "Décompte n° 2 – chaussée"),
                spend(date(2025, 9, 30), COMMUNE, 860_000, "Décompte n° 3 – ouvrages hydrauliques"),
                pay(date(2025, 12, 22), COMMUNE, 2_000_000, "Mandat n° 766/2025"),
                spend(
                    date(2025, 12, 30),
                    COMMUNE,
                    740_000,
                    "Décompte n° 4 – réseau d'assainissement, première tranche",
                ),
                pay(date(2026, 2, 16), TAGHAZOUT, 1_500_000, "Virement de la commune de Taghazout"),
                spend(
                    date(2026, 4, 30),
                    COMMUNE,
                    690_000,
                    "Décompte n° 5 – réseau d'assainissement, deuxième tranche",
                ),
                spend(
                    date(2026, 9, 30),
                    COMMUNE,
                    610_000,
                    "Décompte n° 6 – reprise des dégâts des intempéries",
                ),
            ],
            milestones=[
                milestone(
                    (
                        "تسليم الدراسات التقنية",
                        "Remise des études techniques",
                        "Technical studies delivered",
                    ),
                    date(2024, 11, 30),
                    date(2024, 11, 29),
                ),
                milestone(
                    ("تعبيد أول 5 كلم", "Revêtement des 5 premiers km", "First 5 km surfaced"),
                    date(2025, 9, 30),
                    date(2025, 10, 20),
                ),
                milestone(
                    (
                        "ربط الأحياء بشبكة التطهير",
                        "Raccordement des quartiers au réseau",
                        "Neighbourhoods connected to the sewer",
                    ),
                    date(2026, 12, 31),
                    progress=60,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    ("التسلم المؤقت", "Réception provisoire", "Provisional acceptance"),
                    date(2027, 6, 30),
                ),
            ],
            updates=[
                update(
                    date(2025, 10, 21),
                    (
                        "5 كلم معبدة بين تامراغت وتغازوت",
                        "5 km revêtus entre Tamraght et Taghazout",
                        "5 km surfaced between Tamraght and Taghazout",
                    ),
                    (
                        "أصبح الوصول إلى تغازوت عبر المنطقة الداخلية ممكنا طوال السنة على الجزء المنجز.",
                        "Le tronçon achevé permet de rejoindre Taghazout par l'arrière-pays toute l'année.",
                        "The finished section makes Taghazout reachable inland all year round.",
                    ),
                ),
                update(
                    date(2026, 5, 21),
                    ("تمديد الأجل سنة", "Délai prolongé d'un an", "Deadline extended by a year"),
                    (
                        "صادق المجلس على ملحق يمدد الأشغال إلى يونيو 2027 بعد أضرار شتاء 2025-2026.",
                        "Le conseil a approuvé un avenant qui prolonge les travaux jusqu'en juin 2027 après les dégâts de l'hiver 2025-2026.",
                        "The council approved an amendment extending the works to June 2027 after the 2025-2026 winter damage.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    ("المسلك المعبد", "Piste revêtue", "Track surfaced"),
                    KM,
                    [
                        period(*year(2025), 5, Decimal("5.5")),
                        period(date(2026, 1, 1), date(2027, 6, 30), 8),
                    ],
                    baseline=0,
                    year=2024,
                ),
                indicator(
                    (
                        "الأسر المربوطة بشبكة التطهير",
                        "Foyers raccordés à l'assainissement",
                        "Households connected to the sewer",
                    ),
                    HOUSEHOLDS_UNIT,
                    [period(*year(2026), 420, 260, "Travaux repris après les intempéries")],
                    level=ResultType.OUTCOME,
                    baseline=0,
                    year=2024,
                ),
            ],
        ),
        project(
            "PRJ-2025-03",
            title=(
                "التطهير السائل والطريق الرابطة بين تكاديرت والدراركة",
                "Assainissement et route de liaison Tagadirt – Drarga",
                "Sanitation and the Tagadirt – Drarga link road",
            ),
            description=text(
                "مشروع بين جماعتي أورير والدراركة: مجمع رئيسي للتطهير السائل يخدم دواري تكاديرت، وتأهيل 6 كلم من الطريق نحو الدراركة، بدعم من مجلس العمالة والوكالة المستقلة المتعددة الخدمات. اتفاقية بين الجماعتين في طور الإعداد؛ يعمل الطرفان برسالة التزام متبادلة.",
                "Projet entre les communes d'Aourir et de Drarga : collecteur principal d'assainissement desservant les deux douars de Tagadirt et mise à niveau de 6 km de route vers Drarga, avec le Conseil préfectoral et la RAMSA. La convention intercommunale est en préparation ; les deux communes travaillent sur lettres d'engagement.",
                "A project of Aourir and Drarga: a main sewer serving the two Tagadirt villages and 6 km of road upgraded towards Drarga, with the prefectural council and RAMSA. The inter-communal agreement is being drafted; the two communes work on letters of commitment.",
            ),
            status=IMPLEMENTATION,
            domains=["sanitation", "roads"],
            pac_axis=1,
            budget=9_600_000,
            beneficiaries=2_050,
            planned=(date(2025, 4, 1), date(2027, 12, 31)),
            actual=(date(2025, 4, 14), None),
            progress=45,
            weights=(40, 30, 30),
            flags=("integration",),
            places=[
                place("tagadirt-izdar", "Station de relevage de Tagadirt Izdar", -0.0013, 0.0018),
                place(
                    "tagadirt-oufella", "Collecteur principal, sortie est du douar", 0.0010, 0.0022
                ),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (DRARGA, FUNDING),
                (PREFECTURAL_COUNCIL, FUNDING),
                (RAMSA, FUNDING),
                (RAMSA, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2025, 4, 14),
                    COMMUNE,
                    2_800_000,
                    "Contribution d'Aourir (lettre d'engagement)",
                ),
                commit(
                    date(2025, 4, 14),
                    DRARGA,
                    2_400_000,
                    "Contribution de Drarga (lettre d'engagement)",
                ),
                commit(
                    date(2025, 6, 9),
                    PREFECTURAL_COUNCIL,
                    3_000_000,
                    "Contribution du Conseil préfectoral",
                ),
                commit(date(2025, 6, 20), RAMSA, 1_400_000, "Réseau et station de relevage"),
                pay(date(2025, 7, 15), COMMUNE, 1_200_000, "Mandat n° 402/2025"),
                pay(date(2025, 9, 22), DRARGA, 1_000_000, "Virement de la commune de Drarga"),
                spend(
                    date(2025, 10, 31), COMMUNE, 1_350_000, "Décompte n° 1 – collecteur principal"
                ),
                pay(
                    date(2025, 11, 10),
                    PREFECTURAL_COUNCIL,
                    1_500_000,
                    "Première tranche du Conseil préfectoral",
                ),
                spend(date(2026, 1, 30), COMMUNE, 1_080_000, "Décompte n° 2 – station de relevage"),
                pay(date(2026, 3, 16), RAMSA, 700_000, "Première tranche de la RAMSA"),
                spend(
                    date(2026, 5, 29),
                    COMMUNE,
                    1_240_000,
                    "Décompte n° 3 – chaussée de la route de Drarga",
                ),
                pay(date(2026, 6, 15), COMMUNE, 900_000, "Mandat n° 352/2026"),
                pay(date(2026, 7, 20), DRARGA, 800_000, "Virement de la commune de Drarga"),
                spend(
                    date(2026, 9, 30), COMMUNE, 960_000, "Décompte n° 4 – ouvrages et accotements"
                ),
            ],
            milestones=[
                milestone(
                    ("إنجاز المجمع الرئيسي", "Collecteur principal achevé", "Main sewer completed"),
                    date(2025, 12, 31),
                    date(2026, 1, 30),
                ),
                milestone(
                    (
                        "توقيع الاتفاقية بين الجماعتين",
                        "Signature de la convention intercommunale",
                        "Inter-communal agreement signed",
                    ),
                    date(2026, 6, 30),
                    progress=40,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    ("تسلم الطريق", "Réception de la route", "Road accepted"), date(2027, 9, 30)
                ),
            ],
            updates=[
                update(
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
            indicators=[
                indicator(
                    (
                        "الأسر المربوطة بشبكة التطهير",
                        "Foyers raccordés à l'assainissement",
                        "Households connected to the sewer",
                    ),
                    HOUSEHOLDS_UNIT,
                    [period(*year(2026), 450, 310), period(*year(2027), 480)],
                    level=ResultType.OUTCOME,
                    baseline=0,
                    year=2025,
                ),
                indicator(
                    ("الطريق المؤهلة", "Route mise à niveau", "Road upgraded"),
                    KM,
                    [period(*year(2026), 3, Decimal("2.4")), period(*year(2027), 6)],
                    baseline=0,
                    year=2025,
                ),
            ],
        ),
        project(
            "PRJ-2026-06",
            title=(
                "تهيئة الطريق الرابطة بين أورير وتامزايت وأزيون",
                "Aménagement de la route Aourir – Tamzait – Azioun",
                "The Aourir – Tamzait – Azioun road",
            ),
            description=text(
                "توسيع وتعبيد 11 كلم من الطريق القروية الرابطة بين المركز ودواري تامزايت وأزيون، مع منشآت لعبور واد تامراغت. الاتفاقية الخاصة مع الجهة ومجلس العمالة في طور الإعداد؛ الجماعة مولت الدراسات.",
                "Élargissement et revêtement de 11 km de route rurale reliant le centre aux douars Tamzait et Azioun, avec des ouvrages de franchissement de l'oued Tamraght. La convention spécifique avec la Région et le Conseil préfectoral est en préparation ; la commune a financé les études.",
                "Widening and surfacing 11 km of rural road from the centre to Tamzait and Azioun, with crossings over the Tamraght river. The specific agreement with the Region and the prefectural council is being drafted; the commune paid for the studies.",
            ),
            status=PIPELINE,
            agreements=["CONV-2026-021", demo_agreements.FRAMEWORK],
            domains=["roads"],
            pac_axis=1,
            budget=22_000_000,
            beneficiaries=1_550,
            planned=(date(2026, 6, 1), date(2028, 12, 31)),
            progress=5,
            weights=(45, 40, 15),
            flags=("integration",),
            places=[
                place("tamzait", "Entrée du douar Tamzait", -0.0011, 0.0009),
                place("azioun", "Fin de la route à Azioun", 0.0007, -0.0012),
                place("aourir-centre", "Carrefour de départ sur la route côtière", 0.0026, 0.0031),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (REGION, FUNDING),
                (PREFECTURAL_COUNCIL, FUNDING),
            ],
            transactions=[
                spend(
                    date(2026, 9, 28),
                    COMMUNE,
                    340_000,
                    "Études techniques et d'impact, financées par la commune",
                ),
            ],
            milestones=[
                milestone(
                    (
                        "تسليم الدراسات التقنية",
                        "Remise des études techniques",
                        "Technical studies delivered",
                    ),
                    date(2026, 9, 30),
                    date(2026, 9, 28),
                ),
                milestone(
                    (
                        "المصادقة على الاتفاقية الخاصة",
                        "Approbation de la convention spécifique",
                        "Specific agreement approved",
                    ),
                    date(2027, 2, 28),
                ),
                milestone(
                    ("انطلاق الأشغال", "Démarrage des travaux", "Works start"), date(2027, 6, 30)
                ),
            ],
            updates=[
                update(
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
        ),
        project(
            "PRJ-2023-04",
            title=(
                "الإنارة العمومية بالدواوير",
                "Éclairage public dans les douars",
                "Public lighting in the villages",
            ),
            description=text(
                "تركيب 400 نقطة ضوئية بمصابيح LED في ستة دواوير، مع توسيع الشبكة الكهربائية من طرف المكتب الوطني للكهرباء والماء الصالح للشرب، بدعم من مجلس العمالة.",
                "Installation de 400 points lumineux LED dans six douars, avec l'extension du réseau électrique par l'ONEE et le soutien du Conseil préfectoral.",
                "400 LED street lights in six villages, with ONEE extending the electricity network and the prefectural council's support.",
            ),
            status=CLOSED,
            domains=["public-lighting"],
            pac_axis=1,
            budget=2_200_000,
            beneficiaries=5_882,
            planned=(date(2023, 3, 1), date(2024, 6, 30)),
            actual=(date(2023, 3, 20), date(2024, 5, 31)),
            progress=100,
            weights=(55, 15, 30),
            places=[
                place("asern", "Rue principale du douar", -0.0005, 0.0006),
                place("azioun", "Place du douar", 0.0004, 0.0008),
                place("tamzait", "Accès à l'école", 0.0009, 0.0003),
                place("tagadirt-oufella", "Rue de la mosquée", -0.0008, -0.0004),
                place("oubaha", "Entrée du douar", 0.0006, -0.0007),
                place("tissaoudine", "Place du douar", -0.0004, 0.0005),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (ONEE, FUNDING),
                (ONEE, IMPLEMENTING),
                (PREFECTURAL_COUNCIL, FUNDING),
            ],
            transactions=[
                commit(
                    date(2023, 3, 20), COMMUNE, 600_000, "Points lumineux et armoires de commande"
                ),
                commit(
                    date(2023, 3, 20),
                    ONEE,
                    900_000,
                    "extension du réseau basse tension par l'ONEE",
                    in_kind=True,
                ),
                commit(
                    date(2023, 4, 17),
                    PREFECTURAL_COUNCIL,
                    700_000,
                    "Contribution du Conseil préfectoral",
                ),
                pay(
                    date(2023, 5, 15),
                    PREFECTURAL_COUNCIL,
                    350_000,
                    "Première tranche du Conseil préfectoral",
                ),
                pay(date(2023, 6, 12), COMMUNE, 600_000, "Mandat n° 331/2023"),
                spend(
                    date(2023, 8, 31),
                    COMMUNE,
                    520_000,
                    "Lot 1 : 210 points lumineux (Asern, Azioun, Tamzait)",
                ),
                spend(
                    date(2023, 9, 30), ONEE, 900_000, "Travaux d'extension du réseau basse tension"
                ),
                pay(
                    date(2023, 11, 13),
                    PREFECTURAL_COUNCIL,
                    350_000,
                    "Deuxième tranche du Conseil préfectoral",
                ),
                spend(
                    date(2024, 1, 31),
                    COMMUNE,
                    480_000,
                    "Lot 2 : 190 points lumineux (Tagadirt, Oubaha, Tissaoudine)",
                ),
                spend(
                    date(2024, 4, 30),
                    COMMUNE,
                    190_000,
                    "Armoires de commande et horloges astronomiques",
                ),
            ],
            milestones=[
                milestone(
                    (
                        "الحصة الأولى: أسرن وأزيون وتامزايت",
                        "Lot 1 : Asern, Azioun, Tamzait",
                        "Lot 1: Asern, Azioun, Tamzait",
                    ),
                    date(2023, 9, 30),
                    date(2023, 8, 31),
                ),
                milestone(
                    ("الحصة الثانية والتسلم", "Lot 2 et réception", "Lot 2 and acceptance"),
                    date(2024, 6, 30),
                    date(2024, 5, 31),
                ),
            ],
            updates=[
                update(
                    date(2024, 6, 3),
                    ("ستة دواوير منارة", "Six douars éclairés", "Six villages lit"),
                    (
                        "400 نقطة ضوئية تعمل بمصابيح اقتصادية وساعات فلكية.",
                        "400 points lumineux à LED, commandés par horloges astronomiques.",
                        "400 LED street lights, run by astronomical timers.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    ("نقط الإنارة المركبة", "Points lumineux installés", "Street lights installed"),
                    LIGHTS_UNIT,
                    [period(date(2023, 3, 1), date(2024, 5, 31), 400, 400)],
                    baseline=0,
                    year=2023,
                ),
                indicator(
                    ("الدواوير المنارة", "Douars éclairés", "Villages lit"),
                    ("دوار", "douars", "villages"),
                    [period(date(2023, 3, 1), date(2024, 5, 31), 6, 6)],
                    baseline=0,
                    year=2023,
                ),
            ],
        ),
    ]


def energy_water_and_coast():
    return [
        project(
            "PRJ-2025-04",
            title=(
                "الإنارة العمومية بالطاقة الشمسية والنجاعة الطاقية للبنايات الجماعية",
                "Éclairage public solaire et efficacité énergétique des bâtiments communaux",
                "Solar public lighting and energy efficiency in the commune's buildings",
            ),
            description=text(
                "افتحاص طاقي للبنايات الجماعية، وتعويض 600 نقطة ضوئية بمصابيح شمسية LED بالمركز وتامراغت، ومنشأة كهروضوئية من 60 كيلوواط ذروة بمقر الجماعة، وتكوين التقنيين، مع الوكالة الألمانية للتعاون الدولي.",
                "Audit énergétique des bâtiments communaux, 600 points lumineux remplacés par des lampadaires solaires LED au centre et à Tamraght, centrale photovoltaïque de 60 kWc au siège de la commune et formation des techniciens, avec la GIZ.",
                "An energy audit of the commune's buildings, 600 street lights replaced by solar LED lamps in the centre and Tamraght, a 60 kWp solar plant on the town hall and training for the technicians, with GIZ.",
                (
                    "مشروع توضيحي: المبالغ باليورو مقومة بجدول أسعار العرض، والأرقام والتواريخ مفترضة.",
                    "Projet illustratif : les montants en EUR sont valorisés avec la table de cours de démonstration ; chiffres et dates inventés.",
                    "Illustrative project: EUR amounts are valued with the demo rate table; figures and dates are invented.",
                ),
            ),
            status=IMPLEMENTATION,
            agreements=["CONV-2025-004"],
            domains=["renewable-energy", "public-lighting"],
            pac_axis=1,
            budget=3_550_000,
            beneficiaries=22_200,
            planned=(date(2025, 4, 7), date(2026, 12, 31)),
            actual=(date(2025, 4, 7), None),
            progress=85,
            weights=(20, 30, 50),
            flags=("expertise_exchange", "innovation"),
            places=[
                place(
                    "aourir-centre",
                    "Siège de la commune (centrale photovoltaïque)",
                    -0.0003,
                    0.0004,
                ),
                place("tamraght", "Front de mer de Tamraght", -0.0014, -0.0027),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (GIZ, FUNDING),
                (GIZ, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2025, 4, 7), COMMUNE, 1_200_000, "Travaux de raccordement et génie civil"
                ),
                commit(
                    date(2025, 4, 10),
                    GIZ,
                    180_000,
                    "Contribution GIZ (deux tranches)",
                    currency="EUR",
                ),
                commit(
                    date(2025, 4, 10),
                    GIZ,
                    35_000,
                    "audit énergétique et assistance technique",
                    currency="EUR",
                    in_kind=True,
                ),
                pay(
                    date(2025, 7, 8), GIZ, 90_000, "Virement GIZ – première tranche", currency="EUR"
                ),
                spend(
                    date(2025, 9, 26),
                    GIZ,
                    35_000,
                    "Audit énergétique des bâtiments communaux",
                    currency="EUR",
                ),
                spend(
                    date(2025, 10, 15),
                    COMMUNE,
                    1_050_000,
                    "Lot 1 : 300 lampadaires solaires LED (Aourir centre)",
                ),
                pay(date(2025, 12, 18), COMMUNE, 1_200_000, "Mandat n° 759/2025"),
                spend(
                    date(2026, 1, 30),
                    COMMUNE,
                    980_000,
                    "Lot 2 : 300 lampadaires solaires LED (Tamraght)",
                ),
                spend(
                    date(2026, 3, 31),
                    COMMUNE,
                    620_000,
                    "Centrale photovoltaïque de 60 kWc au siège de la commune",
                ),
                spend(date(2026, 6, 30), COMMUNE, 410_000, "Génie civil et raccordements"),
                pay(
                    date(2026, 7, 20),
                    GIZ,
                    90_000,
                    "Virement GIZ – deuxième tranche",
                    currency="EUR",
                ),
                spend(
                    date(2026, 9, 15),
                    GIZ,
                    8_000,
                    "Formation des techniciens communaux",
                    currency="EUR",
                ),
            ],
            milestones=[
                milestone(
                    ("الافتحاص الطاقي", "Audit énergétique", "Energy audit"),
                    date(2025, 9, 30),
                    date(2025, 9, 26),
                ),
                milestone(
                    (
                        "الحصة الأولى من المصابيح الشمسية",
                        "Premier lot de lampadaires solaires",
                        "First batch of solar lamps",
                    ),
                    date(2025, 10, 31),
                    date(2025, 10, 15),
                ),
                milestone(
                    (
                        "تشغيل المنشأة الكهروضوئية",
                        "Mise en service de la centrale photovoltaïque",
                        "Solar plant in service",
                    ),
                    date(2026, 4, 30),
                    date(2026, 4, 14),
                ),
                milestone(
                    ("التسلم النهائي", "Réception définitive", "Final acceptance"),
                    date(2026, 12, 31),
                    progress=40,
                    status=MilestoneStatus.UNDER_WAY,
                ),
            ],
            updates=[
                update(
                    date(2025, 10, 20),
                    (
                        "300 مصباح شمسي بمركز أورير",
                        "300 lampadaires solaires au centre d'Aourir",
                        "300 solar street lamps in Aourir centre",
                    ),
                    (
                        "أولى المصابيح الشمسية تضيء الشارع الرئيسي والساحات.",
                        "Les premiers lampadaires solaires éclairent l'avenue principale et les places.",
                        "The first solar lamps light the main street and the squares.",
                    ),
                ),
                update(
                    date(2026, 4, 15),
                    (
                        "مقر الجماعة ينتج كهرباءه",
                        "Le siège de la commune produit son électricité",
                        "The town hall makes its own electricity",
                    ),
                    (
                        "تغطي المنشأة الكهروضوئية قرابة 70 في المائة من استهلاك المقر.",
                        "La centrale photovoltaïque couvre près de 70 % de la consommation du siège.",
                        "The solar plant covers about 70% of the town hall's consumption.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    (
                        "نقط الإنارة المعوضة بمصابيح شمسية",
                        "Points lumineux remplacés par du solaire",
                        "Street lights switched to solar",
                    ),
                    LIGHTS_UNIT,
                    [period(date(2025, 4, 1), date(2026, 12, 31), 600, 540)],
                    baseline=0,
                    year=2025,
                ),
                indicator(
                    ("الطاقة الموفرة سنويا", "Énergie économisée par an", "Energy saved per year"),
                    ("كيلوواط ساعة", "kWh", "kWh"),
                    [period(*year(2026), 210_000, 168_000, "Estimation sur neuf mois")],
                    level=ResultType.OUTCOME,
                    baseline=0,
                    year=2025,
                ),
            ],
        ),
        project(
            "PRJ-2023-03",
            title=(
                "تزويد دواوير أسرن وأزيون وتامزايت بالماء الصالح للشرب",
                "Eau potable des douars Asern, Azioun et Tamzait",
                "Drinking water for Asern, Azioun and Tamzait",
            ),
            description=text(
                "توسيع شبكة الماء الصالح للشرب (14 كلم من القنوات وخزان سعته 500 متر مكعب) وربط 650 أسرة عبر الربط الاجتماعي، مع الوكالة الفرنسية للتنمية والوكالة المستقلة المتعددة الخدمات. المشروع متوقف منذ يونيو 2025 في انتظار تحويل توزيع الماء إلى الشركة الجهوية متعددة الخدمات.",
                "Extension du réseau d'eau potable (14 km de conduites, réservoir de 500 m³) et branchements sociaux pour 650 foyers, avec l'AFD et la RAMSA. Suspendu depuis juin 2025 dans l'attente du transfert de la distribution à la société régionale multiservices.",
                "Extending the drinking-water network (14 km of pipes, a 500 m³ tank) and subsidised connections for 650 households, with AFD and RAMSA. Suspended since June 2025 pending the transfer of water distribution to the regional multi-service company.",
                (
                    "مشروع توضيحي: المبالغ باليورو مقومة بجدول أسعار العرض؛ سبب التوقف يحيل على القانون 83-21 [للتحقق].",
                    "Projet illustratif : les montants en EUR sont valorisés avec la table de cours de démonstration ; le motif de suspension renvoie à la loi 83-21 [à vérifier].",
                    "Illustrative project: EUR amounts are valued with the demo rate table; the suspension refers to Law 83-21 [to check].",
                ),
            ),
            status=SUSPENDED,
            agreements=["CONV-2023-017"],
            domains=["drinking-water"],
            pac_axis=1,
            budget=5_950_000,
            beneficiaries=2_700,
            planned=(date(2024, 2, 1), date(2025, 12, 31)),
            actual=(date(2024, 1, 22), None),
            progress=60,
            weights=(60, 15, 25),
            flags=("expertise_exchange",),
            places=[
                place("asern", "Réservoir de 500 m³ sur la colline", 0.0021, 0.0016),
                place("azioun", "Bornes et branchements du douar", -0.0006, 0.0009),
                place("tamzait", "Conduite d'adduction, entrée du douar", 0.0008, -0.0010),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (AFD, FUNDING),
                (RAMSA, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2024, 1, 22), COMMUNE, 1_500_000, "Contribution de la commune aux travaux"
                ),
                commit(
                    date(2024, 1, 22),
                    AFD,
                    350_000,
                    "Subvention AFD (deux tranches)",
                    currency="EUR",
                ),
                commit(
                    date(2024, 1, 22),
                    RAMSA,
                    600_000,
                    "études, contrôle des travaux et mise en service",
                    in_kind=True,
                ),
                pay(
                    date(2024, 7, 15),
                    AFD,
                    175_000,
                    "Virement AFD – première tranche",
                    currency="EUR",
                ),
                spend(
                    date(2024, 9, 30), COMMUNE, 1_320_000, "Décompte n° 1 – conduites, lot Asern"
                ),
                pay(date(2024, 12, 10), COMMUNE, 1_500_000, "Mandat n° 702/2024"),
                spend(
                    date(2024, 12, 27),
                    RAMSA,
                    600_000,
                    "Études, contrôle et mise en service (en nature)",
                ),
                spend(date(2025, 2, 28), COMMUNE, 1_150_000, "Décompte n° 2 – réservoir de 500 m³"),
                spend(
                    date(2025, 4, 30),
                    COMMUNE,
                    780_000,
                    "Décompte n° 3 – branchements sociaux (410 foyers)",
                ),
            ],
            milestones=[
                milestone(
                    ("قنوات أسرن", "Conduites du lot Asern", "Asern pipes"),
                    date(2024, 9, 30),
                    date(2024, 9, 30),
                ),
                milestone(("الخزان", "Réservoir", "Tank"), date(2025, 2, 28), date(2025, 2, 28)),
                milestone(
                    ("ربط 650 أسرة", "Branchement des 650 foyers", "650 households connected"),
                    date(2025, 9, 30),
                    progress=63,
                    status=MilestoneStatus.UNDER_WAY,
                ),
            ],
            updates=[
                update(
                    date(2025, 3, 10),
                    ("الماء في أسرن", "L'eau arrive à Asern", "Water reaches Asern"),
                    (
                        "امتلأ الخزان الجديد وربطت أولى الأسر بالشبكة.",
                        "Le nouveau réservoir est en eau et les premiers foyers sont raccordés.",
                        "The new tank is filled and the first households are connected.",
                    ),
                ),
                update(
                    date(2025, 6, 3),
                    ("توقف مؤقت للأشغال", "Travaux suspendus", "Works suspended"),
                    (
                        "يتوقف المشروع في انتظار ملحق يعين المستغل الجديد؛ 410 أسر مربوطة من أصل 650.",
                        "Le projet est suspendu en attendant un avenant désignant le nouvel exploitant ; 410 foyers raccordés sur 650.",
                        "The project is on hold until an amendment names the new operator; 410 of 650 households are connected.",
                    ),
                ),
                update(
                    date(2026, 3, 12),
                    (
                        "الشطر الثاني من منحة الوكالة الفرنسية مجمد",
                        "Deuxième tranche AFD gelée",
                        "AFD second instalment frozen",
                    ),
                    (
                        "لن تصرف الوكالة الشطر الثاني قبل توقيع الملحق؛ يجب التنسيق مع الشركة الجهوية.",
                        "L'AFD ne versera pas la deuxième tranche avant la signature de l'avenant ; coordonner avec la société régionale.",
                        "AFD will not pay the second instalment before the amendment is signed; coordinate with the regional company.",
                    ),
                    public=False,
                ),
            ],
            indicators=[
                indicator(
                    (
                        "الأسر المربوطة بالماء الصالح للشرب",
                        "Foyers raccordés à l'eau potable",
                        "Households connected to drinking water",
                    ),
                    HOUSEHOLDS_UNIT,
                    [
                        period(
                            date(2024, 2, 1),
                            date(2025, 12, 31),
                            650,
                            410,
                            "Projet suspendu en juin 2025",
                        )
                    ],
                    level=ResultType.OUTCOME,
                    baseline=0,
                    year=2023,
                ),
                indicator(
                    ("القنوات الممددة", "Conduites posées", "Pipes laid"),
                    KM,
                    [period(date(2024, 2, 1), date(2025, 12, 31), 14, Decimal("9.5"))],
                    baseline=0,
                    year=2023,
                ),
            ],
        ),
        project(
            "PRJ-2026-07",
            title=(
                "الضخ بالطاقة الشمسية وإعادة استعمال المياه المعالجة لري بساتين الموز بتوكمان",
                "Pompage solaire et réutilisation des eaux épurées pour les bananeraies de Tougmane",
                "Solar pumping and treated-water reuse for the Tougmane banana groves",
            ),
            description=text(
                "بئر وحوض تخزين وحقل كهروضوئي من 45 كيلوواط ذروة لري 30 هكتارا من بساتين الموز بالمياه المعالجة بدل الفرشة المائية، مع تعاونية منتجي الموز، بتمويل من بعثة الاتحاد الأوروبي.",
                "Un forage, un bassin de stockage et un champ photovoltaïque de 45 kWc pour irriguer 30 ha de bananeraies avec des eaux épurées plutôt que la nappe, avec la coopérative des producteurs de bananes et le financement de la Délégation de l'Union européenne.",
                "A borehole, a storage basin and a 45 kWp solar field to irrigate 30 ha of banana groves with treated water rather than groundwater, with the banana growers' cooperative and EU Delegation funding.",
                (
                    "مشروع توضيحي: المبالغ باليورو مقومة بجدول أسعار العرض، والأرقام والتواريخ مفترضة.",
                    "Projet illustratif : les montants en EUR sont valorisés avec la table de cours de démonstration ; chiffres et dates inventés.",
                    "Illustrative project: EUR amounts are valued with the demo rate table; figures and dates are invented.",
                ),
            ),
            status=IMPLEMENTATION,
            domains=["renewable-energy", "drinking-water", "local-economy"],
            pac_axis=3,
            budget=3_200_000,
            beneficiaries=140,
            planned=(date(2026, 1, 15), date(2027, 6, 30)),
            actual=(date(2026, 2, 2), None),
            progress=40,
            weights=(20, 35, 45),
            flags=("innovation", "expertise_exchange"),
            places=[
                place(
                    "tougmane", "Bananeraies de Tougmane, près de Banana Village", -0.0032, -0.0021
                )
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (EU, FUNDING),
                (BANANA_COOPERATIVE, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2026, 2, 2),
                    EU,
                    220_000,
                    "Subvention de la Délégation de l'Union européenne",
                    currency="EUR",
                ),
                commit(date(2026, 2, 2), COMMUNE, 600_000, "Contribution de la commune"),
                commit(
                    date(2026, 2, 2),
                    BANANA_COOPERATIVE,
                    150_000,
                    "terrain du bassin et main-d'œuvre des membres",
                    in_kind=True,
                ),
                pay(date(2026, 3, 20), EU, 110_000, "Préfinancement UE – 50 %", currency="EUR"),
                pay(date(2026, 4, 15), COMMUNE, 300_000, "Mandat n° 214/2026"),
                spend(date(2026, 6, 30), COMMUNE, 880_000, "Forage et bassin de stockage"),
                spend(date(2026, 9, 30), COMMUNE, 540_000, "Champ photovoltaïque de 45 kWc"),
            ],
            milestones=[
                milestone(
                    ("الحفر والحوض", "Forage et bassin", "Borehole and basin"),
                    date(2026, 6, 30),
                    date(2026, 6, 30),
                ),
                milestone(
                    ("الحقل الكهروضوئي", "Champ photovoltaïque", "Solar field"),
                    date(2026, 10, 31),
                    progress=80,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    (
                        "أول سقي بالمياه المعالجة",
                        "Première irrigation aux eaux épurées",
                        "First irrigation with treated water",
                    ),
                    date(2027, 3, 31),
                ),
            ],
            updates=[
                update(
                    date(2026, 7, 3),
                    (
                        "الحوض جاهز بتوكمان",
                        "Le bassin de Tougmane est prêt",
                        "The Tougmane basin is ready",
                    ),
                    (
                        "انتهى الحفر وبناء الحوض؛ تنطلق أشغال الحقل الشمسي في الصيف.",
                        "Le forage et le bassin sont achevés ; le champ solaire suit cet été.",
                        "The borehole and basin are finished; the solar field follows this summer.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    (
                        "المساحة المسقية بالمياه المعالجة",
                        "Surface irriguée aux eaux épurées",
                        "Area irrigated with treated water",
                    ),
                    ("هكتار", "ha", "ha"),
                    [period(*year(2027), 30)],
                    baseline=0,
                    year=2026,
                ),
                indicator(
                    ("المياه الجوفية الموفرة", "Eau de nappe économisée", "Groundwater saved"),
                    ("متر مكعب", "m³", "m³"),
                    [period(*year(2027), 180_000)],
                    level=ResultType.OUTCOME,
                    baseline=0,
                    year=2026,
                ),
            ],
        ),
        project(
            "PRJ-2025-05",
            title=(
                "مخطط تكيف الساحل مع التغير المناخي",
                "Plan d'adaptation du littoral au changement climatique",
                "Coastal climate-adaptation plan",
            ),
            description=text(
                "رصد خط الساحل والكثبان بين تامراغت وإيموران، وخريطة للمخاطر، ومخطط للتكيف يعد بمشاركة الساكنة، مع برنامج الأمم المتحدة للمستوطنات البشرية وجامعة ابن زهر ومجموعة جماعات الساحل الشمالي لأكادير.",
                "Suivi du trait de côte et des dunes entre Tamraght et Imourane, cartographie des risques et plan d'adaptation élaboré avec les habitants, avec ONU-Habitat, l'Université Ibn Zohr et le groupement des collectivités du littoral nord d'Agadir.",
                "Monitoring the shoreline and dunes between Tamraght and Imourane, a risk map and an adaptation plan drawn up with residents, with UN-Habitat, Ibn Zohr University and the northern Agadir coast grouping.",
                (
                    "مشروع توضيحي: المبالغ بالدولار مقومة بجدول أسعار العرض، والأرقام والتواريخ مفترضة.",
                    "Projet illustratif : les montants en USD sont valorisés avec la table de cours de démonstration ; chiffres et dates inventés.",
                    "Illustrative project: USD amounts are valued with the demo rate table; figures and dates are invented.",
                ),
            ),
            status=IMPLEMENTATION,
            domains=["coast-environment", "governance"],
            pac_axis=3,
            budget=800_000,
            beneficiaries=14_000,
            planned=(date(2025, 9, 1), date(2027, 3, 31)),
            actual=(date(2025, 9, 15), None),
            progress=50,
            weights=(25, 15, 60),
            flags=("expertise_exchange", "innovation", "integration"),
            places=[
                place("tamraght", "Dunes au sud de l'embouchure", -0.0036, -0.0048),
                place("imi-miki", "Falaise d'Imourane", 0.0029, -0.0057),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (UN_HABITAT, FUNDING),
                (GROUPING, FUNDING),
                (UIZ, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2025, 9, 15),
                    UN_HABITAT,
                    45_000,
                    "Appui technique et financier d'ONU-Habitat",
                    currency="USD",
                ),
                commit(date(2025, 9, 15), COMMUNE, 150_000, "Contribution de la commune"),
                commit(
                    date(2025, 9, 15),
                    UIZ,
                    80_000,
                    "relevés scientifiques des laboratoires de l'université",
                    in_kind=True,
                ),
                pay(
                    date(2025, 10, 20),
                    UN_HABITAT,
                    25_000,
                    "Première tranche ONU-Habitat",
                    currency="USD",
                ),
                commit(date(2025, 11, 3), GROUPING, 100_000, "Contribution du groupement"),
                pay(date(2025, 12, 15), COMMUNE, 150_000, "Mandat n° 741/2025"),
                spend(
                    date(2026, 1, 30),
                    COMMUNE,
                    160_000,
                    "Relevés topographiques et drone du trait de côte",
                ),
                spend(
                    date(2026, 5, 29),
                    UN_HABITAT,
                    12_000,
                    "Mission d'expertise internationale",
                    currency="USD",
                ),
                pay(
                    date(2026, 7, 20),
                    UN_HABITAT,
                    20_000,
                    "Deuxième tranche ONU-Habitat",
                    currency="USD",
                ),
                spend(
                    date(2026, 9, 30),
                    COMMUNE,
                    210_000,
                    "Ateliers de concertation et cartographie des risques",
                ),
            ],
            milestones=[
                milestone(
                    ("رصد خط الساحل", "Relevé du trait de côte", "Shoreline survey"),
                    date(2026, 1, 31),
                    date(2026, 1, 30),
                ),
                milestone(
                    ("خريطة المخاطر", "Carte des risques", "Risk map"),
                    date(2026, 10, 31),
                    progress=75,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    (
                        "مصادقة المجلس على المخطط",
                        "Adoption du plan par le conseil",
                        "Council adopts the plan",
                    ),
                    date(2027, 3, 31),
                ),
            ],
            updates=[
                update(
                    date(2026, 10, 1),
                    (
                        "ورشات مع الساكنة حول تعرية الساحل",
                        "Ateliers avec les habitants sur l'érosion côtière",
                        "Workshops with residents on coastal erosion",
                    ),
                    (
                        "شارك 230 شخصا، منهم 98 امرأة، في أربع ورشات بتامراغت وإيموران.",
                        "230 personnes, dont 98 femmes, ont participé à quatre ateliers à Tamraght et Imourane.",
                        "230 people, 98 of them women, took part in four workshops in Tamraght and Imourane.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    (
                        "المشاركون في ورشات التشاور",
                        "Participants aux ateliers de concertation",
                        "Participants in the consultation workshops",
                    ),
                    PEOPLE_UNIT,
                    [by_sex(date(2026, 6, 1), date(2026, 9, 30), (100, 100), (98, 132))],
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2026-08",
            title=(
                "تبادل الخبرات بين أورير ولاكانو حول تعرية الساحل والكثبان",
                "Échanges Aourir – Lacanau sur l'érosion côtière et les dunes",
                "Aourir – Lacanau exchanges on coastal erosion and dunes",
            ),
            description=text(
                "برنامج التوأمة مع لاكانو، جماعة ساحلية فرنسية معروفة بركوب الأمواج: تبادل تقني حول تعرية الساحل والكثبان، وسلامة الشواطئ، وتبادل الشباب وأندية ركوب الأمواج. الاتفاقية في انتظار تأشيرة العامل.",
                "Programme du jumelage avec Lacanau, commune littorale française du surf : échanges techniques sur l'érosion côtière et les dunes, sécurité des plages, échanges de jeunes et de clubs de surf. La convention attend le visa du gouverneur.",
                "The twinning programme with Lacanau, a French surfing town: technical exchanges on coastal erosion and dunes, beach safety, youth and surf-club exchanges. The agreement awaits the governor's visa.",
            ),
            status=PIPELINE,
            agreements=["CONV-2026-020"],
            domains=["coast-environment", "sport", "eco-tourism"],
            pac_axis=3,
            budget=290_000,
            beneficiaries=120,
            planned=(date(2027, 1, 1), date(2029, 12, 31)),
            progress=0,
            weights=(30, 20, 50),
            flags=("expertise_exchange",),
            places=[place("tamraght", "Club de surf et poste de secours", -0.0019, -0.0036)],
            participants=[(COMMUNE, ACCOUNTABLE), (COMMUNE, FUNDING), (LACANAU, FUNDING)],
            updates=[
                update(
                    date(2026, 11, 23),
                    ("توأمة مع لاكانو", "Jumelage avec Lacanau", "Twinning with Lacanau"),
                    (
                        "صادق المجلس على التوأمة؛ أول زيارة لتقنيي لاكانو مرتقبة في ربيع 2027.",
                        "Le conseil a approuvé le jumelage ; la première visite des techniciens de Lacanau est prévue au printemps 2027.",
                        "The council approved the twinning; Lacanau's technicians should first visit in spring 2027.",
                    ),
                ),
            ],
        ),
    ]


def tourism_and_local_economy():
    return [
        project(
            "PRJ-2022-01",
            title=(
                "سلامة الشواطئ وتبادل المنقذين مع طريفة",
                "Sécurité des plages et échanges de sauveteurs avec Tarifa",
                "Beach safety and lifeguard exchanges with Tarifa",
            ),
            description=text(
                "في إطار التوأمة مع طريفة (إسبانيا): تجهيز مركزي الإنقاذ بتامراغت وإيموران، واستقبال مؤطرين من طريفة، وتكوين 12 منقذا بحريا هناك.",
                "Dans le cadre du jumelage avec Tarifa (Espagne) : équipement des postes de secours de Tamraght et d'Imourane, accueil d'éducateurs de Tarifa et formation de 12 sauveteurs aquatiques sur place.",
                "Under the twinning with Tarifa (Spain): equipping the Tamraght and Imourane lifeguard posts, hosting Tarifa's instructors and training 12 lifeguards there.",
                (
                    "مشروع توضيحي: لا توجد توأمة معروفة بين أورير وطريفة؛ المبالغ باليورو مقومة بجدول أسعار العرض.",
                    "Projet illustratif : aucun jumelage connu entre Aourir et Tarifa ; les montants en EUR sont valorisés avec la table de cours de démonstration.",
                    "Illustrative project: no twinning between Aourir and Tarifa is known; EUR amounts are valued with the demo rate table.",
                ),
            ),
            status=CLOSED,
            agreements=["CONV-2022-011"],
            domains=["eco-tourism", "sport", "coast-environment"],
            pac_axis=4,
            budget=505_000,
            beneficiaries=40_000,
            planned=(date(2022, 3, 14), date(2024, 6, 30)),
            actual=(date(2022, 3, 14), date(2024, 6, 30)),
            progress=100,
            weights=(50, 30, 20),
            flags=("expertise_exchange",),
            places=[
                place("tamraght", "Poste de secours de la plage de Tamraght", -0.0019, -0.0036),
                place("imi-miki", "Poste de secours d'Imourane", 0.0031, -0.0049),
            ],
            participants=[(COMMUNE, ACCOUNTABLE), (COMMUNE, FUNDING), (TARIFA, FUNDING)],
            transactions=[
                commit(
                    date(2022, 3, 14),
                    COMMUNE,
                    150_000,
                    "Accueil des délégations et organisation des échanges",
                ),
                commit(
                    date(2022, 3, 14),
                    TARIFA,
                    20_000,
                    "Programme d'échange de sauveteurs et d'éducateurs 2023",
                    currency="EUR",
                ),
                pay(date(2023, 6, 20), COMMUNE, 150_000, "Mandat n° 301/2023"),
                pay(
                    date(2023, 7, 17),
                    TARIFA,
                    20_000,
                    "Virement du Ayuntamiento de Tarifa",
                    currency="EUR",
                    reason="Écart de change : 20 000 EUR engagés au cours de mars 2022 (10,795), versés au cours de juillet 2023 (10,971)",
                ),
                spend(
                    date(2023, 7, 25),
                    COMMUNE,
                    95_000,
                    "Accueil de la délégation de Tarifa et des éducateurs",
                ),
                spend(
                    date(2023, 9, 15),
                    COMMUNE,
                    210_000,
                    "Équipement des postes de secours de Tamraght et d'Imourane",
                ),
                spend(date(2024, 5, 30), COMMUNE, 60_000, "Déplacement de 12 sauveteurs à Tarifa"),
                commit(
                    date(2024, 6, 28),
                    TARIFA,
                    12_000,
                    "formation de 12 sauveteurs par les services de Tarifa",
                    currency="EUR",
                    in_kind=True,
                ),
            ],
            milestones=[
                milestone(
                    (
                        "زيارة وفد طريفة",
                        "Visite de la délégation de Tarifa",
                        "Tarifa delegation visit",
                    ),
                    date(2023, 7, 20),
                    date(2023, 7, 24),
                ),
                milestone(
                    (
                        "تكوين المنقذين بطريفة",
                        "Formation des sauveteurs à Tarifa",
                        "Lifeguard training in Tarifa",
                    ),
                    date(2024, 6, 30),
                    date(2024, 6, 28),
                ),
            ],
            updates=[
                update(
                    date(2023, 7, 26),
                    (
                        "مؤطرو طريفة في تامراغت",
                        "Les éducateurs de Tarifa à Tamraght",
                        "Tarifa's instructors in Tamraght",
                    ),
                    (
                        "أسبوع من التكوين المشترك حول الإنقاذ وسلامة ممارسي ركوب الأمواج.",
                        "Une semaine de formation commune au sauvetage et à la sécurité des surfeurs.",
                        "A week of joint training in rescue and surfers' safety.",
                    ),
                ),
                update(
                    date(2024, 7, 1),
                    (
                        "12 منقذا مكونا بطريفة",
                        "12 sauveteurs formés à Tarifa",
                        "12 lifeguards trained in Tarifa",
                    ),
                    (
                        "عاد المنقذون بشهاداتهم في الوقت المناسب لموسم الصيف.",
                        "Les sauveteurs sont rentrés diplômés à temps pour la saison d'été.",
                        "The lifeguards came back certified in time for the summer season.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    ("المنقذون المكونون", "Sauveteurs formés", "Lifeguards trained"),
                    ("منقذ", "sauveteurs", "lifeguards"),
                    [by_sex(date(2023, 6, 1), date(2024, 6, 30), (4, 8), (5, 7))],
                    by=Disaggregation.SEX,
                ),
                indicator(
                    (
                        "حالات الغرق بالشواطئ المحروسة",
                        "Noyades sur les plages surveillées",
                        "Drownings on guarded beaches",
                    ),
                    ("حالة", "cas", "cases"),
                    [period(*summer(2023), 0, 1), period(*summer(2024), 0, 0)],
                    level=ResultType.OUTCOME,
                    baseline=3,
                    year=2021,
                ),
            ],
        ),
        project(
            "PRJ-2025-06",
            title=(
                "مسارات السياحة البيئية: تامراغت – إيموران – قرية الموز",
                "Sentiers d'écotourisme Tamraght – Imourane – Banana Village",
                "Eco-tourism trails: Tamraght – Imourane – Banana Village",
            ),
            description=text(
                "تهيئة 18 كلم من المسارات بين الشاطئ وبساتين الموز والأنوية التاريخية، مع نقط للمشاهدة ولوحات بثلاث لغات، وتكوين مرشدين محليين، بشراكة مع الجهة والمجلس الجهوي للسياحة وشركة محطة تغازوت ومهنيي السياحة بتامراغت.",
                "Aménagement de 18 km de sentiers entre la plage, les bananeraies et les noyaux historiques, avec belvédères, signalétique trilingue et formation de guides locaux, avec la Région, le Conseil régional du tourisme, la société de la station de Taghazout et les professionnels de Tamraght.",
                "18 km of trails between the beach, the banana groves and the historic cores, with viewpoints, signs in three languages and local guides trained, with the Region, the tourism council, the Taghazout resort company and Tamraght's tourism businesses.",
            ),
            status=IMPLEMENTATION,
            domains=["eco-tourism", "coast-environment"],
            pac_axis=4,
            budget=2_400_000,
            beneficiaries=9_800,
            planned=(date(2025, 3, 1), date(2026, 12, 31)),
            actual=(date(2025, 3, 17), None),
            progress=75,
            weights=(25, 45, 30),
            flags=("integration", "innovation"),
            places=[
                place("tamraght", "Départ des sentiers, parking de la plage", 0.0009, -0.0024),
                place("imi-miki", "Belvédère d'Imourane", 0.0025, -0.0044),
                place("tougmane", "Sentier des bananeraies (Banana Village)", -0.0029, -0.0017),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (REGION, FUNDING),
                (CRT, FUNDING),
                (SAPST, FUNDING),
                (SURF_CAMP, IMPLEMENTING),
                (RIAD, IMPLEMENTING),
                (UIZ, IMPLEMENTING),
            ],
            transactions=[
                commit(date(2025, 3, 17), COMMUNE, 500_000, "Contribution de la commune"),
                commit(
                    date(2025, 3, 17),
                    UIZ,
                    100_000,
                    "étude de fréquentation et tracé des sentiers",
                    in_kind=True,
                ),
                commit(date(2025, 4, 21), REGION, 700_000, "Programme régional d'écotourisme"),
                commit(date(2025, 4, 28), CRT, 400_000, "Promotion et signalétique"),
                commit(date(2025, 5, 12), SAPST, 500_000, "Mécénat de la station de Taghazout"),
                commit(
                    date(2025, 5, 12),
                    SURF_CAMP,
                    60_000,
                    "accueil et formation pratique des guides",
                    in_kind=True,
                ),
                commit(
                    date(2025, 5, 12),
                    RIAD,
                    40_000,
                    "point d'accueil des randonneurs à Banana Village",
                    in_kind=True,
                ),
                pay(date(2025, 6, 30), COMMUNE, 300_000, "Mandat n° 376/2025"),
                pay(date(2025, 7, 21), SAPST, 500_000, "Virement de la SAPST"),
                pay(date(2025, 9, 15), REGION, 400_000, "Première tranche de la Région"),
                spend(
                    date(2025, 9, 30),
                    COMMUNE,
                    620_000,
                    "Balisage et aménagement de 18 km de sentiers",
                ),
                pay(date(2025, 10, 6), CRT, 250_000, "Virement du CRT"),
                spend(date(2025, 12, 15), COMMUNE, 480_000, "Belvédères et aires de repos"),
                pay(date(2026, 3, 9), REGION, 300_000, "Deuxième tranche de la Région"),
                spend(date(2026, 3, 31), COMMUNE, 350_000, "Signalétique trilingue"),
                pay(date(2026, 4, 13), COMMUNE, 200_000, "Mandat n° 205/2026"),
                spend(date(2026, 6, 30), COMMUNE, 290_000, "Formation de 24 guides locaux"),
                spend(date(2026, 9, 15), COMMUNE, 180_000, "Application et cartes des sentiers"),
            ],
            milestones=[
                milestone(
                    ("تخطيط المسارات", "Tracé des sentiers", "Trail routes"),
                    date(2025, 6, 30),
                    date(2025, 6, 20),
                ),
                milestone(
                    ("افتتاح 15 كلم", "Ouverture de 15 km", "15 km opened"),
                    date(2026, 3, 31),
                    date(2026, 4, 18),
                ),
                milestone(
                    (
                        "المسارات الكاملة والتطبيق",
                        "Sentiers complets et application",
                        "Full trails and app",
                    ),
                    date(2026, 12, 31),
                    progress=60,
                    status=MilestoneStatus.UNDER_WAY,
                ),
            ],
            updates=[
                update(
                    date(2026, 4, 18),
                    (
                        "افتتاح مسارات تامراغت وقرية الموز",
                        "Ouverture des sentiers de Tamraght et Banana Village",
                        "Tamraght and Banana Village trails open",
                    ),
                    (
                        "15 كلم من المسارات مفتوحة للزوار، مع لوحات بالعربية والأمازيغية والفرنسية.",
                        "15 km de sentiers ouverts au public, avec une signalétique en arabe, amazigh et français.",
                        "15 km of trails open to the public, with signs in Arabic, Amazigh and French.",
                    ),
                ),
                update(
                    date(2026, 7, 2),
                    ("20 مرشدا محليا جديدا", "20 nouveaux guides locaux", "20 new local guides"),
                    (
                        "أنهى 9 نساء و11 رجلا من أورير تكوينهم كمرشدين للسياحة البيئية.",
                        "9 femmes et 11 hommes d'Aourir ont terminé leur formation de guides d'écotourisme.",
                        "9 women and 11 men from Aourir finished their training as eco-tourism guides.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    ("المسارات المهيأة", "Sentiers aménagés", "Trails built"),
                    KM,
                    [period(date(2025, 3, 1), date(2026, 12, 31), 18, 15)],
                    baseline=0,
                    year=2025,
                ),
                indicator(
                    ("المرشدون المحليون المكونون", "Guides locaux formés", "Local guides trained"),
                    ("مرشد", "guides", "guides"),
                    [by_sex(*year(2026), (12, 12), (9, 11))],
                    by=Disaggregation.SEX,
                ),
                indicator(
                    ("زوار المسارات", "Randonneurs sur les sentiers", "Walkers on the trails"),
                    VISITORS_UNIT,
                    [by_sex(date(2026, 4, 18), date(2026, 10, 31), (2500, 2500), (2100, 2700))],
                    level=ResultType.OUTCOME,
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2025-07",
            title=(
                "السوق الأسبوعي المغطى لأورير (شراكة بين القطاعين العام والخاص)",
                "Souk hebdomadaire couvert d'Aourir (partenariat public-privé)",
                "Aourir's covered weekly market (public-private partnership)",
            ),
            description=text(
                "يبني مستثمرون محليون سوقا مغطى على 3 هكتارات (200 محل، موقف، مجزرة قروية) فوق عقار جماعي ويدبرونه 20 سنة مقابل إتاوة. الشروط قيد التفاوض: غير منشور.",
                "Des investisseurs locaux construisent un souk couvert de 3 ha (200 emplacements, parking, abattoir rural) sur un terrain communal et le gèrent 20 ans contre une redevance. Conditions en négociation : non publié.",
                "Local investors build a 3-hectare covered market (200 stalls, car park, rural slaughterhouse) on commune land and run it for 20 years against a fee. Terms under negotiation: not published.",
                (
                    "مشروع توضيحي: المستثمر خيالي، والأرقام والتواريخ مفترضة.",
                    "Projet illustratif : l'investisseur est fictif ; chiffres et dates inventés.",
                    "Illustrative project: the investor is fictional; figures and dates are invented.",
                ),
            ),
            status=PIPELINE,
            is_public=False,
            agreements=["CONV-2025-018"],
            domains=["local-economy"],
            pac_axis=4,
            budget=24_000_000,
            beneficiaries=46_032,
            planned=(date(2025, 3, 18), date(2028, 12, 31)),
            progress=5,
            weights=(25, 60, 15),
            flags=("innovation",),
            places=[
                place(
                    "aourir-centre",
                    "Terrain communal du futur souk, route de Drarga",
                    0.0048,
                    0.0052,
                )
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (SOUK_INVEST, FUNDING),
                (SOUK_INVEST, IMPLEMENTING),
                (CRI, EXTENDING),
            ],
            transactions=[
                spend(
                    date(2025, 6, 30),
                    COMMUNE,
                    65_000,
                    "Immatriculation foncière du terrain (frais de bornage et de conservation)",
                ),
            ],
            milestones=[
                milestone(
                    ("تحفيظ العقار", "Immatriculation du terrain", "Land registration"),
                    date(2025, 12, 31),
                    progress=70,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    ("مداولة المجلس", "Délibération du conseil", "Council deliberation"),
                    date(2026, 5, 5),
                ),
            ],
            updates=[
                update(
                    date(2025, 7, 3),
                    (
                        "العقار في طور التحفيظ",
                        "Le terrain en cours d'immatriculation",
                        "Land registration under way",
                    ),
                    (
                        "تم التحديد؛ ينتظر الملف قرار المحافظة العقارية.",
                        "Le bornage est fait ; le dossier attend la conservation foncière.",
                        "The survey is done; the file awaits the land registry.",
                    ),
                ),
                update(
                    date(2026, 9, 22),
                    (
                        "المستثمر يطلب مراجعة الإتاوة",
                        "L'investisseur demande de revoir la redevance",
                        "Investor asks to revise the fee",
                    ),
                    (
                        "يقترح المستثمر إتاوة متدرجة خلال السنوات الخمس الأولى؛ رأي مركز الاستثمار منتظر.",
                        "L'investisseur propose une redevance progressive les cinq premières années ; avis du CRI attendu.",
                        "The investor proposes a fee that rises over the first five years; the investment centre's opinion is awaited.",
                    ),
                    public=False,
                ),
            ],
        ),
        project(
            "PRJ-2024-04",
            title=(
                "إعادة تأهيل السوق الأسبوعي الحالي لأورير",
                "Réhabilitation du souk hebdomadaire actuel d'Aourir",
                "Rehabilitation of Aourir's current weekly market",
            ),
            description=text(
                "تطهير السوق وتبليط الممرات، و120 مظلة، ومرافق صحية ونقط ماء وإنارة، وسياج ومراقبة، بتمويل مشترك بين الجماعة والجهة ومستثمرين محليين وتعاونية منتجي الموز، بمواكبة مركز الاستثمار الجهوي.",
                "Assainissement et dallage des allées, 120 ombrières, toilettes, points d'eau et éclairage, clôture et surveillance, cofinancés par la commune, la Région, des investisseurs locaux et la coopérative des producteurs de bananes, avec l'accompagnement du CRI.",
                "Drainage and paving of the alleys, 120 shade structures, toilets, water points and lighting, a fence and surveillance, co-funded by the commune, the Region, local investors and the banana growers' cooperative, with the investment centre's support.",
            ),
            status=FINALISATION,
            domains=["local-economy"],
            pac_axis=4,
            budget=2_500_000,
            beneficiaries=46_032,
            planned=(date(2024, 9, 1), date(2025, 12, 31)),
            actual=(date(2024, 9, 16), None),
            progress=95,
            weights=(30, 55, 15),
            flags=("innovation",),
            places=[place("aourir-centre", "Souk hebdomadaire actuel", -0.0021, 0.0035)],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (REGION, FUNDING),
                (SOUK_INVEST, FUNDING),
                (BANANA_COOPERATIVE, FUNDING),
                (CRI, EXTENDING),
            ],
            transactions=[
                commit(date(2024, 9, 16), COMMUNE, 900_000, "Contribution de la commune"),
                commit(
                    date(2024, 9, 16),
                    SOUK_INVEST,
                    800_000,
                    "Apport des investisseurs locaux (contre priorité d'exploitation des ombrières)",
                ),
                commit(
                    date(2024, 9, 16),
                    BANANA_COOPERATIVE,
                    150_000,
                    "étals et main-d'œuvre de la coopérative",
                    in_kind=True,
                ),
                commit(
                    date(2024, 9, 16),
                    CRI,
                    50_000,
                    "étude de marché et accompagnement des investisseurs",
                    in_kind=True,
                ),
                commit(date(2024, 10, 21), REGION, 600_000, "Contribution de la Région"),
                pay(date(2024, 11, 18), SOUK_INVEST, 400_000, "Premier apport des investisseurs"),
                pay(date(2025, 1, 20), COMMUNE, 500_000, "Mandat n° 27/2025"),
                spend(
                    date(2025, 1, 31),
                    COMMUNE,
                    620_000,
                    "Réseau d'assainissement et dallage des allées",
                ),
                pay(date(2025, 3, 17), REGION, 600_000, "Virement de la Région"),
                spend(
                    date(2025, 4, 30), COMMUNE, 780_000, "Ombrières métalliques (120 emplacements)"
                ),
                pay(date(2025, 5, 19), SOUK_INVEST, 400_000, "Solde de l'apport des investisseurs"),
                pay(date(2025, 7, 14), COMMUNE, 400_000, "Mandat n° 398/2025"),
                spend(
                    date(2025, 7, 31),
                    COMMUNE,
                    540_000,
                    "Toilettes publiques, points d'eau et éclairage",
                ),
                spend(
                    date(2025, 10, 31), COMMUNE, 360_000, "Clôture, portails et vidéosurveillance"
                ),
            ],
            milestones=[
                milestone(
                    ("الممرات والتطهير", "Allées et assainissement", "Alleys and drainage"),
                    date(2025, 1, 31),
                    date(2025, 1, 31),
                ),
                milestone(
                    ("المظلات", "Ombrières", "Shade structures"),
                    date(2025, 4, 30),
                    date(2025, 4, 30),
                ),
                milestone(
                    ("التسلم النهائي", "Réception définitive", "Final acceptance"),
                    date(2025, 12, 31),
                    progress=80,
                    status=MilestoneStatus.UNDER_WAY,
                ),
            ],
            updates=[
                update(
                    date(2025, 5, 6),
                    ("سوق نظيف ومظلل", "Un souk propre et ombragé", "A clean, shaded market"),
                    (
                        "120 مظلة وممرات مبلطة: يعمل السوق الأسبوعي في ظروف أفضل للتجار والزوار.",
                        "120 ombrières et des allées dallées : le souk fonctionne dans de meilleures conditions pour les commerçants et les visiteurs.",
                        "120 shade structures and paved alleys: the market works in better conditions for traders and visitors.",
                    ),
                ),
                update(
                    date(2026, 2, 10),
                    (
                        "التسلم النهائي مؤجل",
                        "Réception définitive reportée",
                        "Final acceptance postponed",
                    ),
                    (
                        "تحفظات على الكاميرات؛ يجب أن يصلحها المقاول قبل التسلم.",
                        "Réserves sur les caméras ; l'entreprise doit les lever avant la réception.",
                        "Reservations on the cameras; the contractor must fix them before acceptance.",
                    ),
                    public=False,
                ),
            ],
            indicators=[
                indicator(
                    ("المحلات المظللة", "Emplacements ombragés", "Shaded stalls"),
                    ("محل", "emplacements", "stalls"),
                    [period(date(2024, 9, 16), date(2025, 12, 31), 120, 120)],
                    baseline=0,
                    year=2024,
                ),
                indicator(
                    (
                        "التجار الحاضرون كل أسبوع",
                        "Commerçants présents chaque semaine",
                        "Traders present each week",
                    ),
                    ("تاجر", "commerçants", "traders"),
                    [by_sex(*year(2025), (40, 180), (46, 197))],
                    level=ResultType.OUTCOME,
                    baseline=190,
                    year=2024,
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2026-09",
            title=(
                "وحدة تثمين الأركان للتعاونية النسوية تانميرت",
                "Unité de valorisation de l'argan de la coopérative féminine Tanmirt",
                "Argan processing unit for the Tanmirt women's cooperative",
            ),
            description=text(
                "تجهيز وحدة لعصر وتلفيف زيت الأركان في محل جماعي من 150 مترا مربعا، وتكوين 35 متعاونة، في إطار الأنشطة المدرة للدخل للمبادرة الوطنية للتنمية البشرية، بمواكبة وكالة التنمية الاجتماعية.",
                "Équipement d'une unité de trituration et de conditionnement de l'huile d'argan dans un local communal de 150 m² et formation de 35 coopératrices, au titre des activités génératrices de revenus de l'INDH, avec l'accompagnement de l'ADS.",
                "Equipment for an argan-oil pressing and packaging unit in 150 m² of commune premises and training for 35 members, under INDH's income-generating activities, with ADS support.",
            ),
            status=PIPELINE,
            agreements=["CONV-2026-019"],
            domains=["women-cooperatives", "local-economy"],
            pac_axis=4,
            budget=680_000,
            beneficiaries=35,
            planned=(date(2027, 1, 1), date(2027, 12, 31)),
            progress=0,
            weights=(50, 40, 10),
            places=[
                place("aourir-centre", "Local communal, quartier administratif", 0.0015, -0.0012)
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (INDH, FUNDING),
                (ADS, EXTENDING),
                (TANMIRT, IMPLEMENTING),
            ],
            plan=[promise(ADS, 50_000, "Accompagnement et formation à la gestion")],
            updates=[
                update(
                    date(2026, 11, 10),
                    (
                        "وحدة الأركان في جدول أعمال المجلس",
                        "L'unité d'argan à l'ordre du jour du conseil",
                        "The argan unit on the council's agenda",
                    ),
                    (
                        "تعرض الاتفاقية مع المبادرة والتعاونية في الدورة المقبلة للمجلس.",
                        "La convention avec l'INDH et la coopérative sera présentée à la prochaine session du conseil.",
                        "The agreement with INDH and the cooperative goes to the council's next session.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    ("دخل المتعاونات", "Revenu des coopératrices", "Members' income"),
                    ("درهم في الشهر", "MAD par mois", "MAD per month"),
                    [period(*year(2028), 2200)],
                    level=ResultType.OUTCOME,
                    baseline=1300,
                    year=2026,
                ),
            ],
        ),
        project(
            "PRJ-2024-05",
            title=(
                "تقوية قدرات التعاونية تانميرت: التكوين والشهادة البيولوجية والتسويق",
                "Renforcement de la coopérative Tanmirt : formation, certification bio et commercialisation",
                "Strengthening the Tanmirt cooperative: training, organic certification and marketing",
            ),
            description=text(
                "تكوين 35 متعاونة في النظافة والتدبير والتسويق، والحصول على الشهادة البيولوجية، وتلفيف بثلاث لغات، والمشاركة في المعارض والبيع عبر الإنترنت، مع الوكالة الإسبانية للتعاون الدولي ووكالة التنمية الاجتماعية والمدرسة الوطنية للتجارة والتسيير.",
                "Formation de 35 coopératrices (hygiène, gestion, commercialisation), certification biologique, emballages trilingues, salons et vente en ligne, avec l'AECID, l'ADS et l'ENCG d'Agadir.",
                "Training 35 members (hygiene, management, marketing), organic certification, packaging in three languages, fairs and online sales, with AECID, ADS and ENCG Agadir.",
                (
                    "مشروع توضيحي: المبالغ باليورو مقومة بجدول أسعار العرض، والأرقام والتواريخ مفترضة.",
                    "Projet illustratif : les montants en EUR sont valorisés avec la table de cours de démonstration ; chiffres et dates inventés.",
                    "Illustrative project: EUR amounts are valued with the demo rate table; figures and dates are invented.",
                ),
            ),
            status=CLOSED,
            owner=TANMIRT,
            domains=["women-cooperatives", "local-economy"],
            pac_axis=4,
            budget=840_000,
            beneficiaries=35,
            planned=(date(2024, 1, 15), date(2025, 6, 30)),
            actual=(date(2024, 2, 5), date(2025, 6, 30)),
            progress=100,
            weights=(50, 40, 10),
            flags=("expertise_exchange",),
            places=[
                place("aourir-centre", "Atelier de la coopérative", 0.0017, -0.0015),
                place("tagadirt-izdar", "Arganeraie des coopératrices", 0.0012, 0.0010),
            ],
            participants=[
                (TANMIRT, ACCOUNTABLE),
                (TANMIRT, IMPLEMENTING),
                (AECID, FUNDING),
                (ADS, FUNDING),
                (COMMUNE, FUNDING),
                (ENCG, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2024, 2, 5),
                    AECID,
                    45_000,
                    "Programme d'autonomisation économique des femmes",
                    currency="EUR",
                ),
                commit(date(2024, 2, 5), COMMUNE, 100_000, "Subvention de la commune"),
                commit(
                    date(2024, 2, 12),
                    ADS,
                    180_000,
                    "Appui de l'ADS aux activités génératrices de revenus",
                ),
                commit(
                    date(2024, 2, 12),
                    ENCG,
                    60_000,
                    "encadrement par les enseignants et les étudiants de l'ENCG",
                    in_kind=True,
                ),
                pay(date(2024, 3, 4), COMMUNE, 100_000, "Mandat n° 118/2024", to=TANMIRT),
                pay(
                    date(2024, 3, 18),
                    AECID,
                    25_000,
                    "Première tranche AECID",
                    to=TANMIRT,
                    currency="EUR",
                ),
                pay(date(2024, 4, 15), ADS, 180_000, "Virement de l'ADS", to=TANMIRT),
                spend(date(2024, 5, 31), TANMIRT, 210_000, "Formation de 35 coopératrices"),
                spend(date(2024, 9, 30), TANMIRT, 160_000, "Certification biologique et analyses"),
                pay(
                    date(2024, 10, 14),
                    AECID,
                    20_000,
                    "Deuxième tranche AECID",
                    to=TANMIRT,
                    currency="EUR",
                ),
                spend(date(2024, 12, 20), TANMIRT, 140_000, "Emballages et étiquetage trilingue"),
                spend(date(2025, 3, 31), TANMIRT, 170_000, "Salons régionaux et boutique en ligne"),
                spend(date(2025, 6, 15), TANMIRT, 95_000, "Petit équipement de conditionnement"),
            ],
            milestones=[
                milestone(
                    ("التكوين", "Formation", "Training"), date(2024, 5, 31), date(2024, 5, 31)
                ),
                milestone(
                    ("الشهادة البيولوجية", "Certification biologique", "Organic certification"),
                    date(2024, 12, 31),
                    date(2024, 11, 18),
                ),
            ],
            updates=[
                update(
                    date(2024, 11, 20),
                    (
                        "زيت تانميرت يحصل على الشهادة البيولوجية",
                        "L'huile de Tanmirt certifiée bio",
                        "Tanmirt's oil certified organic",
                    ),
                    (
                        "حصلت التعاونية على الشهادة البيولوجية، وتستعد لأول معرض جهوي.",
                        "La coopérative a obtenu la certification biologique et prépare son premier salon régional.",
                        "The cooperative earned organic certification and is getting ready for its first regional fair.",
                    ),
                ),
                update(
                    date(2025, 7, 3),
                    ("المبيعات ترتفع بـ42 في المائة", "Ventes en hausse de 42 %", "Sales up 42%"),
                    (
                        "ارتفعت مبيعات التعاونية بـ42 في المائة بفضل البيع عبر الإنترنت والمعارض.",
                        "Les ventes de la coopérative ont augmenté de 42 % grâce à la vente en ligne et aux salons.",
                        "The cooperative's sales rose by 42% thanks to online sales and fairs.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    ("المتعاونات المكونات", "Coopératrices formées", "Members trained"),
                    ("متعاونة", "coopératrices", "members"),
                    [
                        period(
                            date(2024, 2, 5),
                            date(2024, 12, 31),
                            35,
                            35,
                            values=[("female", "18-59", 29, 30), ("female", "60+", 6, 5)],
                        ),
                    ],
                    baseline=0,
                    year=2024,
                    by=Disaggregation.SEX_AGE,
                ),
                indicator(
                    ("ارتفاع المبيعات", "Hausse des ventes", "Increase in sales"),
                    PERCENT,
                    [period(date(2024, 7, 1), date(2025, 6, 30), 30, 42)],
                    level=ResultType.OUTCOME,
                    measure=Measure.PERCENTAGE,
                    baseline=0,
                    year=2024,
                ),
            ],
        ),
    ]


def social_and_knowledge():
    return [
        project(
            "PRJ-2024-06",
            title=(
                "الدراسات والتقييم المرحلي لبرنامج عمل الجماعة مع جامعة ابن زهر",
                "Études et évaluation à mi-parcours du PAC avec l'Université Ibn Zohr",
                "Studies and mid-term evaluation of the action programme with Ibn Zohr University",
            ),
            description=text(
                "تحيين التشخيص التشاركي، وبحوث سوسيو-اقتصادية لدى 2450 أسرة، وتقييم مرحلي لبرنامج عمل الجماعة وفق مقاربة النوع، ينجزها أساتذة باحثون وطلبة ماستر من جامعة ابن زهر.",
                "Actualisation du diagnostic participatif, enquêtes socio-économiques auprès de 2 450 ménages et évaluation à mi-parcours du PAC avec une approche genre, par des enseignants-chercheurs et des étudiants de master de l'Université Ibn Zohr.",
                "An updated participatory diagnosis, socio-economic surveys of 2,450 households and a gender-sensitive mid-term evaluation of the action programme, by Ibn Zohr University researchers and master's students.",
            ),
            status=FINALISATION,
            agreements=["CONV-2024-021"],
            domains=["governance", "education"],
            pac_axis=6,
            budget=720_000,
            beneficiaries=46_032,
            planned=(date(2024, 12, 2), date(2027, 1, 31)),
            actual=(date(2024, 12, 2), None),
            progress=85,
            weights=(50, 30, 20),
            flags=("expertise_exchange", "innovation"),
            places=[
                place(
                    "aourir-centre",
                    "Siège de la commune (ateliers de restitution)",
                    -0.0003,
                    0.0004,
                ),
                place("tamraght", "Enquêtes de terrain", 0.0006, 0.0008),
                place("alma", "Enquêtes de terrain", -0.0005, 0.0006),
            ],
            participants=[
                (COMMUNE, ACCOUNTABLE),
                (COMMUNE, FUNDING),
                (UIZ, FUNDING),
                (UIZ, IMPLEMENTING),
            ],
            transactions=[
                commit(
                    date(2024, 12, 2), COMMUNE, 120_000, "Frais d'enquête et indemnités de stage"
                ),
                commit(
                    date(2024, 12, 2),
                    UIZ,
                    600_000,
                    "diagnostic, enquêtes et évaluation par les équipes de l'université",
                    in_kind=True,
                ),
                pay(date(2025, 6, 12), COMMUNE, 120_000, "Mandat n° 322/2025"),
                spend(date(2025, 7, 15), COMMUNE, 72_000, "Frais d'enquête (2 450 ménages)"),
                spend(
                    date(2025, 10, 30),
                    COMMUNE,
                    48_000,
                    "Indemnités de stage de huit étudiants de master",
                ),
            ],
            milestones=[
                milestone(
                    (
                        "تقرير التشخيص المحين",
                        "Rapport de diagnostic actualisé",
                        "Updated diagnosis report",
                    ),
                    date(2025, 6, 30),
                    date(2025, 6, 30),
                ),
                milestone(
                    ("تقرير البحوث الميدانية", "Rapport d'enquêtes", "Survey report"),
                    date(2025, 12, 31),
                    date(2025, 12, 19),
                ),
                milestone(
                    (
                        "التقرير النهائي للتقييم المرحلي",
                        "Rapport final d'évaluation à mi-parcours",
                        "Final mid-term evaluation report",
                    ),
                    date(2027, 1, 26),
                    progress=70,
                    status=MilestoneStatus.UNDER_WAY,
                ),
            ],
            updates=[
                update(
                    date(2025, 7, 1),
                    (
                        "تشخيص تشاركي جديد",
                        "Un nouveau diagnostic participatif",
                        "A new participatory diagnosis",
                    ),
                    (
                        "شارك أكثر من 600 من السكان في 14 لقاء بالأحياء والدواوير.",
                        "Plus de 600 habitants ont participé à 14 rencontres dans les quartiers et les douars.",
                        "More than 600 residents took part in 14 meetings in the neighbourhoods and villages.",
                    ),
                ),
                update(
                    date(2025, 12, 22),
                    ("نتائج البحوث الميدانية", "Résultats des enquêtes", "Survey results"),
                    (
                        "2450 أسرة مستجوبة؛ النتائج حسب الجنس متاحة لهيئة المساواة وتكافؤ الفرص ومقاربة النوع.",
                        "2 450 ménages enquêtés ; les résultats par sexe sont transmis à l'instance de l'équité et de l'égalité des chances.",
                        "2,450 households surveyed; results by sex go to the equality and gender commission.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    ("المستجوبون في البحوث", "Personnes enquêtées", "People surveyed"),
                    PEOPLE_UNIT,
                    [by_sex(date(2025, 7, 1), date(2025, 12, 31), (1200, 1200), (1260, 1190))],
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2026-10",
            title=(
                "برنامج 2026 لجمعية تامراغت: محو الأمية والأنشطة الصيفية ودار المرأة",
                "Programme 2026 de l'Association Tamraght : alphabétisation, activités d'été et foyer féminin",
                "Tamraght association's 2026 programme: literacy, summer activities and the women's centre",
            ),
            description=text(
                "دروس محو الأمية لفائدة 80 امرأة، وأنشطة تربوية صيفية لأطفال تامراغت، وتنشيط دار المرأة، بمنحة من الجماعة.",
                "Cours d'alphabétisation pour 80 femmes, activités éducatives d'été pour les enfants de Tamraght et animation du foyer féminin, avec une subvention de la commune.",
                "Literacy classes for 80 women, summer educational activities for Tamraght's children and the women's centre, with a grant from the commune.",
            ),
            status=IMPLEMENTATION,
            owner=TAMRAGHT_ASSOCIATION,
            agreements=["CONV-2026-003"],
            domains=["social-action", "education"],
            pac_axis=2,
            budget=150_000,
            beneficiaries=230,
            planned=(date(2026, 3, 1), date(2027, 2, 28)),
            actual=(date(2026, 3, 2), None),
            progress=65,
            weights=(80, 10, 10),
            places=[place("tamraght", "Foyer féminin de Tamraght", 0.0007, 0.0011)],
            participants=[
                (TAMRAGHT_ASSOCIATION, ACCOUNTABLE),
                (TAMRAGHT_ASSOCIATION, IMPLEMENTING),
                (COMMUNE, FUNDING),
            ],
            transactions=[
                commit(date(2026, 3, 2), COMMUNE, 120_000, "Subvention 2026 (deux tranches)"),
                commit(
                    date(2026, 3, 2),
                    TAMRAGHT_ASSOCIATION,
                    30_000,
                    "bénévoles et animatrices de l'association",
                    in_kind=True,
                ),
                pay(
                    date(2026, 3, 25),
                    COMMUNE,
                    60_000,
                    "Mandat n° 148/2026 – première tranche",
                    to=TAMRAGHT_ASSOCIATION,
                ),
                spend(
                    date(2026, 5, 31),
                    TAMRAGHT_ASSOCIATION,
                    22_000,
                    "Manuels et indemnités des animatrices d'alphabétisation",
                ),
                spend(
                    date(2026, 8, 31),
                    TAMRAGHT_ASSOCIATION,
                    31_000,
                    "Activités d'été pour 150 enfants",
                ),
                spend(
                    date(2026, 10, 15), TAMRAGHT_ASSOCIATION, 7_000, "Équipement du foyer féminin"
                ),
            ],
            updates=[
                update(
                    date(2026, 9, 3),
                    (
                        "صيف تربوي لأطفال تامراغت",
                        "Un été éducatif pour les enfants de Tamraght",
                        "An educational summer for Tamraght's children",
                    ),
                    (
                        "استفاد 153 طفلا من ورشات القراءة والمسرح والسباحة.",
                        "153 enfants ont profité des ateliers de lecture, de théâtre et de natation.",
                        "153 children joined reading, theatre and swimming workshops.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    (
                        "النساء المستفيدات من محو الأمية",
                        "Femmes en cours d'alphabétisation",
                        "Women in literacy classes",
                    ),
                    ("امرأة", "femmes", "women"),
                    [
                        period(
                            date(2026, 3, 1),
                            date(2026, 12, 31),
                            80,
                            77,
                            values=[("female", "18-59", 70, 64), ("female", "60+", 10, 13)],
                        ),
                    ],
                    by=Disaggregation.SEX_AGE,
                ),
                indicator(
                    (
                        "الأطفال في الأنشطة الصيفية",
                        "Enfants aux activités d'été",
                        "Children in summer activities",
                    ),
                    ("طفل", "enfants", "children"),
                    [by_sex(date(2026, 7, 1), date(2026, 8, 31), (75, 75), (82, 71))],
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2026-11",
            title=(
                "التعليم الأولي بدواري تكاديرت أوفلا وأوباها",
                "Préscolaire dans les douars de Tagadirt Oufella et Oubaha",
                "Pre-school in Tagadirt Oufella and Oubaha",
            ),
            description=text(
                "بناء وتجهيز أربعة أقسام للتعليم الأولي، وتكوين المربيات والتتبع التربوي لمدة ثلاث سنوات، مع مؤسسة البنك الشعبي. صادق المجلس على الاتفاقية، وموافقة المؤسسة منتظرة.",
                "Construction et équipement de quatre salles de préscolaire, formation des éducatrices et suivi pédagogique pendant trois ans, avec la Fondation Banque Populaire. Le conseil a approuvé la convention ; l'accord de la fondation est attendu.",
                "Building and equipping four pre-school classrooms, training the teachers and three years of pedagogical follow-up, with the Banque Populaire foundation. The council approved the agreement; the foundation's approval is awaited.",
            ),
            status=PIPELINE,
            agreements=["CONV-2026-017"],
            domains=["education"],
            pac_axis=2,
            budget=1_000_000,
            beneficiaries=100,
            planned=(date(2027, 1, 1), date(2029, 12, 31)),
            progress=0,
            weights=(80, 10, 10),
            flags=("integration",),
            places=[
                place("tagadirt-oufella", "Terrain de l'école satellite", -0.0007, 0.0006),
                place("oubaha", "Terrain près de la mosquée", 0.0005, 0.0009),
            ],
            participants=[(COMMUNE, ACCOUNTABLE), (COMMUNE, FUNDING), (BP_FOUNDATION, FUNDING)],
            milestones=[
                milestone(
                    ("موافقة المؤسسة", "Accord de la fondation", "Foundation's approval"),
                    date(2026, 12, 31),
                    progress=30,
                    status=MilestoneStatus.UNDER_WAY,
                ),
                milestone(
                    ("الدخول المدرسي الأول", "Première rentrée", "First school year"),
                    date(2027, 9, 15),
                ),
            ],
            updates=[
                update(
                    date(2026, 10, 8),
                    (
                        "أربعة أقسام للتعليم الأولي في الدواوير",
                        "Quatre classes de préscolaire dans les douars",
                        "Four pre-school classes in the villages",
                    ),
                    (
                        "صادق المجلس على الاتفاقية مع مؤسسة البنك الشعبي؛ الهدف أول دخول مدرسي في شتنبر 2027.",
                        "Le conseil a approuvé la convention avec la Fondation Banque Populaire ; objectif : première rentrée en septembre 2027.",
                        "The council approved the agreement with the Banque Populaire foundation; the aim is a first school year in September 2027.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    (
                        "الأطفال المسجلون في التعليم الأولي",
                        "Enfants inscrits au préscolaire",
                        "Children enrolled in pre-school",
                    ),
                    ("طفل", "enfants", "children"),
                    [by_sex(*school_year(2027), (50, 50))],
                    baseline=0,
                    year=2026,
                    by=Disaggregation.SEX,
                ),
            ],
        ),
        project(
            "PRJ-2023-05",
            title=(
                "قوافل طبية وتجهيز المركز الصحي لتامراغت",
                "Caravanes médicales et équipement du centre de santé de Tamraght",
                "Medical caravans and equipment for the Tamraght health centre",
            ),
            description=text(
                "ثلاث قوافل طبية (عامة، للدواوير، ولطب العيون) نظمتها جمعية أورير للتنمية والتضامن، وتجهيز المركز الصحي لتامراغت بجهاز للفحص بالصدى وكرسي لطب الأسنان، بدعم من الوكالة اليابانية للتعاون الدولي والمبادرة الوطنية للتنمية البشرية.",
                "Trois caravanes médicales (générale, douars, ophtalmologie) organisées par l'Association Aourir pour le développement et la solidarité, et équipement du centre de santé de Tamraght (échographe, fauteuil dentaire), avec la JICA et l'INDH.",
                "Three medical caravans (general, villages, eye care) run by the Aourir development and solidarity association, and equipment for the Tamraght health centre (ultrasound scanner, dental chair), with JICA and INDH.",
            ),
            status=CLOSED,
            owner=AOURIR_ASSOCIATION,
            domains=["health", "social-action"],
            pac_axis=2,
            budget=700_000,
            beneficiaries=1_850,
            planned=(date(2023, 4, 1), date(2024, 3, 31)),
            actual=(date(2023, 4, 10), date(2024, 3, 31)),
            progress=100,
            weights=(85, 5, 10),
            flags=("expertise_exchange",),
            places=[
                place("tamraght", "Centre de santé de Tamraght", 0.0013, 0.0019),
                place("azioun", "Caravane des douars (école d'Azioun)", -0.0008, 0.0006),
            ],
            participants=[
                (AOURIR_ASSOCIATION, ACCOUNTABLE),
                (AOURIR_ASSOCIATION, IMPLEMENTING),
                (JICA, FUNDING),
                (INDH, FUNDING),
                (COMMUNE, FUNDING),
            ],
            transactions=[
                commit(
                    date(2023, 4, 10),
                    JICA,
                    380_000,
                    "échographe et fauteuil dentaire pour le centre de santé",
                    in_kind=True,
                ),
                commit(
                    date(2023, 4, 10), COMMUNE, 120_000, "Subvention de la commune aux caravanes"
                ),
                commit(date(2023, 5, 8), INDH, 200_000, "Programme de santé de proximité"),
                pay(
                    date(2023, 5, 22),
                    INDH,
                    200_000,
                    "Virement du comité provincial",
                    to=AOURIR_ASSOCIATION,
                ),
                pay(
                    date(2023, 6, 5), COMMUNE, 120_000, "Mandat n° 297/2023", to=AOURIR_ASSOCIATION
                ),
                spend(
                    date(2023, 7, 15), AOURIR_ASSOCIATION, 95_000, "Caravane médicale de Tamraght"
                ),
                spend(
                    date(2023, 9, 15),
                    JICA,
                    380_000,
                    "Livraison et installation de l'échographe et du fauteuil dentaire",
                ),
                spend(
                    date(2023, 11, 20), AOURIR_ASSOCIATION, 110_000, "Caravane médicale des douars"
                ),
                spend(
                    date(2024, 2, 28),
                    AOURIR_ASSOCIATION,
                    115_000,
                    "Caravane ophtalmologique et lunettes",
                ),
            ],
            updates=[
                update(
                    date(2023, 9, 18),
                    (
                        "جهاز الفحص بالصدى بالمركز الصحي لتامراغت",
                        "Un échographe au centre de santé de Tamraght",
                        "An ultrasound scanner at the Tamraght health centre",
                    ),
                    (
                        "لم تعد النساء الحوامل مضطرات للتنقل إلى أكادير لإجراء الفحص بالصدى.",
                        "Les femmes enceintes n'ont plus à se rendre à Agadir pour une échographie.",
                        "Pregnant women no longer need to travel to Agadir for a scan.",
                    ),
                ),
                update(
                    date(2024, 3, 5),
                    (
                        "1850 استشارة في ثلاث قوافل",
                        "1 850 consultations en trois caravanes",
                        "1,850 consultations in three caravans",
                    ),
                    (
                        "وزعت القافلة الأخيرة 340 نظارة طبية على التلاميذ والمسنين.",
                        "La dernière caravane a distribué 340 paires de lunettes aux élèves et aux personnes âgées.",
                        "The last caravan handed out 340 pairs of glasses to pupils and older people.",
                    ),
                ),
            ],
            indicators=[
                indicator(
                    ("الاستشارات الطبية", "Consultations médicales", "Medical consultations"),
                    ("استشارة", "consultations", "consultations"),
                    [
                        period(
                            date(2023, 4, 10),
                            date(2024, 3, 31),
                            1500,
                            1850,
                            values=[
                                ("female", "0-17", 200, 260),
                                ("female", "18-59", 500, 610),
                                ("female", "60+", 200, 260),
                                ("male", "0-17", 200, 240),
                                ("male", "18-59", 250, 290),
                                ("male", "60+", 150, 190),
                            ],
                        ),
                    ],
                    by=Disaggregation.SEX_AGE,
                ),
            ],
        ),
    ]
