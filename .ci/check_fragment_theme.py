#!/usr/bin/env python3
"""usage: check_fragment_theme.py FRAGMENT.html... [--keep DIR]

Checks that an HTML fragment (congtac render --fragment) looks the same inside a portal page that
carries an aggressive theme as it does alone. Each fragment is placed in two host pages that differ only
in the portal's stylesheet and chrome: a plain one, and one whose theme styles header, table, th, td, p,
ul, li, h1-h3, span and div by type, class (.title, .item, .note, .entry-content p, ...) and id (#main p)
with colours, borders, paddings, margins, line heights, fonts and text transforms.

Headless Chromium loads both; a script in each page records, for every element of the fragment (and its
::before/::after boxes), every computed style property and its box relative to the fragment's root. The
check fails when any of them differs, naming the element and the property, and when the screenshots of
the fragment's area differ in any pixel. With --keep, the pages, screenshots (alone.png, themed.png,
themed-full.png) and a mask of differing pixels (diff.png) are written to DIR/<name>/<viewport>/.
Each fragment is checked at two viewports: a desktop page and a phone (the fragment's narrow layout).

The portal's text size is the fragment's base size (its sizes are in em, so that it reads at the portal's
size): both pages give the fragment's slot the same width and font size.

Needs only Python's standard library and Chromium (CHROMIUM, else chromium or chromium-browser).
Prints one line per fragment and "N passed, N failed"; exits non-zero on any failure.
"""
import base64, json, os, pathlib, shutil, struct, subprocess, sys, tempfile, zlib

SLOT = 'id="portal-slot" style="width: WIDTHpx; margin: 0; padding: 0; border: 0; font-size: 16px"'

# Viewports (CSS px) and the width of the portal's column the fragment sits in: a desktop page, and a
# phone, where the fragment's narrow layout (one block per day) applies.
# (Headless Chromium makes a window at least 500 px wide.)
VIEWPORTS = [("desktop", 1000, 820), ("phone", 500, 452)]

PLAIN = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>alone</title>
<style>body { margin: 24px; background: #fff; }</style></head>
<body>
<div SLOT>
FRAGMENT
</div>
PROBE
</body>
</html>
"""

# A portal theme as aggressive as ordinary ones get: type, class, descendant and id selectors on the
# elements and class names the fragment uses; no !important (a theme that forces its rules on every
# page's content is out of reach of any scoped stylesheet).
THEME = """
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 62.5%; }
body { margin: 0; padding: 0 0 40px; background: #20242a; color: #e0e0e0; font: 17px/2 Verdana, "DejaVu Sans", sans-serif;
       letter-spacing: .03em; word-spacing: .2em; text-align: justify; }
