"""The demo agreements of the commune of Aourir, oldest first (a parent before its children).

Content is data, not interface text: no gettext here. Sources are in domain.md (the mission's
domain notes). Two agreements follow sourced facts (the Aourir-centre urban upgrading, the INDH
school-transport model); every other agreement, figure, date and decision number is illustrative,
and each agreement's internal notes say which is which.

Each record holds the AgreementForm fields (`domains` and `localities` by code and slug, `pac_axis`
by number, `kind` by code, `parent` by reference) and the steps to take, which the AgreementBuilder
takes through the agreements services in the order a commune would, up to `stage`:

- "council": (day, decision number, votes for[, against[, abstaining]]), the session is named from
  its day;
- "commune": the commune's place, {"role" (project_owner unless said), "signed": (day, signatory),
  "obligations"}; its representative is the president (names.PRESIDENT, PRESIDENT_AR);
- "parties": [{"partner" (French name), "role", "representative_ar", "representative_fr",
  "approval": (body, decision number, day), "signed": (day, signatory), "obligations"}];
- an obligation: {"amount", "due" (a day or a year), "fr", "ar", "en"} and, when needed, "in_kind"
  (its type: a contribution in kind at its estimated value), "tranche", "currency" (MAD unless
  said), "paid": [(day, MAD or None for what is left, note)];
- "visa", "amendments", "suspend", "close", "stage_since" as the builder reads them.

Dates of the last weeks are taawun.demo.data.relative values (Days, Session, NEXT_YEAR).
"""

from . import conv_2021_2023, conv_2024, conv_2025_2026, conv_2026_recent

AGREEMENTS = [
    *conv_2021_2023.AGREEMENTS,
    *conv_2024.AGREEMENTS,
    *conv_2025_2026.AGREEMENTS,
    *conv_2026_recent.AGREEMENTS,
]
