#!/usr/bin/env python3
"""Opens PDFs congtac wrote with independent clients and checks what readers and signers need.

qpdf: the file's syntax and streams (`qpdf --check`, no warnings). page (`page-validation`, a PDF/A and
PDF/UA validator without a JVM that passes the veraPDF and Isartor corpora): PDF/A-2b with no failed rule. poppler: `pdfinfo` says Tagged: yes and
A4; `pdffonts` lists only embedded subsets with ToUnicode (emb sub uni); `pdftotext` gives NFC text; `pdfinfo -struct-text` reads the structure tree. pikepdf: the XMP says PDF/A-2B, the
structure tree holds a Table with TH and TD cells, the AcroForm holds a /Sig field. fontTools: every embedded
font program parses, every outline with it, and the /W widths equal the program's advances (PDF/A-2, 6.2.11.5). pyHanko: signs that
empty field (incremental update) with a self-signed certificate made here, then validates the signature
as intact, valid and trusted (the test root trusted explicitly) and covering the whole file; poppler's
pdfsig agrees that the signature is valid; the signed copy passes qpdf --check too.

PDF/UA-1 by page-validation too, all rules, when the file claims it (pdfuaid:part 1); with --ua also for a file
that does not, its identification rules aside.

Usage: python3 .ci/check_pdf.py [--ua] FILE.pdf…
Needs: apt qpdf poppler-utils; pip pikepdf==10.18.0 pyHanko==0.38.0 pyhanko-certvalidator==0.33.0
       cryptography==48.0.0 fonttools==4.68.0 page-validation==0.11.0
Prints one line per check and 'N passed, N failed'; exits 1 on any failure.
"""
import datetime, io, os, re, subprocess, sys, tempfile, unicodedata

import page
import pikepdf
from fontTools.ttLib import TTFont
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko.keys import load_cert_from_pemder

results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))


