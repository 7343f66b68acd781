import Foundation
// A plain `swift build -c release` builds this target too, where Swift Testing is not on the search
// path; the tests always have it.
#if canImport(Testing)
import Testing
#endif

/// Whether goldens are re-recorded instead of compared (`CONGTAC_RECORD=1 swift test`).
public let recordingGoldens = ProcessInfo.processInfo.environment["CONGTAC_RECORD"] == "1"

#if canImport(Testing)
/// Writes a golden and fails the test: a run that records is never green, so a blind
/// `CONGTAC_RECORD=1` cannot pass for a comparison. Review the diff, then run without it.
public func recordGolden(_ data: Data, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
    Issue.record("recorded the golden \(url.lastPathComponent) (CONGTAC_RECORD=1): review it with `git diff`, then run the tests without CONGTAC_RECORD",
                 sourceLocation: sourceLocation)
}
#endif
