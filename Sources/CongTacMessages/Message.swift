/// A diagnostic's stable code with its text in each language: one entry of the catalog.
///
/// The catalog is the `Message` and `Phrase` members declared in this target's `Catalog+*.swift`
/// files; the loader, the renderer, the command line and the coming web server all take their texts
/// from there, so that a code always says the same thing.
public struct Message: Sendable, Equatable, Hashable, Codable {
    /// A stable identifier for scripts and editors, e.g. `unknown-key` (the README's Diagnostics list).
    public let code: String
    public let vi: String
    public let en: String

    public init(code: String, vi: String, en: String) {
        self.code = code
        self.vi = vi
        self.en = en
    }

    public func text(_ language: Language) -> String {
        Phrase(vi: vi, en: en).text(language)
    }
}

/// A text a user reads that is not a diagnostic (a summary line, a part of a message), in each language.
public struct Phrase: Sendable, Equatable, Hashable, Codable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The only place that picks a language's text.
    public func text(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}