header { display: flex; flex-direction: column; background: #b71c1c; color: #fff; padding: 20px 40px; margin: 0 0 20px;
         border-bottom: 6px solid #7f0000; font: bold 20px/1.1 Arial, sans-serif; text-transform: uppercase; text-align: right; }
nav a { color: #ffeb3b; margin-right: 1em; }
div { padding: 3px; line-height: 2.4; }
span { font-weight: 300; color: #ff9800; letter-spacing: .2em; padding: 0 4px; border-bottom: 2px dotted #ff9800; }
h1, h2, h3 { font-family: Georgia, "DejaVu Sans Mono", serif; color: #64b5f6; margin: 1.6em 0 .4em; padding: 0 0 8px 12px;
             border-left: 8px solid #64b5f6; border-bottom: 1px solid #555; text-transform: uppercase; line-height: 1.05;
             font-weight: 300; font-style: italic; text-align: left; background: #263238; }
h1 { font-size: 38px; } h2 { font-size: 30px; } h3 { font-size: 24px; }
p { margin: 0 0 1.4em; padding: 6px 10px; line-height: 2.2; font-size: 18px; color: #cfd8dc; text-indent: 3em;
    text-align: right; font-family: "Comic Sans MS", "DejaVu Sans", cursive; background: #37474f; border-radius: 6px; }
ul { list-style: square inside; padding: 10px 10px 10px 3em; margin: 1.5em 0; background: #1b5e20; }
li { margin: .6em 0; padding: 6px; border-left: 4px solid #b71c1c; background: #fff8e1; color: #3e2723; line-height: 1.9; }
table { width: 70%; margin: 2em auto; border: 4px double #0d47a1; border-collapse: separate; border-spacing: 6px;
        background: #e3f2fd; font: 13px/2.5 Tahoma, "DejaVu Sans", sans-serif; color: #0d47a1; table-layout: auto; }
caption { caption-side: bottom; font-size: 30px; color: yellow; }
thead { background: #0d47a1; }
tr { background: #bbdefb; }
tr:nth-child(even) td { background: #fce4ec; }
th { background: #0d47a1; color: #fff; padding: 14px 18px; text-transform: uppercase; text-align: right; font-weight: 300;
     border: 3px solid red; vertical-align: bottom; font-style: italic; }
td { padding: 16px 22px; border: 2px dashed #b71c1c; vertical-align: middle; line-height: 2.6; text-align: center;
     font-family: "Courier New", "DejaVu Sans Mono", monospace; color: #1b5e20; }
col { width: 40px; }
.title { color: #ff4081; font-size: 44px; text-align: right; background: #fff59d; text-decoration: underline wavy; }
.heading, .item, .note, .number, .banner, .time, .signature, .closing, .agenda, .masthead {
    color: #d500f9; background: #212121; border: 3px solid #d500f9; padding: 12px; margin: 20px; letter-spacing: .3em;
    font-family: Impact, "DejaVu Sans", sans-serif; text-transform: lowercase; float: none; display: block; }
.entry-content p { font-size: 21px; margin-bottom: 2em; }
.entry-content h2 { color: orange; }
.entry-content table td { padding: 25px; font-size: 11px; }
.entry-content ul li { list-style: decimal; }
#main p { color: #ffab00; line-height: 3; }
#main td { background: #4a148c; color: #fff; }
#main header { background: #004d40; }
"""

THEMED = """<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>themed</title>
<style>THEME</style></head>
<body>
<header class="site-header"><h1 class="title">Cổng thông tin điện tử</h1><nav><a href="#a">Trang chủ</a><a href="#b">Tin tức</a></nav></header>
<main id="main" class="content">
<article class="entry-content post">
<h2 class="title">Chương trình công tác tháng</h2>
<p class="item">Bài đăng của văn phòng, trước khối của congtac.</p>
<div SLOT>
FRAGMENT
</div>
<p>Bài đăng tiếp tục sau khối.</p>
</article>
</main>
PROBE
</body>
</html>
"""

# Records every computed property and box of the fragment's elements into body[data-probe] (base64
# JSON), once the fonts are loaded: --dump-dom prints the DOM with it.
PROBE = """<script>
addEventListener("load", () => document.fonts.ready.then(() => {
  // Text is rasterised against the pixel grid: put the slot on whole pixels in both pages, as a fraction
  // left over from the theme's line heights would shift every glyph's antialiasing.
  const slot = document.getElementById("portal-slot");
  const place = slot.getBoundingClientRect();
  const fraction = v => { const f = v - Math.floor(v); return f ? 1 - f : 0; };
  slot.style.position = "relative";
  slot.style.top = fraction(place.top + scrollY) + "px";
  slot.style.left = fraction(place.left + scrollX) + "px";
  const root = slot.querySelector(".congtac-ctr");
  const r0 = root.getBoundingClientRect();
  const out = { viewport: innerWidth, rect: [r0.left + scrollX, r0.top + scrollY, r0.width, r0.height], elements: [] };
  const name = el => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const path = el => { const parts = []; for (let e = el; e && e !== root.parentElement; e = e.parentElement) {
    const i = e.parentElement ? Array.prototype.indexOf.call(e.parentElement.children, e) : 0; parts.unshift(name(e) + "[" + i + "]"); }
    return parts.join(" > "); };
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const pseudo of [null, "::before", "::after"]) {
      const cs = getComputedStyle(el, pseudo);
      if (pseudo && (cs.content === "none" || cs.content === "normal")) continue;
      const style = {};
      for (let i = 0; i < cs.length; i++) style[cs[i]] = cs.getPropertyValue(cs[i]);
      const r = el.getBoundingClientRect();
      out.elements.push({ path: path(el) + (pseudo || ""),
        box: pseudo || el.getClientRects().length === 0 ? null : [r.left - r0.left, r.top - r0.top, r.width, r.height].map(v => Math.round(v * 100) / 100), style });
    }
  }
  document.body.setAttribute("data-probe", btoa(unescape(encodeURIComponent(JSON.stringify(out)))));
}));
</script>"""


def chromium():
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("check_fragment_theme: missing tool: chromium")


def run_chromium(args, profile):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
             "--force-device-scale-factor=1", "--user-data-dir=" + profile, "--virtual-time-budget=5000"]
    return subprocess.run([chromium()] + flags + args, capture_output=True, timeout=120)


def probe(page, viewport, profile):
    result = run_chromium([f"--window-size={viewport},1200", "--dump-dom", page.as_uri()], profile)
    dom = result.stdout.decode("utf-8", "replace")
    marker = 'data-probe="'
    start = dom.find(marker)
    if start < 0:
        raise RuntimeError("no probe in Chromium's DOM: " + result.stderr.decode("utf-8", "replace")[-300:])
    end = dom.index('"', start + len(marker))
    return json.loads(base64.b64decode(dom[start + len(marker):end]).decode("utf-8"))


def screenshot(page, png, viewport, height, profile):
    run_chromium([f"--window-size={viewport},{height}", f"--screenshot={png}", page.as_uri()], profile)
    if not png.exists():
        raise RuntimeError(f"Chromium wrote no screenshot of {page.name}")
    return read_png(png)


def read_png(path):
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced RGB or RGBA PNG."""
    data = path.read_bytes()
    pos, idat, width = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise RuntimeError(f"unsupported PNG in {path}: depth {depth}, colour type {colour}")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for x in range(stride):
            a = row[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1: row[x] = (row[x] + a) & 255
            elif kind == 2: row[x] = (row[x] + b) & 255
            elif kind == 3: row[x] = (row[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[x] = (row[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(row))
        previous = row
    return width, height, channels, rows


def write_png(path, width, height, rows):
    """An 8-bit RGB PNG from rows of RGB bytes."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\0" + row for row in rows)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def crop(image, rect):
    width, height, channels, rows = image
    x, y, w, h = (int(round(v)) for v in rect)
    out = []
    for row in rows[y:y + h]:
        pixels = row[x * channels:(x + w) * channels]
        out.append(bytes(b for i, b in enumerate(pixels) if i % channels < 3) if channels == 4 else pixels)
    # A screenshot shorter than the fragment gives fewer rows: the sizes then differ, and the check says so.
    return len(out[0]) // 3 if out else 0, len(out), out


def style_differences(alone, themed):
    if len(alone["elements"]) != len(themed["elements"]):
        return [f"{len(alone['elements'])} elements alone, {len(themed['elements'])} in the themed page"]
    found = []
    for a, t in zip(alone["elements"], themed["elements"]):
        if a["path"] != t["path"]:
            return found + [f"element order differs: {a['path']} / {t['path']}"]
        if a["box"] != t["box"]:
            found.append(f"{a['path']}: box {a['box']} alone, {t['box']} themed")
        for prop in sorted(set(a["style"]) | set(t["style"])):
            if a["style"].get(prop) != t["style"].get(prop):
                found.append(f"{a['path']}: {prop}: {a['style'].get(prop)!r} alone, {t['style'].get(prop)!r} themed")
    return found


def check(fragment_path, keep):
    fragment = pathlib.Path(fragment_path).read_text(encoding="utf-8")
    name = pathlib.Path(fragment_path).name.removesuffix(".html")
    problems = []
    for label, viewport, width in VIEWPORTS:
        work = pathlib.Path(keep) / name / label if keep else pathlib.Path(tempfile.mkdtemp(prefix="fragment-theme."))
        work.mkdir(parents=True, exist_ok=True)
        profile = tempfile.mkdtemp(prefix="fragment-theme-profile.")
        try:
            problems += [f"{label}: {p}" for p in compare(fragment, viewport, width, work, keep, profile)]
        finally:
            shutil.rmtree(profile, ignore_errors=True)
            if not keep:
                shutil.rmtree(work, ignore_errors=True)
    return problems


def compare(fragment, viewport, width, work, keep, profile):
    """The differences between the fragment alone and in the themed page, at one viewport width."""
    pages = {}
    for kind, template in (("alone", PLAIN), ("themed", THEMED)):
        page = work / f"{kind}.html"
        page.write_text(template.replace("THEME", THEME).replace("SLOT", SLOT).replace("WIDTH", str(width))
                        .replace("PROBE", PROBE).replace("FRAGMENT", fragment), encoding="utf-8")
        pages[kind] = page
    alone, themed = probe(pages["alone"], viewport, profile), probe(pages["themed"], viewport, profile)
    for data in (alone, themed):
        if data["viewport"] != viewport:
            raise RuntimeError(f"Chromium laid the page out {data['viewport']} px wide, not {viewport} px")
    problems = style_differences(alone, themed)

    # The same pixels: each screenshot tall enough to hold the whole fragment, cropped to it.
    crops = {}
    for kind, data in (("alone", alone), ("themed", themed)):
        x, y, w, h = data["rect"]
        image = screenshot(pages[kind], work / f"{kind}-full.png", viewport, int(y + h) + 40, profile)
        crops[kind] = crop(image, data["rect"])
        if keep:
            write_png(work / f"{kind}.png", *crops[kind])
    (wa, ha, ra), (wt, ht, rt) = crops["alone"], crops["themed"]
    if (wa, ha) != (wt, ht):
        problems.append(f"the fragment is {wa}x{ha} px alone, {wt}x{ht} px in the themed page")
    else:
        differing = sum(1 for a, t in zip(ra, rt) for i in range(0, len(a), 3) if a[i:i + 3] != t[i:i + 3])
        if differing:
            problems.append(f"{differing} of {wa * ha} pixels of the fragment differ")
            if keep:
                mask = [bytes(255 if p != q else 0 for p, q in zip(a, t)) for a, t in zip(ra, rt)]
                write_png(work / "diff.png", wa, ha, mask)
    return problems


def main(argv):
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        keep = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if not argv:
        sys.exit(__doc__)
    passed = failed = 0
    for fragment in argv:
        name = os.path.basename(fragment)
        try:
            problems = check(fragment, keep)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            problems = [f"could not run the check: {error}"]
        if problems:
            failed += 1
            print(f"FAIL  {name}: the portal's theme reaches the fragment ({len(problems)} difference(s)):")
            for line in problems[:25]:
                print("        " + line)
            if len(problems) > 25:
                print(f"        … and {len(problems) - 25} more")
        else:
            passed += 1
            print(f"ok    {name}: looks the same inside an aggressive portal theme as alone")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
