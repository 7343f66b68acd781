extension PDFDocument {
    /// The file's bytes: the same document gives the same bytes.
    public func write() throws(PDFWriteError) -> [UInt8] {
        []
    }
}

/// Writing failed for a reason outside the document (zlib could not allocate).
public enum PDFWriteError: Error, Sendable, Equatable {
    case compression(String)
}
