import CongTacLoading
import Foundation

/// A JSON value written with its keys in the order given (the API's answers read like the file),
/// and `raw` for JSON made elsewhere (the schedule in the file format).
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    case raw(String)

    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    public static func optional(_ number: Int?) -> JSONValue { number.map { .int($0) } ?? .null }
    public static func date(_ date: Date?) -> JSONValue { date.map { .string(ISO8601.string($0)) } ?? .null }

    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): Self.quote(value, into: &out)
        case .raw(let value): out += value
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                Self.quote(key, into: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// A JSON string; `<`, `>` and `&` escaped too, so an answer is safe inside HTML.
    static func quote(_ text: String, into out: inout String) {
        JSONText.quote(text, htmlSafe: true, into: &out)
    }
}

/// Times in the API: ISO 8601 UTC with seconds.
enum ISO8601 {
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
