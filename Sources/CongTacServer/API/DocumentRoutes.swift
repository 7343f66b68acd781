import CongTacCalendar
import CongTacFiles
import CongTacModel
import Foundation
import HTTPTypes
import Hummingbird

/// Previews (the HTML page of a draft or of the saved file) and the documents to download.
enum DocumentRoutes {
    /// The preview is shown in an iframe and carries its own `<style>`: it may style itself, load
    /// nothing, and run nothing.
    static let previewPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'self'"

    static func add(to routes: APIRoutes, state: ServerState) {
        routes.get("/api/months/:month/preview") { _, context -> Response in
            _ = try context.user()
            let (_, schedule) = try state.validSchedule(try context.month())
            return try preview(schedule, state: state)
        }

        routes.post("/api/months/:month/preview") { request, context -> Response in
            _ = try context.user(.office)
            let month = try context.month()
            let body = try await request.bytes(limit: state.settings.maxBodyBytes)
            let (schedule, _) = try state.validDraft(body, month: month)
            return try preview(schedule, state: state)
        }

        for format in [DocumentRenderers.Format.docx, .html, .pdf] {
            routes.get("/api/months/:month/document.\(format.rawValue)") { _, context -> Response in
                _ = try context.user()
                let (snapshot, schedule) = try state.validSchedule(try context.month())
                let bytes = try rendered { try state.renderers.render(schedule, format) }
                return download(bytes, format: format, name: PathNames.deletingExtension(snapshot.name))
            }
        }

        routes.get("/api/months/:month/week/:week") { _, context -> Response in
            _ = try context.user()
            let month = try context.month()
            let text = context.parameters.get("week") ?? ""
            var weekText = text, format = DocumentRenderers.Format.html
            if let dot = text.lastIndex(of: ".") {
                guard let parsed = DocumentRenderers.Format(rawValue: String(text[text.index(after: dot)...])) else {
                    throw APIError(.notFound, "bad-week", .serverBadWeek)
                }
                format = parsed
                weekText = String(text[..<dot])
            }
            guard let week = ISOWeek(parsing: weekText),
                  ISOWeek.weeks(ofYear: month.year, month: month.month).contains(week) else {
                throw APIError(.notFound, "bad-week", .serverBadWeek)
            }
            let (snapshot, schedule) = try state.validSchedule(month)
            var months: [YearMonth: Schedule] = [month.yearMonth: schedule]
            // A week across two months shows the neighbour's days when its file is there and valid.
            for neighbour in [month.previous, month.next] {
                if let other = try? state.validSchedule(neighbour).1 { months[neighbour.yearMonth] = other }
            }
            let bytes = try rendered { try state.renderers.renderWeek(week, main: schedule, months: months, format) }
            return download(bytes, format: format, name: "\(PathNames.deletingExtension(snapshot.name))-\(weekText)")
        }
    }

    static func preview(_ schedule: Schedule, state: ServerState) throws -> Response {
        let bytes = try rendered { try state.renderers.render(schedule, .html) }
        return .bytes(bytes, contentType: "text/html; charset=utf-8", headers: [.contentSecurityPolicy: previewPolicy])
    }

    /// A renderer's failure (a schedule that checks but cannot be drawn) as a 422 without its details' paths.
    static func rendered(_ body: () throws -> [UInt8]) throws(APIError) -> [UInt8] {
        do {
            return try body()
        } catch {
            throw APIError.unprocessable("render-failed", .serverRenderFailed)
        }
    }

    /// An attachment named after the month's file (RFC 6266, UTF-8 form for Vietnamese names).
    static func download(_ bytes: [UInt8], format: DocumentRenderers.Format, name: String) -> Response {
        let file = "\(name).\(format.rawValue)"
        let ascii = String(file.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = file.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._")) ?? ascii
        return .bytes(bytes, contentType: format.contentType,
                      headers: [.contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"])
    }
}
