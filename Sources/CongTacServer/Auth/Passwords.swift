import Foundation
import HummingbirdBcrypt

/// bcrypt, off the cooperative pool's hot path as far as possible: one hash takes ~0.25 s at cost 12.
struct Passwords: Sendable {
    let cost: UInt8

    func hash(_ password: String) async -> String {
        let cost = cost
        return await Task.detached(priority: .userInitiated) { Bcrypt.hash(password, cost: cost) }.value
    }

    func verify(_ password: String, hash: String) async -> Bool {
        await Task.detached(priority: .userInitiated) { Bcrypt.verify(password, hash: hash) }.value
    }

    /// A random password for a new account: 16 characters a clerk can copy (no 0/O, 1/l/I).
    static func random() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
