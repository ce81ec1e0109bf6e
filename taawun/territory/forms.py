from django import forms

from .models import CommuneProfile, Domain, Locality, NeighbouringCollectivity, PacAxis


class LocalityForm(forms.ModelForm):
    class Meta:
        model = Locality
        fields = [
            "name_ar",
            "name_fr",
            "name_en",
            "slug",
            "kind",
            "population",
            "population_year",
            "latitude",
            "longitude",
            "description_ar",
            "description_fr",
            "description_en",
        ]


class NeighbourForm(forms.ModelForm):
    class Meta:
        model = NeighbouringCollectivity
        fields = [
            "name_ar",
            "name_fr",
            "name_en",
            "kind",
            "partner",
            "shares_boundary",
            "distance_km",
        ]


class DomainForm(forms.ModelForm):
    class Meta:
        model = Domain
        fields = ["code", "name_ar", "name_fr", "name_en", "dac_code", "sdg_goal"]


class PacAxisForm(forms.ModelForm):
    class Meta:
        model = PacAxis
        fields = ["number", "name_ar", "name_fr", "name_en"]


class CommuneProfileForm(forms.ModelForm):
    class Meta:
        model = CommuneProfile
        fields = [
            "name_ar",
            "name_fr",
            "name_en",
            "name_zgh",
            "phone",
            "address_ar",
            "address_fr",
            "address_en",
            "iati_identifier",
            "population",
            "population_year",
            "website",
            "email",
            "logo",
            "partner",
        ]
