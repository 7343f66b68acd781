#!/usr/bin/env python3
"""Writes Fuzz/templates/: the seeds of congtac-fuzz's template mode (Fuzz/README.md, "Template mode").

An input's first byte picks the file it replaces, by index in the sorted list of templates/ plus a new
partial per format (TemplateFuzzTarget.files), so the seeds are rewritten whenever a template file is
added or removed: every built-in file as it is, and issue #16's reproductions.
"""
import os

root = os.path.join(os.path.dirname(__file__), "..")
templates = os.path.join(root, "templates")
out = os.path.join(root, "Fuzz", "templates")

files = sorted(os.path.relpath(os.path.join(d, f), templates) for d, _, fs in os.walk(templates) for f in fs)
files += ["docx/_partials/fuzz.xml", "html/_partials/fuzz.html"]
index = {name: i for i, name in enumerate(files)}


def text(name):
    with open(os.path.join(templates, name), encoding="utf-8") as f:
        return f.read()


def seed(name, file, content):
    with open(os.path.join(out, name), "wb") as f:
        f.write(bytes([index[file]]) + content.encode())


os.makedirs(out, exist_ok=True)
for old in os.listdir(out):
    os.remove(os.path.join(out, old))
for name in files[:-2]:
    seed(name.replace("/", "-"), name, text(name))

document, agenda, html = "docx/word/document.xml", "docx/_partials/agenda.xml", "html/_partials/document.html"
seed("x-recursion", agenda, text(agenda).replace("{{#days}}", "{{#days}}{{> _partials/agenda.xml}}", 1))
seed("x-self", "docx/_partials/fuzz.xml", "{{> _partials/fuzz.xml}}")
seed("x-missing", document, text(document).replace("{{> _partials/agenda.xml}}", "{{> _partials/agenda2.xml}}"))
seed("x-nested-sections", document,
     text(document).replace("<w:sectPr>", "{{#sections}}" * 30 + "<w:p/>" + "{{/sections}}" * 30 + "<w:sectPr>"))
seed("x-deep", document, "{{#sections}}" * 3000)
seed("x-raw-html", html, text(html).replace("{{.}}", "{{{.}}}"))
seed("x-unquoted", html, text(html).replace('<h2 class="heading">', "<h2 title={{heading}}>"))
seed("x-header-heading", html, text(html).replace("{{header.agencyName}}", "{{header.heading}}"))
seed("x-malformed", document, text(document).replace("<w:sectPr>", "<w:sectPr><w:bad>"))
print(f"wrote {len(os.listdir(out))} seeds to {os.path.relpath(out, root)}")
