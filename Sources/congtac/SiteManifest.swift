import CongTacFiles
import CongTacModel
import CongTacRendering
import Foundation

/// What a published site remembers of itself (`SITE/.congtac-site.json`), so that publishing again
/// renders only what changed: each month's input fingerprint, and each output's key (the
/// fingerprints it was made from). A file whose key is unchanged and which still exists is not
/// rendered again; a file rendered again is written only when its bytes differ.
struct SiteManifest: Codable, Equatable {
    static let fileName = ".congtac-site.json"

    struct Month: Codable, Equatable {
        /// The input file, as given.
        var file: String
        /// `SitePublisher.fingerprint` of the loaded schedule (images included).
        var hash: String
        /// When this version of the month was first published (RFC 3339): the feed's `updated`.
        var updated: String
        var title: String
        var summary: String?
        /// `2025-W06`…: the weeks the month's days fall in.
        var weeks: [String]
    }

    var version = 1
    /// By `2025-02`.
    var months: [String: Month] = [:]
    /// By the path in the site: the key the file was last rendered with.
    var outputs: [String: String] = [:]

    /// The folder of the schedules as published, one `2025-02.json` each.
    static let storeFolder = ".congtac-site"
    /// The file a running `publish` holds its `FolderLock` on.
    static let lockFile = storeFolder + "/lock"

    static func storedPath(_ month: YearMonth) -> String { storeFolder + "/" + SiteLink.monthName(month) + ".json" }

    /// A schedule as the site stores it: the model's JSON, keys sorted, so that the same schedule
    /// gives the same bytes (and fingerprint).
    static func json(_ schedule: Schedule) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(schedule)) ?? Data())
    }

    /// The month's schedule as the site stored it, if it is there and reads.
    static func stored(_ month: YearMonth, in site: String) -> (schedule: Schedule, json: [UInt8])? {
        guard let data = FileManager.default.contents(atPath: PathNames.join(site, storedPath(month))),
              let schedule = try? JSONDecoder().decode(Schedule.self, from: data), schedule.month == month else { return nil }
        return (schedule, Array(data))
    }

    static func read(site: String) -> SiteManifest? {
        guard let data = FileManager.default.contents(atPath: PathNames.join(site, fileName)),
              let manifest = try? JSONDecoder().decode(SiteManifest.self, from: data), manifest.version == 1 else { return nil }
        return manifest
    }

    var bytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }
}
