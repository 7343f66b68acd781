import Crypto

/// A file's version as HTTP names it: the first 128 bits of the SHA-256 of its bytes, quoted.
/// Computed from the bytes read for each request, so a hand edit on disk is a new ETag at once.
public enum ETag {
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        let digest = SHA256.hash(data: Array(bytes))
        return "\"" + digest.prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// Whether an `If-Match` header names `etag` (a list, `*`, and weak forms are accepted).
    public static func matches(_ header: String, _ etag: String) -> Bool {
        for candidate in header.split(separator: ",") {
            var text = candidate.trimmingCharacters(in: .whitespaces)
            if text == "*" { return true }
            if text.hasPrefix("W/") { text.removeFirst(2) }
            if text == etag { return true }
        }
        return false
    }
}

import Foundation
