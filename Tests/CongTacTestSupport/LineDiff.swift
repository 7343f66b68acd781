import Foundation

/// A readable diff of the first lines where two texts differ.
public func lineDiff(_ expected: String, _ actual: String, context: Int = 2) -> String {
    let e = expected.components(separatedBy: "\n")
    let a = actual.components(separatedBy: "\n")
    guard let first = zip(e, a).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
            ?? (e.count != a.count ? min(e.count, a.count) : nil) else {
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
