from .models import CommuneProfile


def commune(request):
    """The commune's identity, for the header, footer and page titles."""
    return {"commune": CommuneProfile.current()}
