import CongTacMessages
import Hummingbird

/// HTML responses of the pages (the security headers are the server's middleware's, on every response).
enum PageResponse {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var buffer = ByteBuffer()
        buffer.writeString(text)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: buffer))
    }

    /// To the login page, coming back to `path` afterwards.
    static func login(returningTo path: String) -> Response {
        let next = path == "/" || path.hasPrefix("/login") ? "" : "?next=" + percentEncoded(path)
        return .redirect(to: "/login" + next, type: .found)
    }

    static func notFound(user: User? = nil, language: Language = .vi) -> Response {
        message(title: PageText.notFoundTitle, text: PageText.notFoundText, user: user, language: language, status: .notFound)
    }

    static func forbidden(user: User, language: Language = .vi) -> Response {
        message(title: PageText.forbiddenTitle, text: PageText.forbiddenText, user: user, language: language, status: .forbidden)
    }

    private static func message(title: Phrase, text: Phrase, user: User?, language: Language, status: HTTPResponse.Status) -> Response {
        let body = "<p>\(text.text(language).htmlEscaped)</p>\n<p><a href=\"/months\">\(PageText.navMonths.text(language).htmlEscaped)</a></p>"
        return html(PageShell(page: "message", title: title.text(language), user: user, body: body, language: language).render(),
                    status: status)
    }

    /// A path for `?next=`: unreserved characters and `/` kept, everything else %XX.
    private static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = String(byte, radix: 16, uppercase: true)
                result += "%" + (digits.count == 1 ? "0" : "") + digits
            }
        }
        return result
    }
}
