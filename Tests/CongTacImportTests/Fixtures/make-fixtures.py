#!/usr/bin/env python3
"""Regenerates the hand-made-shaped Word documents of the import tests.

Each document is what an office types by hand, not what congtac writes: python-docx makes the
package (styles, relationships), and the body is raw WordprocessingML with the messes Word leaves
in real files (runs split inside words, w:proofErr, w:smartTag, fields, hyperlinks, w:sdt, soft
breaks, tabs, tracked changes, merged and repeated day cells, a table inside a cell). One document
is converted by LibreOffice from HTML, as another producer. Run from anywhere:

    python3 Tests/CongTacImportTests/Fixtures/make-fixtures.py

The tests assert what each document says (days, items, units, leaders, recipients, warnings).
"""
import os, shutil, subprocess, tempfile, zipfile
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, b=False, i=False, u=False):
    props = ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + ('<w:u w:val="single"/>' if u else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def tc(*paragraphs, span=1, merge=None):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    body = "".join(paragraphs) or "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def tr(*cells):
    return f"<w:tr>{''.join(cells)}</w:tr>"


def tbl(*rows):
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


def write_docx(name, body, footnotes=None, numbering=None):
    """A python-docx package whose body is replaced by raw XML; `footnotes` maps ids to texts;
    `numbering` is the body of word/numbering.xml (Word's own list numbering)."""
    folder = tempfile.mkdtemp()
    base = os.path.join(folder, "base.docx")
    docx.Document().save(base)
    out = os.path.join(HERE, name)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'.encode()
            if numbering and item.filename == "word/numbering.xml":
                data = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>{numbering}</w:numbering>'.encode()
            if footnotes and item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            if footnotes and item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)
        if footnotes:
            notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                     + "".join(f'<w:footnote w:id="{i}"><w:p>{run(t)}</w:p></w:footnote>' for i, t in footnotes.items()))
            info = zipfile.ZipInfo("word/footnotes.xml", date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{notes}</w:footnotes>'.encode())
    shutil.rmtree(folder)


def header(number_line, date_line, parent="UBND TỈNH HÀ TĨNH"):
    # The agency's name split over runs with a proofing mark between them, as Word saves it.
    agency = p('<w:r><w:rPr><w:b/></w:rPr><w:t>SỞ KHOA HỌC V</w:t></w:r><w:proofErr w:type="spellStart"/>'
               '<w:r><w:rPr><w:b/></w:rPr><w:t>À CÔNG NGHỆ</w:t></w:r><w:proofErr w:type="spellEnd"/>')
    return tbl(
        tr(tc(p(run(parent)), agency, p(run("Số: " + number_line))),
           tc(p(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True)), p(run("Độc lập - Tự do - Hạnh phúc", b=True)),
              p(run("_______________")), p(run(date_line, i=True)))))


def closing(recipients, titles, name):
    left = [p(run("Nơi nhận:", b=True, i=True))] + [p(run(r)) for r in recipients]
    right = [p(run(t, b=True)) for t in titles] + [p(run("(Đã ký)", i=True)), p(), p(run(name, b=True))]
    return tbl(tr(tc(*left), tc(*right)))


