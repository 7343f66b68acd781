import CongTacDeflate

/// One page: its content stream, built as the layout draws, with every piece either marked as a
/// structure element's content (with an MCID) or as an artifact.
///
/// Text is shown with 2-byte glyph ids (Identity-H). `Tw` does not apply to 2-byte codes, so word
/// spacing is written as `TJ` adjustments after each space glyph: one text object per line, the
/// justified width exact, and `pdftotext` still sees one space between words.
public final class PDFPage {
    /// Page size in points.
    public let width: Double
    public let height: Double
    /// 0 for the first page.
    public let index: Int
    unowned let document: PDFDocument
    var content: [UInt8] = []
    /// The content stream deflated once the page is done (the next page was added), so that a long
    /// document holds its pages compressed: a tenth of the memory.
    var compressedContent: [UInt8]?
    /// The structure element of each MCID on this page (the page's parent tree entry).
    var markedElements: [PDFStructureElement] = []
    /// Images drawn here, by index in the document's image list.
    var images: Set<Int> = []
    /// Annotations (signature widgets) on this page, by index in the document's list.
    var annotations: [Int] = []
    var hasTransparency = false
    /// Faces shown here (raw values), for the page's resources.
    var faces: Set<Int> = []
    private var open: Mark?

    private enum Mark { case content, artifact }

    init(document: PDFDocument, index: Int, width: Double, height: Double) {
        self.document = document
        self.index = index
        self.width = width
        self.height = height
    }

    /// Starts `element`'s content on this page: what is drawn until `endContent()` is read as
    /// part of it. Marked content does not nest (PDF/UA): end the previous one first.
    public func beginContent(_ element: PDFStructureElement) {
        precondition(open == nil, "PDFPage.beginContent: marked content is already open")
        let mcid = markedElements.count
        markedElements.append(element)
        element.kids.append(.content(page: index, mcid: mcid))
        open = .content
        append("/\(element.role.rawValue) <</MCID \(mcid)>> BDC\n")
    }

    public func endContent() {
        precondition(open == .content, "PDFPage.endContent without beginContent")
        open = nil
        append("EMC\n")
    }

    /// Starts content that is not part of the document's text: page numbers, drawn lines, borders.
    public func beginArtifact(_ kind: PDFArtifactKind = .layout) {
        precondition(open == nil, "PDFPage.beginArtifact: marked content is already open")
        open = .artifact
        append("/Artifact \(kind.properties) BDC\n")
    }

    public func endArtifact() {
        precondition(open == .artifact, "PDFPage.endArtifact without beginArtifact")
        open = nil
        append("EMC\n")
    }

    /// Shows `text` with its baseline starting at `x`, `y`. `wordSpacing` (points) is added after
    /// each space, for justified lines. Check text with `PDFFonts.unsupportedCharacter(in:)` first: a
    /// code point the face lacks makes `write()` throw (a blank box would be silently lost text, and
    /// PDF/A forbids showing .notdef).
    public func text(_ text: some StringProtocol, x: Double, y: Double, face: PDFFontFace, size: Double,
                     wordSpacing: Double = 0, color: PDFColor = .black) {
        self.text(String(text), x: x, y: y, face: face, size: size, wordSpacing: wordSpacing, color: color)
    }

    /// The same for a `String`, not generic (the code that walks every character is specialised).
    public func text(_ text: String, x: Double, y: Double, face: PDFFontFace, size: Double,
                     wordSpacing: Double = 0, color: PDFColor = .black) {
        guard !text.isEmpty else { return }
        let font = TrueTypeFont.face(face)
        let usage = document.fontUsage[face.rawValue]
        faces.insert(face.rawValue)
        let adjustment = wordSpacing == 0 ? nil : Array("> \(format(-wordSpacing * 1000 / size)) <".utf8)
        let colored = color != .black
        withArtifactIfUnmarked {
            if colored { append("q \(colorOperands(color)) rg\n") }
            append("BT /F")
            appendNumber(Double(face.rawValue + 1))
            content.append(0x20)
            appendNumber(size)
            append(" Tf 1 0 0 1 ")
            appendNumber(x)
            content.append(0x20)
            appendNumber(y)
            append(" Tm [<")
            // The glyphs' hex into a local buffer, appended once: the page's own buffer is a class's
            // property, and each access to it is checked at run time.
            var glyphs: [UInt8] = []
            glyphs.reserveCapacity(text.utf8.count * 4 + 16)
            for scalar in text.unicodeScalars {
                // Each code point maps to one glyph (the fonts hold Vietnamese precomposed, and the
                // schedule's text is NFC), and ToUnicode maps the glyph back to that code point.
                let gid = font.glyph(for: scalar)
                if gid == 0 && document.firstMissingCharacter == nil { document.firstMissingCharacter = Character(scalar) }
                usage.use(gid, scalar: scalar)
                appendHex4(gid, to: &glyphs)
                if scalar == " ", let adjustment { glyphs.append(contentsOf: adjustment) }
            }
            content.append(contentsOf: glyphs)
            append(">] TJ ET\n")
            if colored { append("Q\n") }
        }
    }

    /// A straight line (butt caps), as the DOCX's drawn lines and table borders.
    public func line(from start: PDFPoint, to end: PDFPoint, width lineWidth: Double, color: PDFColor = .black) {
        withArtifactIfUnmarked {
            // Byte by byte rather than by interpolation: a month's table draws thousands of lines.
            append("q ")
            appendNumber(lineWidth)
            append(" w ")
            appendNumber(color.red)
            content.append(0x20)
            appendNumber(color.green)
            content.append(0x20)
            appendNumber(color.blue)
            append(" RG ")
            appendNumber(start.x)
            content.append(0x20)
            appendNumber(start.y)
            append(" m ")
            appendNumber(end.x)
            content.append(0x20)
            appendNumber(end.y)
            append(" l S Q\n")
        }
    }

