#!/usr/bin/env bash
# Regenerates fonts/ from the system's Liberation Serif 2 (Debian fonts-liberation2, SIL OFL 1.1):
# each face subset to Latin + Vietnamese (and the đồng sign ₫) as WOFF2, for the HTML page to embed as data: URLs,
# and as TrueType (glyf, no hinting), which the PDF writer subsets again to the glyphs a document uses.
#
# usage: scripts/subset_fonts.sh          then: python3 scripts/embed_templates.py
# needs: pip fonttools brotli; apt fonts-liberation2 (Debian 12's fonts-liberation 1.x has no Vietnamese)
#
# A subset is a "Modified Version" under the OFL, which may not carry the Reserved Font Names
# (Liberation; Tinos, Arimo, Cousine): the subsets are renamed "CongTac Serif" and keep the copyright
# and licence records. The CSS font stack still names Liberation Serif / Times New Roman / Tinos
# for systems that have them.
set -euo pipefail
SOURCE=${SOURCE:-/usr/share/fonts/truetype/liberation2}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/fonts"
FAMILY="CongTac Serif"
UNICODES="U+0020-007E,U+00A0-00FF,U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,\
U+0300-0303,U+0309,U+0323,U+1EA0-1EF9,U+2013-2014,U+2018-201D,U+2026,U+20AB"

command -v pyftsubset >/dev/null || { echo "subset_fonts: pyftsubset missing (pip install fonttools brotli)" >&2; exit 1; }
[ -f "$SOURCE/LiberationSerif-Regular.ttf" ] || { echo "subset_fonts: no Liberation Serif 2 in $SOURCE (apt install fonts-liberation2)" >&2; exit 1; }
mkdir -p "$OUT"

for style in Regular Bold Italic BoldItalic; do
for flavor in woff2 ttf; do
  target="$OUT/CongTacSerif-$style.$flavor"
  if [ "$flavor" = woff2 ]; then
    pyftsubset "$SOURCE/LiberationSerif-$style.ttf" \
      --unicodes="$UNICODES" \
      --layout-features='ccmp,kern,mark,mkmk' \
      --name-IDs='0,1,2,3,4,5,6,13,14' \
      --no-hinting \
      --flavor=woff2 \
      --output-file="$target"
  else
    # The PDF needs only outlines, advances and names: no layout tables (congtac does not shape).
    pyftsubset "$SOURCE/LiberationSerif-$style.ttf" \
      --unicodes="$UNICODES" \
      --layout-features='' \
      --drop-tables+='GSUB,GPOS,GDEF,kern,gasp,DSIG' \
      --name-IDs='0,1,2,3,4,5,6,13,14' \
      --no-hinting \
      --output-file="$target"
  fi
  python3 - "$target" "$FAMILY" "$style" "$flavor" <<'PY'
import sys
from fontTools.ttLib import TTFont

path, family, style, flavor = sys.argv[1:5]
subfamily = {"Regular": "Regular", "Bold": "Bold", "Italic": "Italic", "BoldItalic": "Bold Italic"}[style]
font = TTFont(path, recalcTimestamp=False)
source_version = font["name"].getDebugName(5) or "Version ?"
names = {
    1: family,
    2: subfamily,
    3: f"{family} {subfamily}; subset of Liberation Serif {source_version}",
    4: family if subfamily == "Regular" else f"{family} {subfamily}",
    6: family.replace(" ", "") + "-" + style,
    10: f"Latin and Vietnamese subset of Liberation Serif ({source_version}), renamed as the "
        "SIL Open Font License 1.1 requires of a Modified Version.",
}
table = font["name"]
for record in list(table.names):
    if record.nameID in (16, 17, 18, 21, 22):
        table.removeNames(nameID=record.nameID)
for name_id, text in names.items():
    table.setName(text, name_id, 3, 1, 0x409)
    table.setName(text, name_id, 1, 0, 0)
font.flavor = "woff2" if flavor == "woff2" else None
font.save(path)
PY
done
done

# The licence travels with the fonts.
cp /usr/share/doc/fonts-liberation2/copyright "$OUT/LICENSE-LiberationSerif.txt" 2>/dev/null || true
ls -l "$OUT"
