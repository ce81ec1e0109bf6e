"""Builds the demo's council sessions (taawun.demo.data.council) through the council services,
as the commune's officer would: the session, its points, the outcome of each, then publication.

A point naming an agreement records its outcome through `point_record_outcome`: an agreement
still at the deliberation stage moves through its own step; one whose file already carries this
deliberation (the agreements' builder recorded it) is not moved twice."""

import datetime

from django.utils import timezone

from taawun.agreements.models import Agreement
from taawun.core.publication import set_published
from taawun.council import services
from taawun.council.models import CouncilSession, ordinary_months

from ..data import council as data


def next_ordinary(today):
    """The first day of the next ordinary session's month after `today`."""
    months = sorted(ordinary_months())
    for year in (today.year, today.year + 1):
        for month in months:
            day = datetime.date(year, month, data.NEXT["opens_on_day"])
            if day > today:
                return day
    raise ValueError("No ordinary month is configured.")


class CouncilBuilder:
    def __init__(self, *, officer):
        self.officer = officer

    def build(self, row) -> CouncilSession:
        by = self.officer
        name_ar, name_fr, name_en = row["name"]
        session = services.session_save(
            by=by,
            kind=row["kind"],
            name_ar=name_ar,
            name_fr=name_fr,
            name_en=name_en,
            opens_on=row["opens_on"],
            venue_ar=data.VENUE[0],
            venue_fr=data.VENUE[1],
        )
        for point_row in row["points"]:
            title_ar, title_fr, title_en = point_row["title"]
            agreement = None
            if point_row.get("agreement"):
                agreement = Agreement.objects.get(reference=point_row["agreement"])
            point = services.point_save(
                session=session,
                by=by,
                title_ar=title_ar,
                title_fr=title_fr,
                title_en=title_en,
                agreement=agreement,
            )
            if point_row.get("outcome"):
                number, votes_for, votes_against, abstaining = point_row["outcome"]
                services.point_record_outcome(
                    point=point,
                    votes_for=votes_for,
                    votes_against=votes_against,
                    votes_abstaining=abstaining,
                    decision_number=number,
                    by=by,
                )
        set_published(record=session, published=True, by=by)
        return session

    def next_session(self):
        """The coming ordinary session, planned, with the proposed agreements on its agenda;
        None when it is already there."""
        day = next_ordinary(timezone.localdate())
        ar, fr, en = data.MONTHS.get(day.month, ("", "", ""))
        name_ar, name_fr, name_en = (
            template.format(ar=ar, fr=fr, en=en, year=day.year) for template in data.NEXT["name"]
        )
        if CouncilSession.objects.filter(name_fr=name_fr).exists():
            return None
        session = services.session_save(
            by=self.officer,
            kind="ordinary",
            name_ar=name_ar,
            name_fr=name_fr,
            name_en=name_en,
            opens_on=day,
            venue_ar=data.VENUE[0],
            venue_fr=data.VENUE[1],
        )
        services.points_add_proposed(session=session, by=self.officer)
        set_published(record=session, published=True, by=self.officer)
        return session

    @classmethod
    def load(cls, command):
        """load_demo's step: the missing sessions (by French name), then the coming one;
        counted in the command's report under "council sessions"."""
        from taawun.accounts.models import User

        from .base import reported

        officer = User.objects.filter(username="officer").first() or command.admin
        builder = cls(officer=officer)
        for row in data.SESSIONS:
            if CouncilSession.objects.filter(name_fr=row["name"][1]).exists():
                command.present["council sessions"] += 1
                continue
            with reported(f"Demo council session {row['name'][1]}"):
                builder.build(row)
            command.created["council sessions"] += 1
        with reported("Demo council session to come"):
            if builder.next_session() is None:
                command.present["council sessions"] += 1
            else:
                command.created["council sessions"] += 1
