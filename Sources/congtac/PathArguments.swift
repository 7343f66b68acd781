import ArgumentParser
import CongTacMessages

/// Checks of the paths given on the command line, before any command runs.
enum PathArguments {
    /// An empty path is an error: `--output "$OUT"` with `OUT` unset would otherwise write into `/`
    /// (or, for a folder read, the working folder).
    static func requireNonEmpty(_ path: String?, name: String, _ language: Language) throws {
        guard let path, path.isEmpty else { return }
        throw ValidationError(Phrase.emptyPath(name).text(language))
    }

    static func requireNonEmpty(_ paths: [String], name: String, _ language: Language) throws {
        for path in paths { try requireNonEmpty(path, name: name, language) }
    }
}
