"""Build the web fonts served with the stylesheet.

- Arabic, from the packaged Noto Sans Arabic: an 845 KB variable TTF; pages must stay light on a
  phone, so we keep only the Arabic blocks and the weights 400-700, as WOFF2 (~100 KB).
- Tifinagh, for the commune's Amazigh name in the header, from Noto Sans Tifinagh (Open Font
  License) in Debian's `fonts-noto-core`: no font on PyPI covers Tifinagh, and SIL's Tagmukay
  and Akatab (Tuareg) lack letters of the Moroccan (IRCAM) alphabet, ⵡ among them. Only the
  Tifinagh block is kept (a few KB). Without the Debian package the build says so and the page
  falls back to the reader's own fonts.
"""

import io
import logging
from pathlib import Path

from django.core.management.base import BaseCommand
from fontpkg_noto_sans_arabic import __file__ as font_package
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

FONTS = Path(__file__).resolve().parents[2] / "static" / "core" / "fonts"
TARGET = FONTS / "noto-sans-arabic.woff2"
# The Arabic block itself (the letters of Arabic, and of Amazigh written in Arabic script),
# joiners and marks, basic punctuation: about 43 KB, half of what the extended blocks cost.
UNICODES = "U+0600-06FF,U+200C-200F,U+0020-0040,U+00A0"

TIFINAGH_SOURCE = Path("/usr/share/fonts/truetype/noto/NotoSansTifinagh-Regular.ttf")
TIFINAGH_TARGET = FONTS / "noto-sans-tifinagh.woff2"
TIFINAGH_UNICODES = "U+2D30-2D7F,U+0020,U+00A0,U+200C-200D"


def _options():
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    return options


def _write(font, unicodes, target):
    options = _options()
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(target), options)


def _up_to_date(source, target):
    return target.exists() and target.stat().st_mtime >= source.stat().st_mtime


class Command(BaseCommand):
    # Fonts need no model: the command runs at install, before any database exists (a model
    # check, such as the JSON fields', would open one).
    requires_system_checks = []
    help = (
        "Subset the Arabic and Tifinagh fonts to the blocks the pages use and write them as WOFF2."
    )

    def handle(self, *args, **options):
        logging.getLogger("fontTools").setLevel(logging.ERROR)
        self.build_arabic()
        self.build_tifinagh()

    def build_arabic(self):
        source = next((Path(font_package).parent / "files").glob("NotoSansArabic*.ttf"))
        if _up_to_date(source, TARGET):
            self.stdout.write(f"{TARGET.name} is up to date")
            return
        font = instancer.instantiateVariableFont(
            TTFont(source, lazy=False), {"wdth": 100, "wght": (400, 700)}
        )
        buffer = io.BytesIO()
        font.save(buffer)  # reload, so the subsetter sees the instanced tables only
        buffer.seek(0)
        _write(TTFont(buffer, lazy=False), UNICODES, TARGET)
        self.stdout.write(f"wrote {TARGET.name} ({TARGET.stat().st_size // 1024} KB)")

    def build_tifinagh(self, source=TIFINAGH_SOURCE, target=TIFINAGH_TARGET):
        if not source.exists():
            self.stderr.write(
                f"{source} is missing (Debian's fonts-noto-core): "
                "the Tifinagh name is drawn with the reader's own fonts"
            )
            return
        if _up_to_date(source, target):
            self.stdout.write(f"{target.name} is up to date")
            return
        _write(TTFont(source, lazy=False), TIFINAGH_UNICODES, target)
        self.stdout.write(f"wrote {target.name} ({max(1, target.stat().st_size // 1024)} KB)")
