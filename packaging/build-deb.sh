#!/usr/bin/env bash
# Build dist/bounceback_<version>_amd64.deb from a clean clone, on Debian or Ubuntu.
#
#   packaging/build-deb.sh
#
# A fresh virtual environment under build/ gets the project (not editable) and PyInstaller from
# the package index; PyInstaller freezes it into one folder that the package installs as
# /opt/bounceback, with `bounceback` on the PATH, a desktop entry, icons, AppStream metainfo,
# a manual page, the copyright file and the changelog. The package's Depends are the
# distribution's libraries the frozen program links against (dpkg-shlibdeps) plus the ones Qt
# loads at run time (scripts/debian-packages.txt). Needs root or sudo only to install missing
# build tools (dpkg-dev, binutils) with apt-get.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

say() { printf '\033[1m%s\033[0m\n' "$*" >&2; }
# scripts/debian-packages.txt down to its "tests only" part: what the program needs.
runtime_packages() {
    sed '/^# --- Tests only/,$d' scripts/debian-packages.txt | grep -Ev '^\s*(#|$)'
}

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' bounceback/__init__.py)
[ -n "$version" ] || { say "No __version__ in bounceback/__init__.py"; exit 1; }
arch=$(dpkg --print-architecture)
package=bounceback
app_id=org.bounceback.BounceBack
maintainer="The BounceBack developers <bounceback@users.noreply.github.com>"
build="$here/build"
venv="$build/deb-venv"
root="$build/deb-root"
out="$here/dist/${package}_${version}_${arch}.deb"
# The changelog's and metainfo's date: the last commit's, so two builds of one commit match.
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH=$epoch

# --- build tools -------------------------------------------------------------------------
# dpkg-shlibdeps maps every library the frozen program links to onto the package that provides
# it, so those libraries must be installed here: Qt's (scripts/debian-packages.txt) and the
# two Wayland ones only Qt's Wayland plugins use.
missing=()
for pkg in dpkg-dev binutils libwayland-cursor0 libwayland-egl1 \
        $(runtime_packages); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "Installing build tools and libraries: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

find_python() {
    # PyInstaller needs a Python built with a shared libpython (Debian's and pyenv's are).
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys, sysconfig; sys.exit(sys.version_info < (3, 11)
                            or not sysconfig.get_config_var("Py_ENABLE_SHARED"))' 2>/dev/null
        then
            echo "$candidate"; return 0
        fi
    done
    say "Python 3.11 or newer with a shared libpython is needed (apt-get install python3-venv)"
    exit 1
}

# --- a clean virtual environment with the project and PyInstaller ------------------------
say "BounceBack $version: a clean build environment in $venv"
rm -rf "$venv" "${build:?}/pyi-dist" "${build:?}/pyi-work" "$root" "${build:?}/lib" "$build"/bdist.*
"$(find_python)" -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
# Pillow only writes the .ico and .icns in make_icons.py; it never reaches the package.
# At the versions the tests passed with (constraints.txt; `scripts/dev pin` refreshes it).
"$venv/bin/python" -m pip install -q --disable-pip-version-check -c constraints.txt \
    . "pyinstaller>=6.10,<7" "pillow>=10"
rm -rf "${build:?}/lib" "$build"/bdist.*   # setuptools' scratch copies of the package

# --- freeze ------------------------------------------------------------------------------
say "Freezing with PyInstaller"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$build/pyi-dist" --workpath "$build/pyi-work" packaging/bounceback.spec
frozen="$build/pyi-dist/bounceback"

# Strip symbols from the shared libraries (not the executable: PyInstaller appends its
# archive to it, which strip would cut off). Qt plugins keep their metadata sections. The
# libraries auditwheel vendored into *.libs folders (NumPy's OpenBLAS) are already stripped,
# and strip breaks the program headers patchelf rewrote in them ("not page-aligned").
say "Stripping shared libraries"
find "$frozen/_internal" -type f -name '*.so*' ! -path '*.libs/*' -print0 |
    xargs -0 strip --strip-unneeded --preserve-dates
# A stripped library that no longer loads shows up here, not on a user's desktop.
QT_QPA_PLATFORM=offscreen "$frozen/bounceback" --check-bundle

# --- the package tree --------------------------------------------------------------------
say "Assembling the package"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/metainfo" "$root/usr/share/doc/$package" "$root/usr/share/man/man1" \
    "$root/usr/share/lintian/overrides" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$frozen" "$root/opt/$package"
