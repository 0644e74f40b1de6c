"""dmgbuild settings for BounceBack's macOS disk image.

Written for the GitHub Actions job in .github/workflows/installers.yml; not built or run on the
machine where it was written (dmgbuild needs macOS's hdiutil). From the repository root, after
``pyinstaller packaging/bounceback.spec`` has produced ``dist/BounceBack.app``::

    dmgbuild -s packaging/macos/settings.py -D app=dist/BounceBack.app \\
        "BounceBack <version>" dist/bounceback_<version>_<arch>.dmg

dmgbuild runs this file with ``exec`` and a ``defines`` dict (the ``-D key=value`` options) in
its namespace, and reads back the names assigned here. Relative paths are taken from the current
folder, so they are made absolute here from the repository root. The volume name and the output
file come from the command line: no version is written in this file.
"""

# ruff: noqa: F821  (``defines`` is provided by dmgbuild when it runs this file)

import os.path

_root = os.path.abspath(defines.get("root", "."))
_app = os.path.abspath(os.path.join(_root, defines.get("app", "dist/BounceBack.app")))
_app_name = os.path.basename(_app)

# Compressed, read-only image. APFS: every macOS the bundled Qt runs on (13 and later for
# Qt 6.10 and 6.11) reads it.
format = defines.get("format", "UDZO")
filesystem = "APFS"
size = None  # dmgbuild works it out from the .app

files = [_app]
# Drag BounceBack.app onto Applications: the usual macOS install.
symlinks = {"Applications": "/Applications"}
hide_extensions = [_app_name]

# The mounted volume's icon is the application's.
icon = os.path.join(_root, "packaging", "icons", "bounceback.icns")

# A plain window: the app on the left, the Applications link on the right.
window_rect = ((200, 120), (560, 340))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 13
icon_locations = {
    _app_name: (140, 160),
    "Applications": (420, 160),
}
