/// What a file is by its first bytes, whatever its name says.
enum FileKind: Equatable {
    case zip
    /// An OLE compound file: a Word 97–2003 `.doc`, an `.xls`, or an Office file encrypted with a
    /// password (its package sits in an `EncryptedPackage` stream).
    case compound(Compound)
    case text
    case other

    enum Compound: Equatable { case encrypted, word97, excel97, unknown }

    init(_ bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // Directory entry names are UTF-16LE; their presence tells what the file holds.
            func has(_ name: String) -> Bool {
                let pattern = name.utf8.flatMap { [$0, UInt8(0)] }
                return Self.contains(bytes, pattern)
            }
            if has("EncryptedPackage") || has("EncryptionInfo") {
                self = .compound(.encrypted)
            } else if has("WordDocument") {
                self = .compound(.word97)
            } else if has("Workbook") || has("Book") {
                self = .compound(.excel97)
            } else {
                self = .compound(.unknown)
            }
        } else if bytes.prefix(4096).allSatisfy({ $0 >= 0x09 && $0 != 0x7F || $0 == 0x0A || $0 == 0x0D }) {
            self = .text
        } else {
            self = .other
        }
    }

    /// Naive search: compound files are scanned once and only their directory holds the names.
    private static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
