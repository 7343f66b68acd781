import Foundation

/// The language of messages a user reads. Vietnamese first; English on request.
public enum Language: String, Sendable, CaseIterable {
    case vi
    case en

    /// The variable that picks the language when no `--lang` is given.
    public static let environmentVariable = "CONGTAC_LANG"

    /// `--lang` wins, then `CONGTAC_LANG`, then Vietnamese.
    public static func resolve(_ flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for candidate in [flag, environment[environmentVariable]] {
            guard let raw = candidate?.lowercased() else { continue }
            if raw.hasPrefix("en") { return .en }
            if raw.hasPrefix("vi") { return .vi }
        }
        return .vi
    }
}
