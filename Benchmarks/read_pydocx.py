#!/usr/bin/env python3
"""The import benchmark's peer: python-docx merely reading a DOCX's paragraphs and tables (every
cell's text, nested tables included), as the least an importer in Python would do before placing
anything. congtac's import does that and builds the schedule and writes the YAML file.

Usage: python3 Benchmarks/read_pydocx.py FILE.docx…
"""
import sys
import docx


def cells(table):
    n = 0
    for row in table.rows:
        for cell in row.cells:
            n += len(cell.text)
            for inner in cell.tables:
                n += cells(inner)
    return n


def main():
    total = 0
    for path in sys.argv[1:]:
        document = docx.Document(path)
        total += sum(len(p.text) for p in document.paragraphs)
        total += sum(cells(t) for t in document.tables)
    print(total)


if __name__ == "__main__":
    main()
