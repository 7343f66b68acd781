import Hummingbird

/// A file of Sources/CongTacServer/Web/, embedded by scripts/embed_web.py.
struct StaticFile: Sendable {
    let contentType: String
    /// The first 16 hex digits of the SHA-256 of the text: the `?v=` of its URL and its ETag.
    let hash: String
    let text: String
}

/// `/static/NAME`: the embedded files. A URL with the file's current hash (`?v=…`, as the pages write
/// it) may be kept for a year; any other is revalidated with the ETag.
enum StaticFiles {
    /// The URL a page writes for a static file.
    static func url(_ name: String) -> String {
        guard let file = EmbeddedWeb.files[name] else { return "/static/\(name)" }
        return "/static/\(name)?v=\(file.hash)"
    }

    static func response(name: String, request: Request) -> Response {
        guard let file = EmbeddedWeb.files[name] else {
            return PageResponse.notFound()
        }
        let etag = "\"\(file.hash)\""
        let versioned = request.uri.queryParameters.get("v") == file.hash
        var headers: HTTPFields = [
            .contentType: file.contentType,
            .eTag: etag,
            .cacheControl: versioned ? "public, max-age=31536000, immutable" : "no-cache",
        ]
        if let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: { $0.filter { !$0.isWhitespace } == etag }) {
            return Response(status: .notModified, headers: headers)
        }
        var buffer = ByteBuffer()
        buffer.writeString(file.text)
        headers[.contentLength] = String(buffer.readableBytes)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: buffer))
    }
}
