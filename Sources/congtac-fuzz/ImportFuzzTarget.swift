import CongTacImport
import CongTacLoading
import CongTacModel
import Foundation

/// The import mode (`CONGTAC_FUZZ_MODE=import`, `.ci/fuzz.sh` with `FUZZ_MODE=import`): an input is a
/// file to import, and the invariants are those of issue #14: whatever the bytes, the importer gives
/// a clean `ImportError` or a schedule whose written file loads with no error (nothing it writes may
/// fail `check`); nothing traps, and libFuzzer's `-timeout` and `-rss_limit_mb` bound the time and
/// memory (ZIP bombs, entity bombs, huge documents).
///
/// Input: the first byte picks the reader (`kinds`, by index modulo their number), the rest is the
/// file: a `word/document.xml` (past the ZIP layer), a whole DOCX, a CSV, a whole XLSX.
enum ImportFuzzTarget {
    static let kinds = ["document.xml", "docx", "csv", "xlsx"]

    /// What one input gave, for the replayer.
    struct Outcome {
        var kind: String
        var refused: String?
        var days = 0
        var items = 0
        var warnings = 0
    }

    /// The month a CSV's day numbers need, and a previous programme for a spreadsheet's header.
    static let previous: Schedule? = {
        let yaml = """
            agency: {parent: UBND TỈNH HÀ TĨNH, name: SỞ KHOA HỌC VÀ CÔNG NGHỆ, code: KHCN}
            place: Hà Tĩnh
            date: 2025-02-03
            month: 2025-02
            sections:
              - heading: DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC
                agenda:
                  days:
                    - day: 3
                      items: [{time: Sáng, text: Họp, unit: Văn phòng, leader: Đ/c Hoàn}]
            recipients: [UBND tỉnh, "Lưu: VT, VP"]
            signature: {authority: KT. GIÁM ĐỐC, position: PHÓ GIÁM ĐỐC, name: Nguyễn Văn A}
            """
        return ScheduleLoader(language: .en).load(data: Data(yaml.utf8), name: "previous.yaml").renderable
    }()

    @discardableResult
    static func run(_ input: Data) -> Outcome {
        let bytes = [UInt8](input)
        guard let selector = bytes.first else { return Outcome(kind: "none") }
        let kind = kinds[Int(selector) % kinds.count]
        let body = Array(bytes.dropFirst())
        var outcome = Outcome(kind: kind)
        // A CSV's day numbers need a month; a Word document says its own.
        let month = kind == "csv" ? YearMonth(year: 2025, month: 3) : nil
        let importer = ScheduleImporter(options: ImportOptions(month: month, previous: previous))
        let result: ImportResult
        do {
            switch kind {
            case "document.xml": result = try importer.importWordDocumentXML(body)
            default: result = try importer.importFile(body, extension: kind)
            }
        } catch {
            outcome.refused = error.message.code
            return outcome
        }
        outcome.days = result.dayCount
        outcome.items = result.itemCount
        outcome.warnings = result.warnings.count
        // What `import` would write must load with no error.
        let text = ScheduleWriter().text(result.schedule, notes: ImportNotes(kept: result.kept, language: .en))
        let loaded = ScheduleLoader(language: .en).load(data: Data(text.utf8), name: "imported.yaml")
        if loaded.diagnostics.hasErrors {
            FuzzTarget.violation("the imported schedule does not load:\n\(text.prefix(4000))", loaded.diagnostics)
        }
        return outcome
    }
}

/// Whether inputs are files to import (`CONGTAC_FUZZ_MODE=import`).
let importMode = ProcessInfo.processInfo.environment["CONGTAC_FUZZ_MODE"] == "import"
