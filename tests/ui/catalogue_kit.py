"""The Spanish catalogue as the tests read it: (context, source) -> the text shown."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from bounceback.ui import language

CATALOGUE = language.catalogue_dir() / "bounceback_es.ts"


def catalogue() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            text = forms[-1] if forms else (message.findtext("translation") or "")
            found[(context.findtext("name") or "", message.findtext("source") or "")] = text
    return found
