# ruff: noqa: E501 -- data file: long sentences read better on one line.
"""The commune of Aourir: its profile and its own partner record (a party to each of its agreements)."""

from taawun.partners.choices import PartnerKind

# The commune itself: population 46,032 in 11,696 households (2024 census) [src].
# The IATI organisation identifier is not known yet, so it stays empty rather than a placeholder.
COMMUNE = {
    "name_ar": "أورير",
    "name_fr": "Aourir",
    "name_en": "Aourir",
    # Aourir in Tifinagh (ⴰⵡⵔⵉⵔ: a-w-r-i-r), as the Amazigh name is written on the commune's signs.
    "name_zgh": "ⴰⵡⵔⵉⵔ",
    # The town hall's contact is fictional, like the partners' contacts: no real number or box.
    "phone": "+212 5 28 00 00 00",
    "email": "contact@aourir.example.ma",
    "address_ar": "مقر جماعة أورير، أورير، عمالة أكادير إداوتنان",
    "address_fr": "Siège de la commune, Aourir, préfecture d'Agadir-Ida Ou Tanane",
    "address_en": "Town hall, Aourir, Agadir-Ida Ou Tanane prefecture",
    "population": 46032,
    "population_year": 2024,
    "website": "",
    "iati_identifier": "",
}

# The commune as a partner: the first party to each of its agreements.
COMMUNE_PARTNER = {
    "kind": PartnerKind.COMMUNE,
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