def hanoi_style_month():
    """March 2025, shaped like seeds 000/001, with Word's messes in it."""
    body = header("07/CTr-KHCN", "Hà Tĩnh, ngày 28 tháng 02 năm 2025")
    body += p(run("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2025", b=True))
    body += p(run("CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ", b=True))
    body += p(run("Căn cứ Quy chế làm việc của Sở, Văn phòng xây dựng chương trình như sau:", i=True))
    body += p(run("I. MỘT SỐ NHIỆM VỤ TRỌNG TÂM", b=True))
    # A hyperlink and a smart tag around parts of a paragraph.
    body += p(run("- Triển khai "), '<w:hyperlink r:id="rIdMissing" w:history="1">' + run("Nghị quyết 57") + "</w:hyperlink>",
              run(" của Bộ Chính trị;"))
    body += p(run("- Tổ chức hội nghị tại "), '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
              + run("Hà Tĩnh") + "</w:smartTag>", run("."),
              '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    # A tracked change: the deleted word is not imported, the inserted one is.
    # A block-level content control around the paragraph; a moved word (moveFrom is not read).
    body += ('<w:sdt><w:sdtPr><w:alias w:val="Nhiệm vụ"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent>'
             + p(run("- Rà soát thủ tục hành chính "),
                 '<w:del w:id="1" w:author="VP"><w:r><w:delText>năm 2024</w:delText></w:r></w:del>',
                 '<w:ins w:id="2" w:author="VP">' + run("quý I") + "</w:ins>",
                 '<w:moveFrom w:id="3" w:author="VP"><w:r><w:t> gấp</w:t></w:r></w:moveFrom>', run("."))
             + "</w:sdtContent></w:sdt>")
    # A picture (an inline drawing): not imported, warned at its paragraph.
    body += p(run("- Treo băng rôn theo mẫu "),
              '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
              '<wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Ảnh 1"/></wp:inline></w:drawing></w:r>', run("."))
    body += p(run("II. DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC", b=True))
    # A text box (VML, as older Word writes it) with a remark in it: kept aside, not lost.
    body += p('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
              + p(run("Lịch có thể thay đổi,")) + p(run("xem cổng thông tin hằng ngày.")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    head = tr(tc(p(run("NGÀY / THỨ", b=True))), tc(p(run("NỘI DUNG CÔNG VIỆC", b=True))),
              tc(p(run("LÃNH ĐẠO CHỦ TRÌ", b=True))), tc(p(run("ĐƠN VỊ CHUẨN BỊ", b=True))),
              tc(p(run("ĐỊA ĐIỂM", b=True))))
    numbering = tr(*[tc(p(run(f"({n})"))) for n in range(1, 6)])
    rows = [
        # Monday 3: a day cell merged over two rows; a label on its own line with two "- " items,
        # their units beside them paragraph by paragraph, one leader for both.
        tr(tc(p(run("03")), p(run("Thứ Hai")), merge="restart"),
           tc(p(run("Sáng:", u=True)), p(run("- Chào cờ, triển khai nhiệm vụ tháng 3")), p(run("- Họp giao ban Lãnh đạo Sở"))),
           tc(p(run("Đ/c Hoàn GĐ Sở"))), tc(p(), p(run("Văn phòng Sở")), p(run("Văn phòng Sở, các phòng"))), tc()),
        tr(tc(merge="continue"), tc(p(run("Chiều: Kiểm tra cơ sở"))), tc(p(run("Đ/c Bình PGĐ Sở"))),
           tc(p(run("Phòng QLCN-CN"))), tc(p(run("Kỳ Anh")))),
        # Tuesday 4 written "Thứ Ba 04/3"; a word split over three runs; a tab.
        tr(tc(p(run("Thứ Ba 04/3"))),
           tc(p('<w:r><w:t>Cả ngày: Hội nghị tổng </w:t></w:r><w:r><w:t>k</w:t></w:r><w:r><w:t>ết</w:t></w:r>'
                '<w:r><w:tab/><w:t>năm 2024</w:t></w:r>')),
           tc(p(run("Đ/c Hoàn GĐ Sở"))), tc(p(run("Văn phòng Sở"))), tc(p(run("Hội trường Sở")))),
        # Wednesday 5 written "Thứ Tư (05/03/2025)"; two items in one paragraph with a soft break.
        tr(tc(p(run("Thứ Tư (05/03/2025)"))),
           tc(p('<w:r><w:t>Sáng: Họp Hội đồng KH&amp;CN tỉnh</w:t><w:br/><w:t>Chiều: Làm việc với Sở Tài chính</w:t></w:r>')),
           tc(p(run("Đ/c Hoàn GĐ Sở")), p(run("Đ/c An PGĐ Sở"))), tc(p(run("Phòng QLKH")), p(run("Phòng KHTC"))), tc()),
        # Thursday 6, written as Friday: a typing slip, the date wins.
        tr(tc(p(run("06 Thứ Sáu"))), tc(p(run("Kiểm tra cơ sở"))), tc(p(run("Đ/c Bình PGĐ Sở"))), tc(p(run("Phòng QLKH"))), tc()),
        # Friday 7: a simple field and a content control around the text.
        tr(tc(p(run("07"))),
           tc(p('<w:fldSimple w:instr=" DOCPROPERTY Subject ">' + run("Giao ban") + "</w:fldSimple>",
                '<w:sdt><w:sdtPr><w:alias w:val="Nội dung"/></w:sdtPr><w:sdtContent>' + run(" Lãnh đạo Sở") + "</w:sdtContent></w:sdt>",
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')),
           tc(p(run("Đ/c Hoàn GĐ Sở"))), tc(p(run("Văn phòng Sở"))), tc()),
        # The weekend, as offices type it: congtac fills it in itself.
        tr(tc(p(run("08-09")), p(run("Thứ Bảy, Chủ nhật"))), tc(span=4)),
        # Monday 10 repeated on two rows instead of merged.
        tr(tc(p(run("10"))), tc(p(run("Sáng: Họp UBND tỉnh thường kỳ"))), tc(p(run("Đ/c Hoàn GĐ Sở"))), tc(p(run("Văn phòng Sở"))), tc()),
        tr(tc(p(run("10"))), tc(p(run("Chiều: Tiếp công dân định kỳ"))), tc(p(run("Đ/c An PGĐ Sở"))), tc(p(run("Thanh tra Sở"))), tc()),
        # A range with a whole-week text and an italic note, in one cell across the other columns.
        tr(tc(p(run("17-21"))), tc(p(run("Tuần lễ hưởng ứng Ngày Quốc tế Hạnh phúc", i=True)),
                                   p(run("KIỂM TRA CƠ SỞ TẠI CÁC HUYỆN", b=True)), span=4)),
        # A table inside the work cell: its lines are items.
        tr(tc(p(run("24"))), tc(tbl(tr(tc(p(run("Sáng: Họp Ban Chỉ đạo chuyển đổi số")))),
                                    tr(tc(p(run("Chiều: Duyệt đề cương nhiệm vụ KH&amp;CN"))))), p()),
           tc(p(run("Đ/c Hoàn GĐ Sở"))), tc(p(run("Phòng TT-TKKHCN&amp;ĐMST"))), tc()),
        # A day of another month: kept aside.
        tr(tc(p(run("01/4"))), tc(p(run("Họp triển khai tháng 4"))), tc(), tc(), tc()),
    ]
    body += tbl(head, numbering, *rows)
    body += p()
    body += closing(["- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, VP."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thanh Bình")
    write_docx("handmade-2025-03.docx", body, footnotes={1: "Theo Kế hoạch số 194/KH-UBND ngày 30/5/2023."})


def bac_giang_style_quarter():
    """Shaped like seed 004: a draft (blank number and day), nested sections, no agenda table,
    an electronic list, the closing as paragraphs."""
    body = header("     /CTr-KHCN", "Bắc Giang, ngày      tháng 6 năm 2020", parent="UBND TỈNH BẮC GIANG")
    # The title and the subject line in one paragraph, cut by a soft line break as in the seed.
    body += p('<w:r><w:rPr><w:b/></w:rPr><w:t>CHƯƠNG TRÌNH</w:t><w:br/><w:t>Công tác tháng 7 và Quý III năm 2020</w:t></w:r>')
    body += p(run("I. CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7", b=True))
    body += p(run("1. Các nhiệm vụ trọng tâm", b=True))
    body += p(run("- Họp Hội đồng KH&amp;CN tỉnh 6 tháng đầu năm."))
    body += p(run("- Tổ chức hội đồng nghiệm thu các đề tài, dự án cấp tỉnh."))
    body += p(run("2. Các cuộc họp, hội nghị, hội thảo của Sở", b=True))
    body += p(run("- Họp định kỳ: Họp lãnh đạo Sở, họp giao ban kỳ tháng 7/2020."))
    # The second part numbered by Word itself (w:numPr): "II.", "1." and the bullet are not typed.
    def numbered(text, num, bold=True):
        return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
                f'{run(text, b=bold)}</w:p>')
    body += numbered("CHƯƠNG TRÌNH CÔNG TÁC QUÝ III", 1)
    body += numbered("Các nhiệm vụ trọng tâm", 2)
    body += numbered("Tổng hợp danh mục các văn bản trình Tỉnh ủy, HĐND, UBND tỉnh năm 2021.", 3, bold=False)
    body += p(run("Nơi nhận:", b=True, i=True))
    body += p(run("- Lưu: VT, VP."))
    body += p(run("Bản điện tử:", b=True, i=True))
    body += p(run("- VP Tỉnh ủy;"))
    body += p(run("- VP UBND tỉnh;"))
    body += p(run("- Lãnh đạo Sở."))
    body += p(run("GIÁM ĐỐC", b=True))
    body += p(run("Nguyễn Thanh Bình", b=True))
    levels = {1: ("upperRoman", 2), 2: ("decimal", 1), 3: ("bullet", 1)}
    numbering = "".join(
        f'<w:abstractNum w:abstractNumId="{n}"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{"-" if fmt == "bullet" else "%1."}"/></w:lvl></w:abstractNum>' for n, (fmt, start) in levels.items())
    numbering += "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>' for n in levels)
    write_docx("handmade-2020-q3.docx", body, numbering=numbering)


def libreoffice_month():
    """An HTML table with row spans, converted by LibreOffice: another producer's WordprocessingML."""
    if shutil.which("soffice") is None:
        print("soffice not found: libreoffice-2023-07.docx not regenerated")
        return
    html = """<html><head><meta charset="utf-8"></head><body>
<table border="1"><tr><td>UBND TỈNH HÀ TĨNH<br><b>SỞ KHOA HỌC VÀ CÔNG NGHỆ</b><p>Số:    /CTr-KHCN</p></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Hà Tĩnh, ngày   tháng 7 năm 2023</i></p></td></tr></table>
<p><b>CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7 NĂM 2023</b></p>
<p><b>I. DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC</b></p>
<table border="1">
<tr><th>THỨ, NGÀY</th><th>THỜI GIAN</th><th>NỘI DUNG</th><th>CƠ QUAN CHUẨN BỊ</th><th>LÃNH ĐẠO SỞ</th></tr>
<tr><td rowspan="2">Thứ Hai<br>03/7</td><td>Sáng</td><td>Lễ chào cờ, sinh hoạt chi bộ tháng 7</td><td>Các đơn vị</td><td>Lãnh đạo Sở</td></tr>
<tr><td>Chiều</td><td>Đi kiểm tra cơ sở</td><td>Phòng QLCN-CN</td><td>Lãnh đạo Sở</td></tr>
<tr><td>Thứ Ba<br>04/7</td><td>Sáng</td><td>Họp Hội đồng tư vấn xác định nhiệm vụ KH&amp;CN</td><td>Phòng QLKH</td><td>Đ/c Bình PGĐ Sở</td></tr>
</table>
<table><tr><td><b><i>Nơi nhận:</i></b><br>- UBND tỉnh;<br>- Lưu: VT, VP.</td><td><b>SỞ KHOA HỌC VÀ CÔNG NGHỆ</b></td></tr></table>
</body></html>"""
    folder = tempfile.mkdtemp()
    source = os.path.join(folder, "libreoffice-2023-07.html")
    with open(source, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, source],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(folder, "libreoffice-2023-07.docx"), os.path.join(HERE, "libreoffice-2023-07.docx"))
    shutil.rmtree(folder)


if __name__ == "__main__":
    hanoi_style_month()
    bac_giang_style_quarter()
    libreoffice_month()
