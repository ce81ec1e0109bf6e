"""The reports' sections on other apps' pages (core.panels)."""


def brief_link(request, partner):
    """On a partner's page, for the commune's people: the brief to read before meeting it."""
    if request is None or not request.user.has_perm("reports.view_alignment"):
        return None
    return {"partner": partner}
