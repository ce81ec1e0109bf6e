# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""What the project records share: the sources note, short names for roles and transaction types,
the indicator names used by several projects and the usual reporting periods."""

from datetime import date

from taawun.projects.choices import ParticipantRole, TransactionType

FUNDING = ParticipantRole.FUNDING
ACCOUNTABLE = ParticipantRole.ACCOUNTABLE
EXTENDING = ParticipantRole.EXTENDING
IMPLEMENTING = ParticipantRole.IMPLEMENTING

COMMITMENT = TransactionType.COMMITMENT
DISBURSEMENT = TransactionType.DISBURSEMENT
EXPENDITURE = TransactionType.EXPENDITURE

# What each description says about its sources, unless its record says otherwise ("sources").
ILLUSTRATIVE = (
    "مشروع توضيحي لأغراض العرض: الشركاء مؤسسات حقيقية، أما المبالغ والتواريخ والمؤشرات فمفترضة.",
    "Projet de démonstration : les partenaires sont réels, les montants, dates et indicateurs sont illustratifs.",
    "Demo project: the partners are real institutions; amounts, dates and indicators are illustrative.",
)

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


# Reporting periods, (first day, last day)


def school_year(first):
    return date(first, 9, 1), date(first + 1, 6, 30)


def year(number):
    return date(number, 1, 1), date(number, 12, 31)


def summer(number):
    return date(number, 6, 1), date(number, 9, 30)
