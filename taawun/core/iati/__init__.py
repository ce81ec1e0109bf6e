"""The official IATI 2.03 schemas and codelists (files beside this module; see SOURCE.md)."""

from functools import cache
from pathlib import Path
from xml.etree import ElementTree

DIRECTORY = Path(__file__).resolve().parent
CODELISTS = DIRECTORY / "codelists"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@cache
def codelist(name):
    """{code: {"en": name, "fr": name-or-empty}} for one codelist, in file order."""
    # The codelists are files of this repository (IATI's published lists), not input.
    root = ElementTree.parse(CODELISTS / f"{name}.xml").getroot()  # nosec B314
    items = {}
    for item in root.iter("codelist-item"):
        if item.get("status") == "withdrawn":
            continue
        names = {}
        for narrative in item.find("name").iter("narrative"):
            names[narrative.get(XML_LANG, "en")] = (narrative.text or "").strip()
        items[item.findtext("code").strip()] = names
    return items


def label(name, code, language="en"):
    names = codelist(name).get(str(code), {})
    return names.get(language) or names.get("en", "")


def is_code(name, code):
    return str(code) in codelist(name)
