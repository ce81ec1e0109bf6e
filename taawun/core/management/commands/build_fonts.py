"""Build the web font served with the stylesheet from the packaged Noto Sans Arabic.

The packaged font is an 845 KB variable TTF; pages must stay light on a phone, so we
keep only the Arabic blocks and the weights 400-700, and compress it as WOFF2 (~100 KB).
"""

import io
import logging
from pathlib import Path

from django.core.management.base import BaseCommand
from fontpkg_noto_sans_arabic import __file__ as font_package
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

TARGET = (
    Path(__file__).resolve().parents[2] / "static" / "core" / "fonts" / "noto-sans-arabic.woff2"
)
# The Arabic block itself (the letters of Arabic, and of Amazigh written in Arabic script),
# joiners and marks, basic punctuation: about 43 KB, half of what the extended blocks cost.
UNICODES = "U+0600-06FF,U+200C-200F,U+0020-0040,U+00A0"


class Command(BaseCommand):
    help = "Subset Noto Sans Arabic to the Arabic blocks and write it as WOFF2 for the web."

    def handle(self, *args, **options):
        source = next((Path(font_package).parent / "files").glob("NotoSansArabic*.ttf"))
        if TARGET.exists() and TARGET.stat().st_mtime >= source.stat().st_mtime:
            self.stdout.write(f"{TARGET.name} is up to date")
            return
        logging.getLogger("fontTools").setLevel(logging.ERROR)
        font = instancer.instantiateVariableFont(
            TTFont(source, lazy=False), {"wdth": 100, "wght": (400, 700)}
        )
        buffer = io.BytesIO()
        font.save(buffer)  # reload, so the subsetter sees the instanced tables only
        buffer.seek(0)
        font = TTFont(buffer, lazy=False)
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
        subsetter.subset(font)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        subset.save_font(font, str(TARGET), options)
        self.stdout.write(f"wrote {TARGET.name} ({TARGET.stat().st_size // 1024} KB)")
