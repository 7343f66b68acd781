// TEMPORARY: delete this file when main's `ScheduleWriter.json(_:)` and `Diagnostic.path` land
// (serve-contract.md, "Core pieces the main branch provides"), and drop Yams from CongTacServer's
// dependencies in Package.swift.
import CongTacLoading
import CongTacModel
import Yams

extension Diagnostic {
    /// Shim: main's loader fills the field path; until then no diagnostic has one.
    var path: String? { nil }
}

extension ScheduleWriter {
    /// Shim: the schedule in the file format as JSON, made from the YAML the writer writes (whose
    /// texts are all double-quoted and numbers and dates bare), keys in the file's order.
    func json(_ schedule: Schedule) -> String {
        let yaml = text(schedule)
        guard let node = try? Yams.compose(yaml: yaml) else { return "null" }
        return Self.json(node).text
    }

    private static func json(_ node: Node) -> JSONValue {
        switch node {
        case .mapping(let mapping):
            return .object(mapping.map { ($0.key.string ?? "", json($0.value)) })
        case .sequence(let sequence):
            return .array(sequence.map(json))
        case .scalar(let scalar):
            if scalar.style == .plain {
                if let number = Int(scalar.string) { return .int(number) }
                if scalar.string == "true" || scalar.string == "false" { return .bool(scalar.string == "true") }
                if scalar.string == "null" || scalar.string == "~" || scalar.string.isEmpty { return .null }
            }
            return .string(scalar.string)
        case .alias:
            return .null
        }
    }
}
