import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension Request {
    /// The body, at most `limit` bytes (413 beyond).
    func bytes(limit: Int) async throws -> [UInt8] {
        if let length = headers[.contentLength].flatMap(Int.init), length > limit { throw APIError.tooLarge }
        do {
            let buffer = try await body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge
        }
    }

    /// A small JSON body decoded as `T` (400 when it is not one).
    func decoded<T: Decodable>(_ type: T.Type, limit: Int = 64 * 1024) async throws -> T {
        let bytes = try await bytes(limit: limit)
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw APIError.badBody
        }
    }
}

extension ServerContext {
    /// The `:month` of the route, which must be `YYYY-MM` (400 otherwise).
    func month(_ name: String = "month") throws(APIError) -> MonthID {
        let text = parameters.get(name) ?? ""
        guard let month = MonthID(text) else { throw .badMonth(String(text.prefix(40))) }
        return month
    }

    func integer(_ name: String) throws(APIError) -> Int {
        guard let text = parameters.get(name), let value = Int(text), value > 0 else { throw .notFound }
        return value
    }
}

extension User {
    var json: JSONValue {
        .object([("name", .string(name)), ("role", .string(role.rawValue)), ("unit", .optional(unit))])
    }
}
