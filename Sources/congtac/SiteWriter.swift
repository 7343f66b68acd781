import CongTacFiles
import CongTacMessages
import CongTacModel
import CongTacRendering
import Foundation

/// Writes a site's files: skips those whose key is unchanged, writes only bytes that differ.
struct SiteWriter: Sendable {
    let site: String
    let inputs: Set<FileIdentity>
    let templates: Set<FileIdentity>
    let old: SiteManifest
    let language: Language

    func path(_ link: SiteLink) -> String { PathNames.join(site, link.path) }

    func exists(_ link: SiteLink) -> Bool { FileManager.default.fileExists(atPath: path(link)) }

    /// The month's files, made by `render` unless the manifest says they were made with `key` and are all there.
    func month(_ month: YearMonth, key: String, render: () throws -> [[UInt8]]) -> SitePublisher.Outcome {
        group(SiteLink.MonthFile.allCases.map { SiteLink.month(month, $0) }, key: key, render: render)
    }

    /// Whether every one of `links` is there and was made with `key`.
    func isCurrent(_ links: [SiteLink], key: String) -> Bool {
        links.allSatisfy { old.outputs[$0.path] == key && exists($0) }
    }

    func group(_ links: [SiteLink], key: String, render: () throws -> [[UInt8]]) -> SitePublisher.Outcome {
        if isCurrent(links, key: key) {
            var outcome = SitePublisher.Outcome()
            outcome.unchanged = links.count
            return outcome
        }
        do {
            var outcome = write(Array(zip(links.map(\.path), try render())))
            if !outcome.failed { for link in links { outcome.keys[link.path] = key } }
            return outcome
        } catch {
            var outcome = SitePublisher.Outcome()
            outcome.diagnostics.append(RenderJob.diagnostic(forRenderOrWrite: error, language))
            outcome.failed = true
            return outcome
        }
    }

    /// Writes together those of `files` (paths in the site) whose bytes differ from the file there;
    /// `quiet`: not counted nor listed (the site's own records).
    func write(_ files: [(String, [UInt8])], quiet: Bool = false) -> SitePublisher.Outcome {
        var outcome = SitePublisher.Outcome()
        var changed: [(path: String, data: [UInt8])] = []
        for (name, bytes) in files {
            let full = PathNames.join(site, name)
            if let existing = FileManager.default.contents(atPath: full), existing.count == bytes.count, bytes.isEmpty
                || existing.withUnsafeBytes({ a in bytes.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, bytes.count) == 0 } }) {
                outcome.unchanged += 1
            } else {
                changed.append((full, bytes))
            }
        }
        do {
            try OutputWriter.writeTogether(changed, sparing: inputs, templates: templates)
            outcome.written = quiet ? [] : changed.map(\.path)
            if quiet { outcome.unchanged = 0 }
        } catch {
            outcome.diagnostics.append(RenderJob.diagnostic(for: error, language))
            outcome.failed = true
        }
        return outcome
    }
}

/// Results filled in from several threads, read once all are done.
final class Collected<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    var all: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values.map { $0! }
    }
}
