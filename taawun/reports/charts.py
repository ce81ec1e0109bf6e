"""Server-side SVG charts with pygal, safe under the site's strict Content Security Policy.

Each chart is its own small SVG document served at /<lang>/manage/charts/<name>.svg and shown
with <img>: scripts never run in an image, and its styles stay inside it. Inlined in the HTML
page instead, pygal's <style> element would be blocked by `style-src 'self'`. So that the SVG
is also safe when opened directly, the chart view sends a policy of its own that allows no
script and only the exact <style> the chart contains (by its SHA-256 hash).

pygal's defaults load tooltips from a CDN and add an inline <script>: `js=[]` drops the
first, `_strip_interactivity` the second together with the tooltip layer (which also carries
a style="" attribute).
"""

import base64
import hashlib
from decimal import Decimal
from xml.etree import ElementTree

import pygal
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from pygal.style import Style

# The font the site serves does not reach an SVG shown as an image (images load nothing), so
# the family list falls back to the reader's system fonts, which shape Arabic on every system.
FONT_FAMILY = '"Taawun Arabic", system-ui, sans-serif'
BRAND = "#0b5d5b"
SOFT_BRAND = "#8fb9b5"
MILLION = Decimal("1000000")

WIDTH = 640  # shown at about this width in a dashboard column, so 15px text stays 14px or so
MAX_WIDTH = 1100  # a chart this wide takes the whole row of the dashboard
LABEL_CHAR_WIDTH = 8.5  # about one character of 15px text
BARS_WIDTH = 440  # what horizontal bars keep beside their labels
ROW_HEIGHT = 34  # per bar on horizontal charts
SVG_NS = "{http://www.w3.org/2000/svg}"


def _style(series_count):
    return Style(
        font_family=FONT_FAMILY,
        background="transparent",
        plot_background="transparent",
        foreground="#1d2327",
        foreground_strong="#1d2327",
        foreground_subtle="#50595f",
        # One series in the brand colour; a budget then what is secured, light then dark.
        colors=(BRAND,) if series_count == 1 else (SOFT_BRAND, BRAND),
        opacity="1",
        opacity_hover="1",
        transition="0ms",
        label_font_size=15,
        major_label_font_size=15,
        value_font_size=14,
        legend_font_size=15,
        title_font_size=15,
        no_data_font_size=20,
    )


def _strip_interactivity(root):
    """Remove what needs JavaScript (scripts, the tooltip layer) and pygal's comments."""
    for parent in list(root.iter()):
        for child in list(parent):
            is_comment = not isinstance(child.tag, str)
            if (
                is_comment
                or child.tag.endswith("script")
                or "tooltip-overlay" in child.get("class", "")
            ):
                parent.remove(child)
    for element in root.iter():
        element.attrib.pop("style", None)
    return root


def _values_outside(horizontal):
    """Print each value just past the end of its bar, where it is readable, not across it."""

    def move(root):
        for text in root.iter():
            if not (isinstance(text.tag, str) and text.tag.endswith("text")):
                continue
            if "value" not in text.get("class", "").split():
                continue
            if horizontal:
                text.set("text-anchor", "start")
                text.set("x", f"{float(text.get('x')) + 6:.2f}")
            else:
                text.set("y", f"{float(text.get('y')) - 8:.2f}")
        return root

    return move


def size(chart):
    """(width, height): horizontal bars grow with the number of bars and with the longest
    label (pygal gives labels the room they need, never truncating them, and the bars the rest)."""
    if not chart.horizontal:
        return WIDTH, 400
    longest = max((len(str(label)) for label in chart.labels), default=0)
    width = min(MAX_WIDTH, max(WIDTH, round(longest * LABEL_CHAR_WIDTH) + BARS_WIDTH))
    bars = max(len(chart.labels), 1) * max(len(chart.series), 1)
    return width, 120 + bars * ROW_HEIGHT


def _scale(chart):
    """Amounts of millions read better as millions: (divisor, decimals, axis title)."""
    if chart.percent:
        return Decimal("1"), 1, None  # the ticks already say "%"
    values = [v for _name, series in chart.series for v in series if v is not None]
    if values and max(values) >= MILLION:
        return MILLION, 1, _("million MAD")
    return Decimal("1"), 0, chart.unit


def build(chart):
    """The pygal chart object for a dashboard Chart (see reports.dashboard.Chart)."""
    kind = pygal.HorizontalBar if chart.horizontal else pygal.Bar
    width, height = size(chart)
    divisor, decimals, unit = _scale(chart)

    def formatter(value):
        if value is None:
            return ""
        # Whole numbers without ",0", so the axis reads 10 20 30 and a value 30,5.
        places = 0 if float(value).is_integer() else decimals
        text = number_format(value, places, force_grouping=True)
        return f"{text} %" if chart.percent else text

    series = [
        (name, [None if v is None else float(v / divisor) for v in values])
        for name, values in chart.series
    ]
    labels = list(chart.labels)
    if chart.horizontal:
        # pygal draws the first category at the bottom; the largest comes first, on top.
        labels.reverse()
        series = [(name, values[::-1]) for name, values in series]
    top = max((v for _name, values in series for v in values if v is not None), default=0)
    graph = kind(
        js=[],
        style=_style(len(series)),
        width=width,
        height=height,
        truncate_label=-1,
        truncate_legend=-1,
        value_formatter=formatter,
        show_legend=len(series) > 1,
        legend_at_bottom=True,
        legend_at_bottom_columns=len(series) or 1,
        print_values=True,
        print_zeroes=False,
        print_values_position="top",
        show_y_guides=chart.horizontal,
        show_x_guides=False,
        x_label_rotation=0,
        range=(0, 100) if chart.percent else (0, top or 1),
        max_scale=5,
        min_scale=3,
        # The value axis is pygal's y axis, drawn across the bottom when bars are horizontal.
        **({"x_title" if chart.horizontal else "y_title": unit} if unit else {}),
        no_data_text=_("No figures yet."),
        margin=12,
        margin_right=90 if chart.horizontal else 12,  # room for the last value past its bar
        spacing=10,
        disable_xml_declaration=True,
    )
    graph.add_xml_filter(_strip_interactivity)
    graph.add_xml_filter(_values_outside(chart.horizontal))
    graph.x_labels = labels
    for name, values in series:
        graph.add(name, values)
    return graph


def style_hashes(svg_root):
    """CSP source expressions allowing exactly the chart's own <style> elements."""
    hashes = []
    for element in svg_root.iter(f"{SVG_NS}style"):
        digest = hashlib.sha256((element.text or "").encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return hashes


def render(chart):
    """(svg text, [CSP hash sources of its styles]) for a dashboard Chart."""
    svg = build(chart).render(is_unicode=True)
    # The SVG was just written by pygal from our figures (labels escaped), not received.
    root = ElementTree.fromstring(svg)  # nosec B314
    return svg, style_hashes(root)
