#!/usr/bin/env bash
# End-to-end test of the .deb, as root on Debian or Ubuntu (CI, or a throw-away machine: it
# installs and removes the package system-wide).
#
#   packaging/test-deb.sh            build the package, then test it
#   packaging/test-deb.sh FILE.deb   test an existing package
#
# Checks: desktop-file-validate, appstreamcli validate --no-net and lintian (no errors) on the
# package; apt installs it, with the user guide and its pictures; the installed desktop
# entry's Exec line starts the program under
# Xvfb with --smoke-test against a fresh home folder, which must report OK and create its data
# folder there; a command-line subcommand works; apt removes the package, /opt/bounceback goes
# and the user's data stays.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
say() { printf '\033[1m%s\033[0m\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root: the test installs and removes a system package"
export DEBIAN_FRONTEND=noninteractive
app_id=org.bounceback.BounceBack

if [ $# -ge 1 ]; then
    deb=$(realpath "$1")
else
    packaging/build-deb.sh
    version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' bounceback/__init__.py)
    deb="$here/dist/bounceback_${version}_$(dpkg --print-architecture).deb"
fi
[ -f "$deb" ] || fail "no package at $deb"

missing=()
for pkg in desktop-file-utils appstream lintian xvfb xauth; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "Installing test tools: ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- quality gates on the package's contents -------------------------------------------------
unpacked=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$unpacked" "$home"' EXIT
dpkg-deb -x "$deb" "$unpacked"
say "desktop-file-validate"
desktop-file-validate "$unpacked/usr/share/applications/$app_id.desktop"
say "appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic "$unpacked/usr/share/metainfo/$app_id.metainfo.xml"
say "lintian"
# lintian exits non-zero on errors (its default --fail-on); warnings are printed for a person.
lintian --fail-on error --tag-display-limit 0 "$deb"

# --- install, start through the desktop entry, remove --------------------------------------
say "apt-get install $deb"
apt-get install -y -qq "$deb" >/dev/null
[ -x /opt/bounceback/bounceback ] || fail "/opt/bounceback/bounceback missing after install"
[ "$(command -v bounceback)" = /usr/bin/bounceback ] || fail "bounceback not on the PATH"
# The Spanish catalogue, compiled at build time, inside the frozen program's resources.
find /opt/bounceback -name bounceback_es.qm -size +1k | grep -q . ||
    fail "no compiled Spanish catalogue (bounceback_es.qm) in the package"
find /opt/bounceback -name qtbase_es.qm | grep -q . ||
    fail "no Qt base catalogue in Spanish (qtbase_es.qm) in the package"
# The user guide Help → User guide shows, every page and picture of docs/, inside the program.
docs=$(find /opt/bounceback -type d -path '*/bounceback/docs' | head -n1)
[ -n "$docs" ] || fail "no user guide (bounceback/docs) in the package"
for file in docs/guide/*.md docs/guide/*/*.md docs/screenshots/*.png; do
    [ -e "$file" ] || continue   # no translated guide yet
    cmp -s "$file" "$docs/${file#docs/}" || fail "the installed guide lacks or differs in $file"
done
# The tone check's phrase lists (resources/tone), one per language the letters are read in.
for lang in en es; do
    find /opt/bounceback -path "*/resources/tone/$lang.toml" | grep -q . ||
        fail "no tone check phrase list for $lang (resources/tone/$lang.toml) in the package"
done

desktop=/usr/share/applications/$app_id.desktop
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n1)
# Field codes (%f, %U ...) are the launcher's to fill; this entry must not need any.
exec_line=$(sed -E 's/ ?%[fFuUick]//g' <<<"$exec_line")
[ -n "$exec_line" ] || fail "no Exec line in $desktop"
read -ra exec_argv <<<"$exec_line"   # the entry quotes nothing, so words are arguments
say "Starting '$exec_line --smoke-test' under Xvfb, HOME=$home"
# A fresh home, and the data-folder override unset, so the program's default folder is used.
output=$(env -u BOUNCEBACK_DATA_DIR -u QT_QPA_PLATFORM -u XDG_DATA_HOME HOME="$home" \
    timeout 120 xvfb-run -a "${exec_argv[@]}" --smoke-test 2>&1) || fail "smoke test: $output"
echo "$output"
grep -q "OK platform=xcb" <<<"$output" || fail "no OK (on xcb) from the smoke test"
data="$home/.local/share/BounceBack"
[ -s "$data/bounceback.sqlite3" ] || fail "no database in $data"

# The command line works from the installed program too (and reads the same data).
HOME="$home" bounceback check >/dev/null || fail "bounceback check"
[ "$(bounceback --version)" = "BounceBack $(dpkg-deb -f "$deb" Version)" ] ||
    fail "--version does not match the package version"

say "apt-get remove bounceback"
apt-get remove -y -qq bounceback >/dev/null
[ ! -e /opt/bounceback ] || fail "/opt/bounceback is still there after removal"
[ ! -e /usr/bin/bounceback ] || fail "/usr/bin/bounceback is still there after removal"
[ ! -e "$desktop" ] || fail "$desktop is still there after removal"
[ -s "$data/bounceback.sqlite3" ] || fail "the user's data went with the package"

say "deb: $(du -h "$deb" | cut -f1), installed: $(dpkg-deb -f "$deb" Installed-Size) KiB"
say "All package checks passed"
