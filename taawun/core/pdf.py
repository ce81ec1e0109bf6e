"""PDFs of the application (agreement sheet, annual report) with WeasyPrint: PDF/UA, tagged for
screen readers, in the language of the template's <html lang>, titled by its <title>.

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
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fontpkg_amiri import __file__ as amiri_package
from fontpkg_noto_sans_arabic import __file__ as font_package

SYSTEM_FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts"]
# The accessible PDF of the standard (ISO 14289-1), which WeasyPrint writes tagged.
PDF_VARIANT = "pdf/ua-1"


class PdfFile(bytes):
    """A rendered PDF's bytes, which also know how many pages they hold (for the links)."""

    pages = None


def file_size(size):
    """What a link says of a file's weight, in the reader's language: "180 KB", "1,4 MB"."""
    if size < 1024 * 1024:
        return _("{size} KB").format(size=max(1, round(size / 1024)))
    # rounded first: number_format cuts the figure (1.3999 would read "1.3")
    return _("{size} MB").format(size=number_format(round(size / (1024 * 1024), 1), 1))


def link_label(described=None):
    """What a link to a PDF says: "PDF, 4 pages, 180 KB" when the file is built already (a
    `core.models.BuiltFile`), "PDF" only otherwise (its size is not known before the build)."""
    if described is None:
        return _("PDF")
    size = file_size(described.size)
    if described.pages is None:
        return _("PDF, {size}").format(size=size)
    return ngettext(
        "PDF, {pages} page, {size}", "PDF, {pages} pages, {size}", described.pages
    ).format(pages=described.pages, size=size)


def css_string(text):
    """`text` as a CSS string literal, for a margin box's `content`."""
    text = str(text).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\n", " ").replace("\r", " ") + '"'


def page_footer(commune, when):
    """The `content` of a PDF's page footer, in the document's language (pdf_page.css): "Page 2
    of 5" as counters, the commune's name, the file's date with the Maghreb month names in
    Arabic (the digits Latin, as the interface writes them)."""
    from django.utils import timezone
    from django.utils.formats import date_format

    number, total = "\x00number\x00", "\x00total\x00"
    text = _("Page %(number)s of %(total)s") % {"number": number, "total": total}
    parts = []
    for piece in text.replace(total, number).split(number):
        parts.append(css_string(piece) if piece else "")
    counters = iter(["counter(page)", "counter(pages)"])
    content = []
    for index, piece in enumerate(parts):
        if piece:
            content.append(piece)
        if index < len(parts) - 1:
            content.append(next(counters))
    name = getattr(commune, "name", "") or ""
    return {
        "footer_pages": " ".join(content),
        "footer_issuer": css_string(_("Commune of %(name)s") % {"name": name}) if name else '""',
        "footer_date": css_string(date_format(timezone.localtime(when), "DATE_FORMAT")),
    }


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
    """PDF bytes of `html` with `stylesheet` (text), reading only local files (a PdfFile: it
    knows its pages)."""
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
    # PDF/UA-1: tagged (a structure tree a screen reader follows, in reading order), the
    # document's language from <html lang> in the catalog, its <title> shown as the window's
    # title. Every template of a PDF must therefore carry `lang` and a `<title>`.
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
        font_config=fonts, stylesheets=[css], pdf_variant=PDF_VARIANT
    )
    pdf = PdfFile(document.write_pdf(pdf_variant=PDF_VARIANT))
    pdf.pages = len(document.pages)
    return pdf
