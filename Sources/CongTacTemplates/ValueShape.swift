/// What a context can hold, as a template's names see it: the fields of its objects (merged over
/// every item of a list), so that a template's names are checked as paths in scope, not as names
/// that exist somewhere. Built from a sample context that holds every optional part.
package struct ValueShape: Sendable, Equatable {
    /// The fields, when the value can be an object (or a list of objects).
    package var fields: [String: ValueShape] = [:]
    /// Whether a section on it pushes something: a list's items, an object, a string or a number
    /// (a boolean is not pushed).
    package var pushes = false

    package init() {}

    package init(of value: TemplateValue) {
        switch value {
        case .object(let object):
            pushes = true
            for (name, child) in object { fields[name, default: ValueShape()].merge(ValueShape(of: child)) }
        case .list(let items):
            for item in items { merge(ValueShape(of: item)) }
        case .string, .int:
            pushes = true
        case .bool:
            break
        }
    }

    package mutating func merge(_ other: ValueShape) {
        pushes = pushes || other.pushes
        for (name, child) in other.fields { fields[name, default: ValueShape()].merge(child) }
    }
}
