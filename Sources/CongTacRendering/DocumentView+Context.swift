import CongTacModel

/// The view as the nested dictionaries Mustache reads (faster than reflection); absent values are
/// left out, so that `{{#note}}` sections only render when there is a note.
extension DocumentView {
    func mustacheContext(extra: [String: Any] = [:]) -> [String: Any] {
        var header: [String: Any] = [
            "agencyName": self.header.agencyName, "numberLine": self.header.numberLine,
            "nationalTitle": self.header.nationalTitle, "motto": self.header.motto, "dateLine": self.header.dateLine,
        ]
        header["parentBody"] = self.header.parentBody
        var context: [String: Any] = [
            "header": header,
            "titleLines": titleLines.enumerated().map { ["text": $1, "first": $0 == 0] as [String: Any] },
            "sections": sections.map(\.context),
            "recipients": recipients,
            "electronic": electronic,
            "hasRecipients": !recipients.isEmpty,
            "hasElectronic": !electronic.isEmpty,
            "plainTitle": plainTitle,
        ]
        context["banner"] = banner
        context["summary"] = summary
        if let signature {
            var s: [String: Any] = [:]
            s["authority"] = signature.authority
            s["position"] = signature.position
            s["name"] = signature.name
            context["signature"] = s
        }
        context.merge(extra) { $1 }
        return context
    }
}

extension SectionView {
    var context: [String: Any] {
        var c: [String: Any] = [
            "level": level, "label": label, "heading": heading, "items": items,
            "style": "Heading\(min(level, 3))",
            "isLevel1": level == 1, "isLevel2": level == 2, "isLevel3": level >= 3,
        ]
        c["agenda"] = agenda?.context
        return c
    }
}

extension AgendaView {
    var context: [String: Any] {
        [
            "caption": caption,
            "columns": ["day": columns[0], "work": columns[1], "unit": columns[2], "leader": columns[3]],
            "days": days.map(\.context),
        ]
    }
}

extension DayView {
    var context: [String: Any] {
        [
            "label": label, "weekday": weekday, "rowSpan": rowSpan, "isFilled": isFilled, "isDayOff": isDayOff,
            "rows": rows.map(\.context),
        ]
    }
}

extension RowView {
    var context: [String: Any] {
        var c: [String: Any] = [
            "isFirst": isFirst, "isLead": isLead, "itemOnOwnLine": itemOnOwnLine,
            "inlineLabel": timeLabel != nil && !itemOnOwnLine,
            "isEmpty": note == nil && text == nil && itemText == nil,
        ]
        c["note"] = note
        c["text"] = text
        c["timeLabel"] = timeLabel
        c["itemText"] = itemText
        c["unit"] = unit
        c["leader"] = leader
        return c
    }
}