ln -s "/opt/$package/bounceback" "$root/usr/bin/bounceback"

# Third-party license texts, one folder per bundled distribution.
"$venv/bin/python" - "$root/opt/$package/licenses" <<'PY'
import re, shutil, sys
from importlib import metadata
from pathlib import Path

out = Path(sys.argv[1])
seen, todo = set(), ["bounceback"]
while todo:  # bounceback's run-time dependencies, recursively
    name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
    if name in seen:
        continue
    seen.add(name)
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        continue
    for req in dist.requires or []:
        if "extra ==" not in req:
            todo.append(re.match(r"[A-Za-z0-9_.-]+", req).group(0))
    if name == "bounceback":
        continue
    for file in dist.files or []:
        if re.search(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", file.name, re.I) or \
                "licenses" in file.parts:
            target = out / dist.metadata["Name"] / file.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file.locate(), target)
PY

# Icons: rendered from the SVG source now, so they always match it.
"$venv/bin/python" packaging/make_icons.py "$build/icons" >/dev/null
for png in "$build"/icons/bounceback-*.png; do
    size=${png##*-}; size=${size%.png}
    install -D -m 0644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -m 0644 resources/icons/bounceback.svg \
    "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"

install -m 0644 "packaging/linux/$app_id.desktop" "$root/usr/share/applications/"
date_iso=$(date -u -d "@$epoch" +%Y-%m-%d)
sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$date_iso/g" \
    "packaging/linux/$app_id.metainfo.xml.in" >"$root/usr/share/metainfo/$app_id.metainfo.xml"
sed "s/@VERSION@/$version/g" packaging/linux/bounceback.1 |
    gzip -9n >"$root/usr/share/man/man1/bounceback.1.gz"
install -m 0644 packaging/linux/copyright "$root/usr/share/doc/$package/copyright"
install -m 0644 packaging/linux/bounceback.lintian-overrides \
    "$root/usr/share/lintian/overrides/$package"
{
    echo "$package ($version) unstable; urgency=medium"
    echo
    echo "  * Release $version, see the release notes in"
    echo "    /usr/share/metainfo/$app_id.metainfo.xml."
    echo
    echo " -- $maintainer  $(date -u -R -d "@$epoch")"
} | gzip -9n >"$root/usr/share/doc/$package/changelog.gz"

# Owned by root (dpkg-deb --root-owner-group), readable by all, executable where it runs.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod 0644 {} +
chmod 0755 "$root/opt/$package/bounceback"

# --- control -----------------------------------------------------------------------------
# dpkg-shlibdeps wants a source package's debian/control to read; a minimal one will do.
scratch="$build/deb-shlibdeps"
rm -rf "$scratch" && mkdir -p "$scratch/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$package" "$package" \
    >"$scratch/debian/control"
mapfile -d '' elves < <(find "$root/opt" -type f \( -name '*.so*' -o -path "*/$package/bounceback" \) -print0)
# The bundled libraries are private (no shlibs info): -l lets dpkg-shlibdeps see that they are
# satisfied within the package, so only the distribution's libraries become dependencies.
mapfile -t libdirs < <(find "$root/opt" -type f -name '*.so*' -printf '-l%h\n' | sort -u)
shlibs=$(cd "$scratch" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 \
    "${libdirs[@]}" "${elves[@]}" | sed -n 's/^shlibs:Depends=//p')
# What Qt opens at run time without linking to it (the xcb platform's helpers, fonts).
depends=$shlibs
# shellcheck disable=SC2013 # one package per word is the point
for pkg in $(runtime_packages | grep -v '^python3'); do
    [[ ", $depends" == *", $pkg "* || ", $depends," == *", $pkg,"* ]] || depends+=", $pkg"
done
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)

cat >"$root/DEBIAN/control" <<EOF
Package: $package
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kb
Depends: $depends
Section: misc
Priority: optional
Homepage: https://github.com/bounceback/bounceback
Description: private companion for job seekers after a rejection
 BounceBack keeps a private timeline of job applications, daily check-ins,
 interview feedback, reviews and bounce-back plans, with reminders, insights
 and letters from templates. Everything stays on this computer in one SQLite
 file, optionally encrypted with SQLCipher; the program never goes online.
 .
 This package is self-contained: it bundles its own Python, Qt 6 and Python
 libraries in /opt/bounceback.
EOF
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
    xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
say "Built $out ($(du -h "$out" | cut -f1), installed ${installed_kb} KiB)"
