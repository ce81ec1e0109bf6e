"""Exchange rates of the demo: one per quarter, MAD for one unit of EUR or USD."""

from datetime import date
from decimal import Decimal

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
