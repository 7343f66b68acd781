import ArgumentParser

/// Checks of the paths given on the command line, before any command runs.
enum PathArguments {
    /// An empty path is an error: `--output "$OUT"` with `OUT` unset would otherwise write into `/`
    /// (or, for a folder read, the working folder).
    static func requireNonEmpty(_ path: String?, name: String, vietnamese: Bool) throws {
        guard let path, path.isEmpty else { return }
        throw ValidationError(vietnamese
            ? "đường dẫn \(name) rỗng; hãy cho một đường dẫn (biến môi trường chưa được đặt?)"
            : "the \(name) path is empty; give a path (an unset environment variable?)")
    }

    static func requireNonEmpty(_ paths: [String], name: String, vietnamese: Bool) throws {
        for path in paths { try requireNonEmpty(path, name: name, vietnamese: vietnamese) }
    }
}