def run(*command):
    done = subprocess.run(command, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def test_certificate(folder):
    """A self-signed RSA certificate for signing, valid from yesterday for a day, as PEM files."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "congtac CI test signer"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    key_path, cert_path = os.path.join(folder, "key.pem"), os.path.join(folder, "cert.pem")
    with open(key_path, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(cert_path, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def structure_roles(pdf):
    """Every /S of the structure tree, walking /K from the StructTreeRoot."""
    roles, pending, seen = [], [pdf.Root.StructTreeRoot], set()
    while pending:
        node = pending.pop()
        if isinstance(node, pikepdf.Array):
            pending.extend(node)
            continue
        if not isinstance(node, pikepdf.Dictionary):
            continue
        key = node.objgen
        if key != (0, 0):
            if key in seen:
                continue
            seen.add(key)
        if "/S" in node and node.get("/Type") in (None, pikepdf.Name.StructElem):
            roles.append(str(node.S))
        if "/K" in node:
            pending.append(node.K)
    return roles


def check_font_programs(name, pdf):
    """Each CIDFontType2's FontFile2 through fontTools: tables parse, outlines decode, /W matches hmtx."""
    seen = set()
    for page in pdf.pages:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            if font.objgen in seen or font.get("/Subtype") != "/Type0":
                continue
            seen.add(font.objgen)
            cid = font.DescendantFonts[0]
            label = f"{name}: font {str(cid.BaseFont)[1:]}"
            try:
                program = TTFont(io.BytesIO(cid.FontDescriptor.FontFile2.read_bytes()))
                order, glyf, hmtx = program.getGlyphOrder(), program["glyf"], program["hmtx"]
                for glyph in order:
                    glyf[glyph].getCoordinates(glyf)
                scale = 1000 / program["head"].unitsPerEm
                widths, wrong, index = list(cid.W), [], 0
                while index < len(widths):
                    first, run = int(widths[index]), widths[index + 1]
                    index += 2
                    for offset, width in enumerate(run):
                        advance = hmtx[order[first + offset]][0] * scale
                        if abs(advance - float(width)) > 0.01:
                            wrong.append((first + offset, float(width), advance))
                check(f"{label}: program parses, /W equals its advances", not wrong, wrong[:5])
            except Exception as error:  # noqa: BLE001 - a font that does not parse is the finding
                check(f"{label}: program parses, /W equals its advances", False, repr(error))


def check_file(path, key_path, cert_path, folder, ua=False):
    name = os.path.basename(path)
    status, output = run("qpdf", "--check", path)
    check(f"{name}: qpdf --check clean", status == 0 and "WARNING" not in output, output.strip()[-300:])

    report = page.validate_pdf(path, profile="2b")
    check(f"{name}: PDF/A-2b by page-validation ({report.rules.total} rules)", report.is_compliant,
          "; ".join(f"{f.rule_id}: {f.message}" for f in report.failures[:5]))

    with pikepdf.open(path) as pdf:
        claims_ua = pdf.open_metadata().get("pdfuaid:part") == "1"
    if ua or claims_ua:
        report = page.validate_pdf(path, profile="ua1")
        failures = [f for f in report.failures if claims_ua or not f.rule_id.startswith("PDFUA1-ID-")]
        aside = "" if claims_ua else ", identification aside"
        check(f"{name}: PDF/UA-1 by page-validation{aside} ({report.rules.total} rules)", not failures,
              "; ".join(f"{f.rule_id}: {f.message}" for f in failures[:5]))

    status, info = run("pdfinfo", path)
    check(f"{name}: pdfinfo Tagged: yes", re.search(r"^Tagged:\s+yes", info, re.M), info.strip())
    check(f"{name}: pdfinfo A4", "(A4)" in info, info)

    # A programme without an agenda (one of the examples) has no table: the table checks hold for the
    # files whose text shows the agenda's column headings.
    status, text = run("pdftotext", "-enc", "UTF-8", path, "-")
    has_agenda = "NỘI DUNG CÔNG VIỆC" in text or re.search(r"\bTD\b", run("pdfinfo", "-struct", path)[1]) is not None
    status, tree = run("pdfinfo", "-struct-text", path)
    check(f"{name}: poppler reads the structure tree with its text (pdfinfo -struct-text)",
          status == 0 and re.search(r"^\s+P\b", tree, re.M) and "rror" not in tree
          and (not has_agenda or (re.search(r"^\s+Table\b", tree, re.M) and re.search(r"^\s+TH\b", tree, re.M))),
          tree[:400])

    status, fonts = run("pdffonts", path)
    rows = fonts.strip().splitlines()[2:]
    bad = [row for row in rows if not re.search(r"\byes\s+yes\s+yes\s+\d+\s+\d+\s*$", row)]
    check(f"{name}: pdffonts: every font an embedded subset with ToUnicode ({len(rows)} fonts)",
          rows and not bad, "\n".join(bad) or "no fonts")

    status, text = run("pdftotext", "-enc", "UTF-8", path, "-")
    check(f"{name}: pdftotext gives text, in NFC", status == 0 and text.strip() and unicodedata.is_normalized("NFC", text),
          text[:200])

    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        check(f"{name}: XMP says PDF/A-2B", meta.get("pdfaid:part") == "2" and meta.get("pdfaid:conformance") == "B",
              f"part={meta.get('pdfaid:part')} conformance={meta.get('pdfaid:conformance')}")
        check(f"{name}: OutputIntent GTS_PDFA1 with an ICC profile",
              any(oi.S == "/GTS_PDFA1" and "/DestOutputProfile" in oi for oi in pdf.Root.get("/OutputIntents", [])))
        mark_info = pdf.Root.get("/MarkInfo", {})
        check(f"{name}: /MarkInfo Marked, /Lang", bool(mark_info.get("/Marked", False)) and "/Lang" in pdf.Root)
        roles = structure_roles(pdf) if "/StructTreeRoot" in pdf.Root else []
        if has_agenda:
            check(f"{name}: structure tree has Table, TR, TH, TD", {"/Table", "/TR", "/TH", "/TD"} <= set(roles),
                  sorted(set(roles)))
        else:
            check(f"{name}: no agenda, and no table in the structure tree", not {"/Table", "/TR", "/TH", "/TD"} & set(roles),
                  sorted(set(roles)))
        check_font_programs(name, pdf)
        fields = [f for f in pdf.Root.get("/AcroForm", {}).get("/Fields", []) if f.get("/FT") == "/Sig"]
        check(f"{name}: AcroForm has a /Sig field", fields, "no /Sig field")
        field_name = str(fields[0].T) if fields else None

    if not field_name:
        return
    signer = signers.SimpleSigner.load(key_path, cert_path, key_passphrase=None)
    signed_path = os.path.join(folder, "signed-" + name)
    try:
        with open(path, "rb") as source:
            writer = IncrementalPdfFileWriter(source)
            output = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=field_name),
                                      signer=signer, existing_fields_only=True)
            with open(signed_path, "wb") as target:
                target.write(output.getvalue())
        check(f"{name}: pyHanko signs the empty field {field_name!r}", True)
    except Exception as error:  # noqa: BLE001 - any failure to sign is the finding
        check(f"{name}: pyHanko signs the empty field {field_name!r}", False, repr(error))
        return
    with open(signed_path, "rb") as signed:
        reader = PdfFileReader(signed)
        signatures = reader.embedded_signatures
        context = ValidationContext(trust_roots=[load_cert_from_pemder(cert_path)], allow_fetching=False)
        status = validate_pdf_signature(signatures[0], context)
        check(f"{name}: signature intact, valid and trusted", status.intact and status.valid and status.trusted,
              status.pretty_print_details())
        check(f"{name}: signature covers the whole file", status.coverage.name == "ENTIRE_FILE",
              f"coverage {status.coverage}, modifications {status.modification_level}")
    status, output = run("pdfsig", signed_path)
    check(f"{name}: poppler's pdfsig finds the signature valid, the whole document signed",
          "Signature is Valid" in output and "Total document signed" in output, output.strip())
    status, output = run("qpdf", "--check", signed_path)
    check(f"{name}: signed copy passes qpdf --check", status == 0 and "WARNING" not in output, output.strip()[-300:])


def main(arguments):
    ua = "--ua" in arguments
    paths = [argument for argument in arguments if argument != "--ua"]
    if not paths:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        key_path, cert_path = test_certificate(folder)
        for path in paths:
            try:
                check_file(path, key_path, cert_path, folder, ua=ua)
            except Exception as error:  # noqa: BLE001 - a file a client cannot read fails, the others go on
                check(f"{os.path.basename(path)}: readable by every client", False, repr(error))
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
