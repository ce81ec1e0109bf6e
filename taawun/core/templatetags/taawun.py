from django import template
from django.conf import settings
from django.urls import Resolver404, get_script_prefix, resolve, translate_url
from django.utils.translation import get_language_info, override

from taawun.core import i18n

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
    try:
        match = resolve(request.path_info)
    except Resolver404:
        path = None  # a page that does not exist in any language: offer each language's home
    # A record's page carries a slug in the reader's language: each language's link names the
    # record's own address in that language (no redirect on the way).
    record = context.get("object") if path and "slug" in match.kwargs else None
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if record is not None and hasattr(record, "get_absolute_url"):
            with override(code):
                url = record.get_absolute_url()
            if request.GET:
                url = f"{url}?{request.GET.urlencode()}"
        else:
            url = translate_url(path, code) if path else f"{get_script_prefix()}{code}/"
        links.append({"code": code, "name": info["name_local"], "url": url})
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
def currency_name(code):
    """`{{ rate.currency|currency_name }}`: "الأورو", "euro" (core.i18n.currency_name)."""
    return i18n.currency_name(code)


@register.filter
def currency_unit(code):
    """`{{ amount }} {{ o.currency|currency_unit }}`: أورو in Arabic, EUR otherwise."""
    return i18n.currency_unit(code)


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")


@register.filter
def has_active_filters(request):
    """True when the list is filtered by more than the search box (keeps the filters unfolded);
    the page and the order are no filters."""
    ignored = {"q", "page", "archived", "sort"}
    return any(value for key, value in request.GET.items() if key not in ignored)


@register.filter
def public_name(partner):
    """A partner's name on public pages, unless the commune has not published that partner
    (the rule is the partner's own: partners.selectors.public_partner_name)."""
    return partner.public_name if partner is not None else ""


@register.filter
def public_short_name(partner):
    if partner is not None and partner.is_published:
        return partner.acronym or partner.name
    return public_name(partner)


@register.simple_block_tag
def capture(content):
    """`{% capture as page_title %}{% block title %}…{% endblock %}{% endcapture %}`: a block's
    text rendered once and used in several places (the <title> and og:title, say), since a
    template may define a block only once. The text keeps its escaping, spaces trimmed."""
    return content.strip()


@register.simple_tag(takes_context=True)
def record_panels(context, record):
    """The sections other apps add to `record`'s page (core.panels), rendered in order."""
    from django.template.loader import render_to_string
    from django.utils.html import format_html_join

    from taawun.core.panels import panels_for

    request = context.get("request")
    parts = []
    for panel in panels_for(record):
        extra = panel.context(request, record)
        if extra is not None:
            parts.append(render_to_string(panel.template, extra, request=request))
    # Each part is a rendered template (SafeString, autoescaped): joined as it is.
    return format_html_join("", "{}", ((part,) for part in parts))
