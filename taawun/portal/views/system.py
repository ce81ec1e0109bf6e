"""What the site answers outside the pages: robots.txt and the root address."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import translation


def language_root(request):
    """`/` sends readers to their browser's language, Arabic when none of ours matches."""
    language = translation.get_language_from_request(request, check_path=False)
    response = redirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


def robots_txt(request):
    """Crawlers are welcome on the portal and the open data, not in the workspace."""
    codes = [code for code, _name in settings.LANGUAGES]
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: /{code}/manage/" for code in codes]
    lines += [f"Disallow: /{code}/accounts/" for code in codes]
    lines += ["Disallow: /django-admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
