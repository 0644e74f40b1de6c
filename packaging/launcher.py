"""The frozen program's entry point: the same ``main`` as ``python -m bounceback``.

``--check-bundle`` (for the packaging scripts, not for users) loads what the program only
imports later, when a chart is shown or a store is encrypted, so that a build that forgot a
library or stripped one too far fails at build time rather than on a user's desktop.
"""

import sys


def check_bundle() -> int:
    import numpy
    import sqlcipher3.dbapi2
    from icalendar import Calendar
    from spellchecker import SpellChecker

    from bounceback import paths
    from bounceback.db import migrate
    from bounceback.services import framing

    assert float(numpy.linalg.norm(numpy.array([3.0, 4.0]))) == 5.0
    import pyqtgraph
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    plot = pyqtgraph.PlotWidget()
    plot.plot([1, 2, 3], [2, 1, 3])
    plot.grab()  # renders the chart: Qt, its plugins, pyqtgraph and numpy together

    conn = sqlcipher3.dbapi2.connect(":memory:")
    (cipher,) = conn.execute("PRAGMA cipher_version").fetchone()
    conn.close()
    assert SpellChecker(language="en").known(["interview"]) == {"interview"}
    cal = Calendar.from_ical(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        "DTSTART;TZID=Europe/Berlin:20260101T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    start = cal.walk("VEVENT")[0].decoded("DTSTART")
    assert start.utcoffset() is not None
    assert paths.icon_path("bounceback").is_file()
    assert (paths.resources_dir() / "templates").is_dir()
    # The tone check's phrase lists are data files (resources/tone); without the Spanish one
    # a Spanish letter would quietly be read with the English list.
    assert framing.languages() == ("en", "es"), framing.languages()
    assert framing.check("¿Por qué no me contrataron?", "es")
    # PDF documents: PDFium is a library of its own, loaded only when a PDF is first shown.
    import pypdfium2

    pdf = pypdfium2.PdfDocument.new()
    pdf.new_page(100, 100).close()
    assert len(pdf) == 1
    pdf.close()
    # BounceBack's own JSON is read with yajl's C parser, from ijson's wheel; without it ijson
    # would quietly fall back to its parser in Python, many times slower.
    import ijson

    assert ijson.backend == "yajl2_c", ijson.backend
    assert ijson.get_backend("python").basic_parse  # a file with a lone surrogate escape
    head = migrate.head()
    del plot, app
    print(f"bundle OK sqlcipher={cipher} migrations-head={head} numpy={numpy.__version__}")
    return 0


if sys.argv[1:] == ["--check-bundle"]:
    raise SystemExit(check_bundle())

from bounceback.app import main  # noqa: E402

raise SystemExit(main())
