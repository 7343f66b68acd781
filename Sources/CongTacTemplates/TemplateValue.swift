/// A value a template reads: the view model as a small typed tree, so that rendering needs no
/// reflection and no dynamic casts.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Whether a section `{{#name}}` renders: false, empty lists and absent values do not.
    package var isTruthy: Bool {
        switch self {
        case .bool(let b): return b
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }

    /// The same value as Foundation-style dictionaries and arrays, for swift-mustache (the tests' reference).
    var anyValue: Any {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b
        case .int(let n): return n
        case .list(let items): return items.map(\.anyValue)
        case .object(let fields): return fields.dictionary.mapValues(\.anyValue)
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
}

/// A field name with a hash of its bytes, so that a search compares one machine word per field.
public struct TemplateKey: Sendable, Hashable, ExpressibleByStringLiteral {
    public let name: String
    package let tag: UInt64

    public init(_ name: String) {
        self.name = name
        // FNV-1a: names are a few bytes long.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var name = name
        name.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        tag = hash
    }

    public init(stringLiteral name: String) { self.init(name) }
}

/// The field names of one kind of object (a row, a day), made once and shared by every object of
/// that kind, so that building one allocates only its values.
public struct TemplateShape: Sendable {
    package let keys: [TemplateKey]

    public init(_ names: [String]) {
        keys = names.map { TemplateKey($0) }
    }
}

/// The fields of an object: a handful of short names each, so that a search in order is cheaper
/// than a dictionary, to build and to read. An absent value (nil) is as if its name were not there.
public struct TemplateObject: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    private var keys: [TemplateKey] = []
    private var values: [TemplateValue?] = []

    public init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        keys.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    public init(_ dictionary: [String: TemplateValue]) {
        for (key, value) in dictionary { self[TemplateKey(key)] = value }
    }

    /// An object of `shape`, with a value (or nil) for each of its names, in order.
    public init(_ shape: TemplateShape, _ values: [TemplateValue?]) {
        precondition(values.count == shape.keys.count, "one value for each name of the shape")
        keys = shape.keys
        self.values = values
    }

    public subscript(key: TemplateKey) -> TemplateValue? {
        get {
            for index in keys.indices where keys[index].tag == key.tag && keys[index].name == key.name {
                return values[index]
            }
            return nil
        }
        set {
            if let index = keys.firstIndex(where: { $0.tag == key.tag && $0.name == key.name }) {
                values[index] = newValue
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    public subscript(name: String) -> TemplateValue? {
        get { self[TemplateKey(name)] }
        set { self[TemplateKey(name)] = newValue }
    }

    /// Sets `key` only when `value` is present, so that `{{#key}}` sections skip absent values.
    package mutating func set(_ key: TemplateKey, _ value: String?) {
        if let value { self[key] = .string(value) }
    }

    /// Adds `other`'s fields, replacing those of the same name.
    package mutating func merge(_ other: TemplateObject) {
        for (key, value) in zip(other.keys, other.values) where value != nil { self[key] = value }
    }

    /// The present fields.
    private var fields: [(name: String, value: TemplateValue)] {
        zip(keys, values).compactMap { key, value in value.map { (key.name, $0) } }
    }

    package var dictionary: [String: TemplateValue] {
        Dictionary(fields.map { ($0.name, $0.value) }) { $1 }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: TemplateValue)]> {
        fields.makeIterator()
    }

    /// Equal when they have the same fields, in whatever order.
    public static func == (a: TemplateObject, b: TemplateObject) -> Bool {
        a.dictionary == b.dictionary
    }
}
