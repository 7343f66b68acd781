/// A value a template reads: the view model as a small typed tree, so that rendering needs no
/// reflection and no dynamic casts.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Whether a section `{{#name}}` renders: false, empty lists and absent values do not.
    var isTruthy: Bool {
        switch self {
        case .bool(let b): return b
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }

    /// The same value as Foundation-style dictionaries and arrays, for swift-mustache.
    var anyValue: Any {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b
        case .int(let n): return n
        case .list(let items): return items.map(\.anyValue)
        case .object(let fields): return fields.mapValues(\.anyValue)
        }
    }

    /// Every key of every object in the tree: the names a template may use.
    var allKeys: Set<String> {
        var result = Set<String>()
        func walk(_ value: TemplateValue) {
            switch value {
            case .object(let fields):
                for (key, child) in fields {
                    result.insert(key)
                    walk(child)
                }
            case .list(let items):
                items.forEach(walk)
            default:
                break
            }
        }
        walk(self)
        return result
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension Dictionary where Key == String, Value == TemplateValue {
    /// Sets `key` only when `value` is present, so that `{{#key}}` sections skip absent values.
    mutating func set(_ key: String, _ value: String?) {
        if let value { self[key] = .string(value) }
    }
}
