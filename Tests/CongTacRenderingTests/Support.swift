import CongTacLoading
import CongTacModel
import Foundation
import Testing

/// The package's root folder, found from this file's place.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The published programmes transcribed under examples/.
let exampleNames = ["khcn-ha-tinh-2023-07", "khcn-ha-tinh-2025-02", "khcn-bac-giang-2020-07"]

/// Loads an example; it must have no errors.
func loadExample(_ name: String) throws -> Schedule {
    let path = packageRoot.appendingPathComponent("examples/\(name).yaml").path
    let result = ScheduleLoader(language: .en).load(path: path)
    return try #require(result.renderable, "\(result.diagnostics)")
}

/// Whether goldens are re-recorded instead of compared (`CONGTAC_RECORD=1 swift test`).
let recordingGoldens = ProcessInfo.processInfo.environment["CONGTAC_RECORD"] == "1"

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("congtac-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A readable diff of the first lines where two texts differ.
func lineDiff(_ expected: String, _ actual: String, context: Int = 2) -> String {
    let e = expected.components(separatedBy: "\n")
    let a = actual.components(separatedBy: "\n")
    guard let first = zip(e, a).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset ?? (e.count != a.count ? min(e.count, a.count) : nil) else {
        return "(no difference)"
    }
    var lines: [String] = []
    for i in max(0, first - context)..<min(max(e.count, a.count), first + context + 1) {
        if i < e.count, i < a.count, e[i] == a[i] {
            lines.append("  \(i + 1): \(e[i])")
        } else {
            if i < e.count { lines.append("- \(i + 1): \(e[i])") }
            if i < a.count { lines.append("+ \(i + 1): \(a[i])") }
        }
    }
    return lines.joined(separator: "\n")
}
