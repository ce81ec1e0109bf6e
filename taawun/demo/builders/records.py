"""From the plain records of taawun.demo.data to the rows the builders take.

The records hold only what differs from the usual case; this module fills in the rest (the commune's
representative, an obligation's currency, a transaction's receiver...), resolves the dates that depend
on the day of loading (taawun.demo.data.relative) and appends to each project description what it says
about its sources.
"""

from datetime import date, timedelta
from decimal import Decimal

from taawun.agreements.choices import ObligationKind, PartyRole
from taawun.demo.data.names import PRESIDENT, PRESIDENT_AR
from taawun.demo.data.projects.common import ILLUSTRATIVE
from taawun.demo.data.projects.notes import IN_KIND_FR, arabic
from taawun.demo.data.relative import Days, Session, Year
from taawun.projects.choices import (
    ContributionKind,
    Disaggregation,
    Measure,
    MilestoneStatus,
    ResultType,
    Sex,
    TransactionType,
)

# --- Agreements ---

# Council sessions: the first week of February, May and October (domain.md [check]).
_MONTHS_FR = {2: "février", 5: "mai", 10: "octobre"}
_MONTHS_AR = {2: "فبراير", 5: "ماي", 10: "أكتوبر"}  # the Maghreb's month names


def agreement_rows(records, today):
    """The agreements, oldest first, with the steps of the last weeks dated from `today`."""
    return [_agreement(resolve(record, today)) for record in records]


def resolve(value, today):
    """The record with its relative dates (taawun.demo.data.relative) made days and years."""
    if isinstance(value, Days):
        return today + timedelta(days=value.days)
    if isinstance(value, Session):
        return last_session(today + timedelta(days=value.days))
    if isinstance(value, Year):
        return today.year + value.years
    if isinstance(value, dict):
        return {key: resolve(item, today) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, today) for item in value]
    if isinstance(value, tuple):
        return tuple(resolve(item, today) for item in value)
    return value


def _agreement(record):
    row = dict(record)
    if "council" in record:
        row["council"] = council(*record["council"])
    row["commune"] = _party(
        {
            "partner": None,
            "role": PartyRole.PROJECT_OWNER,
            "representative_ar": PRESIDENT_AR,
            "representative_fr": PRESIDENT,
            **record["commune"],
        }
    )
    row["parties"] = [_party(spec) for spec in record["parties"]]
    if "amendments" in record:
        row["amendments"] = [_amendment(spec) for spec in record["amendments"]]
    return row


def _party(spec):
    """A partner's place: `approval` is (body, decision number, day), `signed` is (day, signatory)."""
    return {
        "partner": spec["partner"],
        "role": spec["role"],
        "representative_ar": spec["representative_ar"],
        "representative_fr": spec["representative_fr"],
        "approval": spec.get("approval"),
        "signed": spec.get("signed"),
        "obligations": [_obligation(item) for item in spec.get("obligations", ())],
    }


def _amendment(spec):
    row = dict(spec)
    if "obligations" in spec:
        row["obligations"] = [(partner, _obligation(item)) for partner, item in spec["obligations"]]
    return row


def _obligation(spec):
    """Money, or a contribution in kind (`in_kind` names its type) at its estimated value; `due`
    is a date or a year; `paid` lists (day, MAD or None for the rest, note)."""
    due = spec["due"]
    return {
        "kind": ObligationKind.IN_KIND if "in_kind" in spec else ObligationKind.FINANCIAL,
        "in_kind_type": spec.get("in_kind", ""),
        "description_fr": spec["fr"],
        "description_ar": spec["ar"],
        "description_en": spec["en"],
        "amount": Decimal(spec["amount"]),
        "currency": spec.get("currency", "MAD"),
        "tranche": spec.get("tranche"),
        "due_date": due if isinstance(due, date) else None,
        "due_year": due if isinstance(due, int) else None,
        "paid": list(spec.get("paid", ())),
    }


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


def session_labels(day):
    """The session's name in Arabic and French: ordinary in February, May and October."""
    month = _MONTHS_FR.get(day.month)
    if month is None:
        return (
            f"الدورة الاستثنائية بتاريخ {day:%d/%m/%Y}",
            f"Session extraordinaire du {day:%d/%m/%Y}",
        )
    article = "d'" if month[0] in "aeiou" else "de "
    return (
        f"الدورة العادية لشهر {_MONTHS_AR[day.month]} {day.year}",
        f"Session ordinaire {article}{month} {day.year}",
    )