    /// Underlines `width` points of text set at `x`, `y` in `face` and `size`, where the font says.
    public func underline(x: Double, y: Double, width: Double, face: PDFFontFace, size: Double,
                          color: PDFColor = .black) {
        let metrics = PDFFonts.underline(face: face, size: size)
        let at = y + metrics.position
        line(from: PDFPoint(x: x, y: at), to: PDFPoint(x: x + width, y: at), width: metrics.thickness, color: color)
    }

    /// A filled rectangle (cell shading).
    public func fill(_ rect: PDFRect, color: PDFColor) {
        withArtifactIfUnmarked {
            append("q \(colorOperands(color)) rg \(format(rect.x)) \(format(rect.y)) \(format(rect.width)) \(format(rect.height)) re f Q\n")
        }
    }

    /// Draws `image` scaled into `rect`. Mark it with a `Figure` element (with `alt`) or as an artifact.
    public func image(_ image: PDFImage, rect: PDFRect) {
        let number = document.register(image)
        images.insert(number)
        if image.alpha != nil { hasTransparency = true }
        withArtifactIfUnmarked {
            append("q \(format(rect.width)) 0 0 \(format(rect.height)) \(format(rect.x)) \(format(rect.y)) cm /Im\(number + 1) Do Q\n")
        }
    }

    /// Content drawn outside any marked section becomes an artifact of its own, so that nothing on
    /// the page is left neither tagged nor an artifact (PDF/UA, tagged PDF).
    private func withArtifactIfUnmarked(_ body: () -> Void) {
        if open == nil {
            append("/Artifact BMC\n")
            body()
            append("EMC\n")
        } else {
            body()
        }
    }

    func append(_ text: String) {
        if compressedContent != nil { reopen() }
        content.append(contentsOf: text.utf8)
    }

    /// Compresses the content. Drawing on the page later still works (it is inflated again), only slower.
    func finish() {
        guard compressedContent == nil, open == nil, let compressed = try? Deflate.compress(content) else { return }
        compressedContent = compressed
        content = []
    }

    private func reopen() {
        guard let compressed = compressedContent else { return }
        content = Inflater.zlib(compressed, expected: compressed.count * 8) ?? []
        compressedContent = nil
    }

    /// `format(value)` appended as bytes, without building a String (call `append` first, which
    /// reopens a finished page).
    private func appendNumber(_ value: Double) {
        appendFormatted(value, to: &content)
    }

    @inline(__always)


    private func colorOperands(_ color: PDFColor) -> String {
        "\(format(color.red)) \(format(color.green)) \(format(color.blue))"
    }
}

/// What kind of artifact: a viewer may treat page headers and footers apart from layout lines.
public enum PDFArtifactKind: Sendable {
    /// Drawn lines, borders, shading.
    case layout
    /// Running header (congtac's page numbers are at the top).
    case pageHeader
    case pageFooter

    var properties: String {
        switch self {
        case .layout: "<</Type /Layout>>"
        case .pageHeader: "<</Type /Pagination /Subtype /Header>>"
        case .pageFooter: "<</Type /Pagination /Subtype /Footer>>"
        }
    }
}

/// Four upper-case hex digits.
func hex4(_ value: UInt16) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(value >> 12)], digits[Int(value >> 8 & 15)], digits[Int(value >> 4 & 15)], digits[Int(value & 15)]])
}

/// `hex4(value)`'s bytes appended to `out`.
func appendHex4(_ value: UInt16, to out: inout [UInt8]) {
    @inline(__always) func digit(_ nibble: UInt16) -> UInt8 {
        let d = UInt8(truncatingIfNeeded: nibble & 15)
        return d < 10 ? 48 + d : 55 + d
    }
    out.append(digit(value >> 12))
    out.append(digit(value >> 8))
    out.append(digit(value >> 4))
    out.append(digit(value))
}

/// `format(value)`'s bytes appended to `out`: the same digits, without a String per number.
func appendFormatted(_ value: Double, to out: inout [UInt8]) {
    let scaled = (value * 1000).rounded()
    guard scaled.isFinite else { out.append(0x30); return }
    let thousandths = Int(scaled)
    if thousandths < 0 { out.append(0x2D) }
    let magnitude = thousandths.magnitude
    let whole = magnitude / 1000, fraction = magnitude % 1000
    var divisor: UInt = 1
    while divisor <= whole / 10 { divisor *= 10 }
    while divisor > 0 {
        out.append(0x30 + UInt8(truncatingIfNeeded: whole / divisor % 10))
        divisor /= 10
    }
    guard fraction != 0 else { return }
    out.append(0x2E)
    out.append(0x30 + UInt8(truncatingIfNeeded: fraction / 100))
    let tens = fraction / 10 % 10, units = fraction % 10
    if tens != 0 || units != 0 { out.append(0x30 + UInt8(truncatingIfNeeded: tens)) }
    if units != 0 { out.append(0x30 + UInt8(truncatingIfNeeded: units)) }
}

/// A number as PDF writes it: at most three decimals, no exponent, no trailing zeros, so that the
/// same layout gives the same bytes on every platform.
func format(_ value: Double) -> String {
    let scaled = (value * 1000).rounded()
    guard scaled.isFinite else { return "0" }
    let thousandths = Int(scaled)
    let sign = thousandths < 0 ? "-" : ""
    let magnitude = thousandths.magnitude
    let whole = magnitude / 1000, fraction = magnitude % 1000
    if fraction == 0 { return sign + String(whole) }
    var digits = String(fraction)
    digits = String(repeating: "0", count: 3 - digits.count) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return sign + String(whole) + "." + digits
}
