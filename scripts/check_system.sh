#!/usr/bin/env sh
# Checks the system packages that `make run` and `make test` need and names every missing
# one in a single message, with the Debian/Ubuntu command that installs them all.
PYTHON="${PYTHON:-python3}"
missing=""
note() { missing="$missing $1"; }

command -v "$PYTHON" >/dev/null 2>&1 || note python3
"$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1 || note python3-venv
command -v npm >/dev/null 2>&1 || note "nodejs npm"
command -v msgfmt >/dev/null 2>&1 || note gettext
has_library() {
    "$PYTHON" -c "import ctypes.util, sys; sys.exit(0 if ctypes.util.find_library('$1') else 1)" \
        >/dev/null 2>&1
}
# WeasyPrint (certificate PDFs) loads Pango and HarfBuzz at run time.
has_library pango-1.0 || note libpango-1.0-0
has_library pangoft2-1.0 || note libpangoft2-1.0-0
has_library harfbuzz-subset || note libharfbuzz-subset0
# Certificates print Kazakh letters; without these fonts they come out as boxes.
find /usr/share/fonts /usr/local/share/fonts -name "NotoSans-Regular.*" 2>/dev/null | grep -q . \
    || note fonts-noto-core

# The Nu HTML Checker test runs vnu.jar; without Java it is skipped here (and fails in CI).
command -v java >/dev/null 2>&1 \
    || echo "Optional: sudo apt-get install default-jre-headless (for the HTML checker test)" >&2

if [ -n "$missing" ]; then
    echo "Missing system packages:$missing" >&2
    echo "On Debian or Ubuntu: sudo apt-get install$missing" >&2
    exit 1
fi
echo "System packages: all present."
