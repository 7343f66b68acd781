import CongTacLoading
import CongTacMessages

/// The comments an imported file starts with: every text the importer could not place, with its
/// place in the source, where the clerk reads it first. Nothing is lost, and nothing unsure is
/// made into data.
public struct ImportNotes: ScheduleNotes {
    let kept: [KeptText]
    let language: Language

    public init(kept: [KeptText], language: Language) {
        self.kept = kept
        self.language = language
    }

    public var preamble: [ScheduleNote] {
        guard !kept.isEmpty else { return [] }
        var lines = [ScheduleNote.comment(Phrase.importKeptHeading.text(language))]
        for text in kept {
            let place = text.place.map { $0.phrase.text(language) + ": " } ?? ""
            lines.append(.comment(place + ImportText.clean(text.text)))
        }
        return lines + [.blank]
    }
}
