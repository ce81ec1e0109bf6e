"""Morocco's public holidays, as the data the legal delays are counted with. The fixed ones
repeat every year; the religious ones (Eid al-Fitr, Eid al-Adha, the Islamic new year, the
Prophet's birthday) follow the lunar calendar: their dates here are estimates, to be confirmed
when the ministry announces them (`estimated`), and the table is the commune's to keep."""

from datetime import date

FIXED = [
    ((1, 1), "رأس السنة الميلادية", "Nouvel an", "New Year's Day"),
    (
        (1, 11),
        "ذكرى تقديم وثيقة الاستقلال",
        "Manifeste de l'indépendance",
        "Independence Manifesto Day",
    ),
    ((1, 14), "رأس السنة الأمازيغية", "Nouvel an amazigh", "Amazigh New Year"),
    ((5, 1), "عيد الشغل", "Fête du travail", "Labour Day"),
    ((7, 30), "عيد العرش", "Fête du Trône", "Throne Day"),
    ((8, 14), "ذكرى استرجاع إقليم وادي الذهب", "Allégeance d'Oued Eddahab", "Oued Eddahab Day"),
    (
        (8, 20),
        "ذكرى ثورة الملك والشعب",
        "Révolution du Roi et du Peuple",
        "Revolution of the King and the People",
    ),
    ((8, 21), "عيد الشباب", "Fête de la jeunesse", "Youth Day"),
    ((11, 6), "ذكرى المسيرة الخضراء", "Marche verte", "Green March Day"),
    ((11, 18), "عيد الاستقلال", "Fête de l'indépendance", "Independence Day"),
]
FITR = ("عيد الفطر", "Aïd al-Fitr", "Eid al-Fitr")
ADHA = ("عيد الأضحى", "Aïd al-Adha", "Eid al-Adha")
HIJRI = ("فاتح محرم", "Nouvel an de l'Hégire", "Islamic New Year")
MAWLID = ("عيد المولد النبوي", "Aïd al-Mawlid", "The Prophet's Birthday")
RELIGIOUS = [
    (date(2025, 3, 31), FITR), (date(2025, 4, 1), FITR),
    (date(2025, 6, 7), ADHA), (date(2025, 6, 8), ADHA),
    (date(2025, 6, 27), HIJRI),
    (date(2025, 9, 5), MAWLID), (date(2025, 9, 6), MAWLID),
    (date(2026, 3, 20), FITR), (date(2026, 3, 21), FITR),
    (date(2026, 5, 27), ADHA), (date(2026, 5, 28), ADHA),
    (date(2026, 6, 16), HIJRI),
    (date(2026, 8, 25), MAWLID), (date(2026, 8, 26), MAWLID),
    (date(2027, 3, 10), FITR), (date(2027, 3, 11), FITR),
    (date(2027, 5, 17), ADHA), (date(2027, 5, 18), ADHA),
    (date(2027, 6, 6), HIJRI),
    (date(2027, 8, 15), MAWLID), (date(2027, 8, 16), MAWLID),
]  # fmt: skip
YEARS = (2025, 2026, 2027)


def rows():
    """(day, name_ar, name_fr, name_en, estimated) for every holiday of YEARS."""
    found = {}
    for year in YEARS:
        for (month, day), ar, fr, en in FIXED:
            found[date(year, month, day)] = (ar, fr, en, False)
    for day, (ar, fr, en) in RELIGIOUS:
        found.setdefault(day, (ar, fr, en, day >= date(2026, 1, 1)))
    return [(day, *found[day]) for day in sorted(found)]
