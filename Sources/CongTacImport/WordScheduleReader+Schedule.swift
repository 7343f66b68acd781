#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CongTacCalendar
import CongTacMessages
import CongTacModel

extension WordScheduleReader {
    /// The schedule from what was read; what the document lacks comes from `--from`, or is a
    /// placeholder the clerk sees (and a warning), so that the file still loads.
    mutating func schedule() -> Schedule {
        let previous = options.previous
        var agency = previous?.agency ?? Agency(name: Phrase.importPlaceholderAgency.vi)
        if let name = header.name {
            agency = Agency(parent: header.parent, name: name, code: header.code)
        } else if previous == nil {
            warnings.append(ImportWarning(.importHeaderMissing("agency"), at: nil))
        }
        var place = header.place ?? previous?.place
        if place == nil {
            warnings.append(ImportWarning(.importHeaderMissing("place"), at: nil))
            place = Phrase.importPlaceholderPlace.vi
        }
        let date = documentDate()
        if header.date == nil { warnings.append(ImportWarning(.importHeaderMissing("date"), at: nil)) }
        var sections = self.sections
        if sections.isEmpty {
            warnings.append(ImportWarning(.importHeaderMissing("sections"), at: nil))
            sections = [Section(heading: Phrase.importAgendaHeading.vi, items: [Phrase.importPlaceholderItem.vi])]
        }
        var signature = self.signature ?? previous?.signature
        if signature?.name == previous?.signature?.name, let image = previous?.signature?.image { signature?.image = image }
        let hasAgenda = sections.flatMap(\.allSections).contains { $0.agenda != nil }
        return Schedule(
            agency: agency, number: header.number, place: place!, date: date, banner: banner,
            title: titleLines.isEmpty ? Schedule.defaultTitle : titleLines.joined(separator: "\n"),
            summary: summary, month: hasAgenda ? (month ?? options.month ?? date.yearMonth) : options.month,
            sections: sections, recipients: recipients.isEmpty ? previous?.recipients ?? [] : recipients,
            electronic: electronic.isEmpty && recipients.isEmpty ? previous?.electronic ?? [] : electronic,
            signature: signature, seal: previous?.seal, daysOff: previous?.daysOff ?? [],
            workingDays: previous?.workingDays ?? [], leaders: previous?.leaders ?? [],
            officeHours: previous?.officeHours, week: previous?.week
        )
    }

    /// The header's date, else the agenda's month (undated), else today's month.
    func documentDate() -> DocumentDate {
        if let date = header.date { return date }
        if let month = options.month ?? month { return DocumentDate(year: month.year, month: month.month) }
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return DocumentDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1)
    }
}
