"""The capacity challenge measured: per year, the people trained, the hours attended and the
hours per person, by sex and by service, over the trainings held (grouped in SQL)."""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear

from .choices import Registration, TrainingState
from .models import TrainingParticipant

ZERO = Decimal("0")


def _person(row):
    return ("user", row["user"]) if row["user"] else ("name", row["name"])


def capacity(years=None):
    """{year: {"people", "hours", "per_person", "by_sex": {sex: (people, hours)},
    "by_service": {service: (people, hours)}}}; a person counts once a year whatever the
    trainings they followed (an account, or a name)."""
    rows = (
        TrainingParticipant.objects.filter(
            training__state=TrainingState.DONE, registration=Registration.REGISTERED
        )
        .annotate(year=ExtractYear("training__starts_on"))
        .values("year", "user", "name", "sex", "service")
        .annotate(hours=Sum("hours_attended"), n=Count("pk"))
        .order_by()
    )
    people = defaultdict(set)
    hours = defaultdict(lambda: ZERO)
    sex = defaultdict(lambda: defaultdict(lambda: [set(), ZERO]))
    service = defaultdict(lambda: defaultdict(lambda: [set(), ZERO]))
    for row in rows:
        year, who, spent = row["year"], _person(row), row["hours"] or ZERO
        if years and year not in years:
            continue
        people[year].add(who)
        hours[year] += spent
        for table, key in ((sex, row["sex"]), (service, row["service"] or "")):
            table[year][key][0].add(who)
            table[year][key][1] += spent
    result = {}
    for year in sorted(people):
        count = len(people[year])
        result[year] = {
            "people": count,
            "hours": hours[year],
            "per_person": (hours[year] / count).quantize(Decimal("0.1")) if count else ZERO,
            "by_sex": {k: (len(v[0]), v[1]) for k, v in sex[year].items()},
            "by_service": {k: (len(v[0]), v[1]) for k, v in sorted(service[year].items())},
        }
    return result
