/// A diagnostic's stable code with its text in each language.
public struct Message: Sendable, Equatable {
    public let code: String
    let vi: String
    let en: String

    public init(code: String, vi: String, en: String) {
        self.code = code
        self.vi = vi
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .vi ? vi : en
    }
}
