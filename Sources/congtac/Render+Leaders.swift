import ArgumentParser
import CongTacFiles
import CongTacMessages
import CongTacModel
import CongTacRendering

extension Render {
    /// `--view`, checked with `--leader` and the formats: a leader's view is HTML, iCalendar or PDF,
    /// a week's DOCX, HTML or PDF.
    func selectedView() throws -> View {
        let language = Language.resolve(self.language.lang)
        guard let view = View(rawValue: view.lowercased()) else {
            throw ValidationError(Phrase.unsupportedView(self.view).text(language))
        }
        if leader != nil, view != .leader { throw ValidationError(Phrase.leaderNeedsView.text(language)) }
        if view == .leader, let other = try formats().first(where: { $0 != .html && $0 != .ics && $0 != .pdf }) {
            throw ValidationError(Phrase.leaderViewFormats(other.rawValue).text(language))
        }
        if view == .week, let other = try formats().first(where: { $0 == .ics }) {
            throw ValidationError(Phrase.weekViewFormats(other.rawValue).text(language))
        }
        return view
    }
}

extension RenderJob {
    /// The outputs of `--view leader` for one file: for the leader `--leader` names, or for every
    /// leader (the `leaders:` list, else the people the leader texts name), each format, as
    /// `FILE.lanh-dao-hoan.html` / `.ics`. A slug holds only `a-z0-9-`, so no leader's name can
    /// make a path outside the output folder; two leaders with the same slug get `-2`, `-3`.
    /// Nil, with an error added to `result`, when `--leader` names nobody in the file.
    func leaderOutputs(_ schedule: Schedule, file: String, into result: inout FileResult) throws -> [(path: String, data: [UInt8])]? {
        let leaders: [Leader]
        if let leaderQuery {
            guard let found = schedule.leader(named: leaderQuery) else {
                result.diagnostics.append(Diagnostic(.error, .leaderNotFound(leaderQuery, known: schedule.namedLeaders.map(\.short)),
                                                     language, at: SourceLocation(file: file, line: 1, column: 1)))
                result.failed = true
                return nil
            }
            leaders = [found]
        } else {
            leaders = schedule.namedLeaders
        }
        var used: [String: Int] = [:]
        var outputs: [(path: String, data: [UInt8])] = []
        for leader in leaders {
            let count = used[leader.slug, default: 0] + 1
            used[leader.slug] = count
            let slug = count == 1 ? leader.slug : "\(leader.slug)-\(count)"
            for format in formats {
                // The `.ics` path has no `.fragment`: `--fragment` does not change a leader's page.
                let base = PathNames.deletingExtension(outputPath(for: file, format: .ics))
                switch format {
                case .html: outputs.append((base + ".\(slug).html", try renderers.leaderPage!.renderBytes(schedule, leader: leader)))
                case .ics: outputs.append((base + ".\(slug).ics", renderers.calendar.render(schedule, leader: leader)))
                case .pdf: outputs.append((base + ".\(slug).pdf", try renderers.pdf!.renderBytes(schedule, leader: leader)))
                case .docx: continue
                }
            }
        }
        return outputs
    }
}
