# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""What an agreement's internal notes say when everything in it is invented."""

ILLUSTRATIVE = "Illustrative: this agreement, its figures, dates and decision numbers are invented for the demo; the partners are real institutions (see each partner's notes)."
