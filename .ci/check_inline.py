#!/usr/bin/env python3
"""usage: check_inline.py [--keep DIR] FRAGMENT.fragment.html...

Checks that the inlined fragment (congtac render --fragment --inline, X.inline.html beside each
X.fragment.html) survives a portal's rich-text editor. The inlined fragment is passed through a filter
that does what CKEditor's default content filter does to pasted HTML: it drops <style> and <script>
elements, the class, id, data-* and event attributes and any attribute outside its allow-list, and
empty inline elements (CKEditor's $removeEmpty). Headless Chromium (chromium --screenshot) then takes a
screenshot of the filtered inlined fragment and one of the fragment as congtac writes it (its <style>
intact), both in the same plain host page; they must differ in at most MAX_DIFF of their pixels.

A control runs too: the ordinary fragment through the same filter must differ a lot (it loses its
whole layout), which shows that the comparison can fail. The inlined file must also hold no <style>,
<script> or class attribute before any filtering.

Needs Chromium (CHROMIUM, else chromium or chromium-browser) and Pillow (pip install pillow==13.0.0).
Prints one line per check and "N passed, N failed"; exits non-zero on any failure.
"""
import html, os, pathlib, re, shutil, subprocess, sys, tempfile
from html.parser import HTMLParser

from PIL import Image, ImageChops

# At most this share of the painted pixels may differ (anti-aliasing at a glyph's edge; a lost rule changes
# far more: one table border is about 0.3%).
MAX_DIFF = 0.001
# The control (the ordinary fragment filtered) must differ in at least this share.
MIN_CONTROL_DIFF = 0.05
WIDTH, HEIGHT = 1000, 9000

HOST = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>portal</title>
<style>html, body { margin: 0; background: #fff; } body { padding: 24px; font-size: 16px; }</style></head>
<body><div style="width: 900px">
FRAGMENT
</div></body></html>
"""

ALLOWED_ATTRIBUTES = {"style", "colspan", "rowspan", "scope", "lang", "dir", "title", "href", "src", "alt", "width",
                      "height", "span", "border", "cellpadding", "cellspacing", "summary", "headers", "abbr"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# CKEditor 4's CKEDITOR.dtd.$removeEmpty: inline elements dropped when they hold nothing.
REMOVE_EMPTY = {"abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins",
                "label", "kbd", "mark", "meter", "output", "q", "ruby", "s", "samp", "small", "span", "strike",
                "strong", "sub", "sup", "time", "tt", "u", "var"}


class EditorFilter(HTMLParser):
    """Rebuilds the markup as an editor's content filter leaves it."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack = [["", "", []]]  # [tag, start tag markup, children markup]
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
            return
        if self.skip:
            return
        kept = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs
                       if name in ALLOWED_ATTRIBUTES and not name.startswith("on"))
        markup = f"<{tag}{kept}>"
        if tag in VOID:
            self.stack[-1][2].append(markup)
        else:
            self.stack.append([tag, markup, []])

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
            return
        if self.skip or tag in VOID:
            return
        while len(self.stack) > 1:
            name, start, children = self.stack.pop()
            inner = "".join(children)
            if not (name in REMOVE_EMPTY and inner == ""):
                self.stack[-1][2].append(f"{start}{inner}</{name}>")
            if name == tag:
                break

    def handle_data(self, data):
        if not self.skip:
            self.stack[-1][2].append(data)

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")

    def result(self):
        while len(self.stack) > 1:
            self.handle_endtag(self.stack[-1][0])
        return "".join(self.stack[0][2])


def editor_filter(markup):
    parser = EditorFilter()
    parser.feed(markup)
    parser.close()
    return parser.result()


def chromium():
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("check_inline: no chromium (apt-get install chromium)")


def screenshot(fragment, folder, name):
    page = folder / f"{name}.html"
    page.write_text(HOST.replace("FRAGMENT", fragment), encoding="utf-8")
    png = folder / f"{name}.png"
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={png}",
                    page.as_uri()], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return Image.open(png).convert("RGB")


def painted(image):
    """The box around everything that is not the white page."""
    return ImageChops.invert(image.convert("L")).getbbox() or (0, 0, 1, 1)


def difference(a, b):
    """The share of the painted area (both screenshots' boxes together) whose pixels differ by more than
    a faint anti-aliasing step in any channel, and the mask of those pixels."""
    diff = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v > 40 else 0)
    (l1, t1, r1, b1), (l2, t2, r2, b2) = painted(a), painted(b)
    area = (max(r1, r2) - min(l1, l2)) * (max(b1, b2) - min(t1, t2))
    return diff.histogram()[255] / area, diff


def main(argv):
    keep = None
    if argv[:1] == ["--keep"]:
        keep, argv = pathlib.Path(argv[1]), argv[2:]
    if not argv:
        sys.exit(__doc__)
    passed = failed = 0

    def report(ok, line):
        nonlocal passed, failed
        print(("ok   " if ok else "FAIL ") + line)
        if ok:
            passed += 1
        else:
            failed += 1

    for path in map(pathlib.Path, argv):
        name = path.name.removesuffix(".fragment.html")
        inline_path = path.with_name(name + ".inline.html")
        if not inline_path.exists():
            report(False, f"{name}: {inline_path.name} is missing")
            continue
        fragment = path.read_text(encoding="utf-8")
        inline = inline_path.read_text(encoding="utf-8")
        leftovers = [what for what, pattern in (("<style>", r"<style\b"), ("<script>", r"<script\b"), ("class", r"\sclass="))
                     if re.search(pattern, inline)]
        report(not leftovers, f"{name}: the inlined file has no <style>, <script> or class" +
               (f" (found {', '.join(leftovers)})" if leftovers else ""))
        folder = pathlib.Path(tempfile.mkdtemp(prefix="congtac-inline-"))
        try:
            own = screenshot(fragment, folder, "own")
            pasted = screenshot(editor_filter(inline), folder, "pasted")
            control = screenshot(editor_filter(fragment), folder, "control")
            share, mask = difference(own, pasted)
            report(share <= MAX_DIFF, f"{name}: the inlined fragment after the editor's filter looks as the fragment "
                                      f"({share:.4%} of pixels differ, at most {MAX_DIFF:.2%})")
            control_share, _ = difference(own, control)
            report(control_share >= MIN_CONTROL_DIFF, f"{name}: control, the ordinary fragment after the filter, "
                                                      f"differs ({control_share:.2%}, at least {MIN_CONTROL_DIFF:.0%})")
            if keep:
                target = keep / name
                target.mkdir(parents=True, exist_ok=True)
                for file in folder.iterdir():
                    shutil.copy(file, target / file.name)
                mask.save(target / "diff.png")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
