"""PDFs of the application (agreement sheet, annual report) with WeasyPrint.

Fonts are local files of installed packages; WeasyPrint may read nothing but local files of the
project, the virtualenv and the system's font folders: never a URL (the documents are built from
data people typed in, and must never make the server fetch something).
"""

import sys
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.conf import settings
from fontpkg_amiri import __file__ as amiri_package
from fontpkg_noto_sans_arabic import __file__ as font_package

SYSTEM_FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts"]


def local_path(url, roots):
    """The file `url` names, if it is a local file under one of `roots`; ValueError otherwise."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in {"", "localhost"}:
        raise ValueError(f"PDFs only read local files, not {url}")
    path = Path(url2pathname(parts.path)).resolve()
    if not any(path.is_relative_to(Path(root).resolve()) for root in roots):
        raise ValueError(f"PDFs only read files of the application, not {path}")
    return path


def allowed_roots():
    return [
        settings.BASE_DIR,
        sys.prefix,
        packaged_font().parent,
        amiri("Regular").parent,
        *SYSTEM_FONT_DIRS,
    ]


@cache
def packaged_font():
    """The packaged Noto Sans Arabic: one variable TTF holding every weight."""
    return next((Path(font_package).resolve().parent / "files").glob("NotoSansArabic*.ttf"))


@cache
def amiri(style):
    """Amiri, the packaged Naskh font whose glyphs keep the PDF's Arabic text searchable."""
    return Path(amiri_package).resolve().parent / "files" / f"Amiri-{style}.ttf"


def font_urls():
    """The file:// URLs the PDF stylesheets' @font-face rules use."""
    return {
        "font": packaged_font().as_uri(),
        "arabic_regular": amiri("Regular").as_uri(),
        "arabic_bold": amiri("Bold").as_uri(),
    }


def render(html, stylesheet, *, base_url):
    """PDF bytes of `html` with `stylesheet` (text), reading only local files."""
    # WeasyPrint takes most of a second to import (and logs as it does): load it for PDFs only.
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

    roots = allowed_roots()

    class LocalFileFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            local_path(url, roots)
            return super().fetch(url, headers)

    fonts = FontConfiguration()
    fetcher = LocalFileFetcher(allowed_protocols={"file"}, allow_redirects=False)
    css = CSS(string=stylesheet, font_config=fonts, url_fetcher=fetcher)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[css], font_config=fonts)
