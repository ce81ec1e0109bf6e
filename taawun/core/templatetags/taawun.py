from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

register = template.Library()


@register.simple_tag(takes_context=True)
def can(context, perm, obj=None):
    """`{% can "partners.change_partner" partner as allowed %}`: the same rule as the view
    (the app's rules.py, through the role backend)."""
    return context["request"].user.has_perm(perm, obj)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each language, for the switcher and hreflang links."""
    request = context["request"]
    path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append({"code": code, "name": info["name_local"], "url": translate_url(path, code)})
    return links


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (pagination keeps the filters)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")


@register.filter
def has_active_filters(request):
    """True when the list is filtered by more than the search box (keeps the filters unfolded)."""
    return any(value for key, value in request.GET.items() if key not in {"q", "page", "archived"})


@register.filter
def public_name(partner):
    """A partner's name on public pages, unless the commune has not published that partner."""
    from django.utils.translation import gettext

    if partner is None:
        return ""
    if partner.is_published:
        return partner.name
    return gettext("a partner not published")


@register.filter
def public_short_name(partner):
    if partner is not None and partner.is_published:
        return partner.acronym or partner.name
    return public_name(partner)
