"""Photos sent by residents: decoded and written again, so that nothing but the pixels is kept
— no EXIF (the GPS position of the phone, its serial number, the time), no XMP, no comment, no
embedded thumbnail — and no larger than the platform needs."""

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SIDE = 1600  # pixels: enough for a page, a phone's full photo is 4000 and more
Image.MAX_IMAGE_PIXELS = 40_000_000  # a "decompression bomb" is refused, not decoded


def reencode_photo(upload, *, max_side=MAX_SIDE):
    """A new JPEG (or PNG for images with transparency) of `upload`'s pixels, turned the way
    the phone held it, at most `max_side` on its longer side; ValidationError for what is not
    a photo or is too large."""
    limit = settings.PHOTO_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The photo is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    upload.seek(0)
    try:
        with Image.open(upload) as source:
            if source.format not in {"JPEG", "PNG", "WEBP"}:
                raise ValidationError(_("Send a photo in JPEG, PNG or WebP. Nothing was saved."))
            source.load()
            image = ImageOps.exif_transpose(source)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise ValidationError(
            _("This file is not a photo that can be read (JPEG, PNG or WebP). Nothing was saved.")
        ) from None
    finally:
        upload.seek(0)
    image.thumbnail((max_side, max_side))
    transparent = image.mode in {"RGBA", "LA"} or "transparency" in image.info
    out = io.BytesIO()
    if transparent:
        clean = Image.new("RGBA", image.size)
        clean.paste(image.convert("RGBA"))
        clean.save(out, format="PNG", optimize=True)
        extension = "png"
    else:
        clean = Image.new("RGB", image.size)
        clean.paste(image.convert("RGB"))
        clean.save(out, format="JPEG", quality=85, optimize=True)
        extension = "jpg"
    return ContentFile(out.getvalue(), name=f"photo.{extension}")