def council(day, number, votes_for, votes_against=0, abstaining=0):
    """The council's deliberation, from (day, decision number, for, against, abstaining)."""
    return {
        "session_ar": session_labels(day)[0],
        "session_fr": session_labels(day)[1],
        "held_on": day,
        "decision_number": f"{number}/{day.year}",
        "votes_for": votes_for,
        "votes_against": votes_against,
        "votes_abstaining": abstaining,
    }


# --- Projects ---

_PROJECT_DEFAULTS = {
    "owner": None,  # the commune
    "agreements": [],
    "is_public": True,
    "actual": (None, None),
    "flags": (),
    "beneficiaries": None,
    "plan": [],
    "transactions": [],
    "milestones": [],
    "updates": [],
    "indicators": [],
}


def project_rows(records):
    """The projects, with the usual defaults: public, owned by the commune, no agreement."""
    return [_project(record) for record in records]


def _project(record):
    row = {**_PROJECT_DEFAULTS, **record}
    note = row.pop("sources", ILLUSTRATIVE)
    # The description ends with what is sourced and what is illustrative.
    row["description"] = tuple(
        f"{text}\n\n{said}" for text, said in zip(row["description"], note, strict=True)
    )
    row["places"] = [_place(*spec) for spec in row["places"]]
    row["transactions"] = [_transaction(*spec) for spec in row["transactions"]]
    row["plan"] = [_promise(*spec) for spec in row["plan"]]
    row["milestones"] = [_milestone(*spec) for spec in row["milestones"]]
    row["updates"] = [_update(*spec) for spec in row["updates"]]
    row["indicators"] = [_indicator(spec) for spec in row["indicators"]]
    return row


def _place(slug, description, north=0.0, east=0.0):
    """A point near the locality's own (offsets in degrees, a few hundred metres at most),
    described in Arabic and French."""
    arabic, french = description
    return {
        "locality": slug,
        "description_ar": arabic,
        "description_fr": french,
        "offset": (north, east),
    }


def _transaction(kind, day, partner, amount, note, options=None):
    """A commitment, a disbursement by `partner` or an expenditure paid by it; options: `to` (the
    receiver, one of the partners), `currency`, `in_kind` (a commitment in kind, valued), `reason`."""
    options = options or {}
    row = {
        "type": kind,
        "date": day,
        "provider": partner,
        "receiver": options.get("to"),
        "amount": amount,
        "currency": options.get("currency", "MAD"),
        "description": note,
        "reason": options.get("reason", ""),
    }
    if kind == TransactionType.COMMITMENT:
        in_kind = options.get("in_kind", False)
        row.update(description=f"{IN_KIND_FR}{note}" if in_kind else note, in_kind=in_kind)
    # Written in French; its Arabic by the notes' patterns (a note without one is refused).
    row["description_ar"] = arabic(row["description"])
    return row


def _promise(partner, amount, note, options=None):
    """A line of the funding plan not (yet) backed by a commitment or an obligation."""
    options = options or {}
    return {
        "partner": partner,
        "amount": amount,
        "currency": options.get("currency", "MAD"),
        "note": note,
        "kind": ContributionKind.IN_KIND if options.get("in_kind") else ContributionKind.CASH,
    }


def _milestone(title, planned, actual=None, options=None):
    options = options or {}
    status = options.get("status")
    if status is None:
        status = MilestoneStatus.DONE if actual else MilestoneStatus.PLANNED
    progress = options.get("progress")
    if progress is None:
        progress = 100 if status == MilestoneStatus.DONE else 0
    return {
        "title": title,
        "planned": planned,
        "actual": actual,
        "progress": progress,
        "status": status,
    }


def _update(day, title, body, options=None):
    return {
        "date": day,
        "title": title,
        "body": body,
        "public": (options or {}).get("public", True),
    }


def _indicator(spec):
    return {
        "name": spec["name"],
        "unit": spec["unit"],
        "level": spec.get("level", ResultType.OUTPUT),
        "measure": spec.get("measure", Measure.UNIT),
        "baseline": spec.get("baseline"),
        "year": spec.get("year"),
        "by": spec.get("by", Disaggregation.NONE),
        "periods": [_period(*part) for part in spec["periods"]],
    }


def _period(start, end, target, actual=None, options=None):
    """Target and actual; a (women and girls, men and boys) pair counts people by sex. Options:
    `comment`, `values` (sex, age group, target, actual) parts."""
    options = options or {}
    comment = options.get("comment", "")
    values = list(options.get("values", ()))
    if isinstance(target, tuple):
        values = [
            (Sex.FEMALE, "", target[0], actual[0] if actual else None),
            (Sex.MALE, "", target[1], actual[1] if actual else None),
        ]
        target, actual = sum(target), (sum(actual) if actual else None)
    return {
        "start": start,
        "end": end,
        "target": target,
        "actual": actual,
        "comment": comment,
        "values": values,
    }
