import CongTacCalendar
import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// The iCalendar feed: time labels, text rules, identity across re-publishing, determinism.
@Suite struct CalendarFeedTests {
    static let hours = OfficeHours.standard

    /// Label, item text → start and end (minutes), or nil for all day.
    static let labels: [(String?, String, ClosedRange<Int>?)] = [
        ("Sáng", "Họp", 450...690),
        ("Chiều", "Họp", 810...1020),
        ("Tối", "Văn nghệ", 1140...1260),
        ("sáng:", "Họp", 450...690),
        ("Buổi chiều", "Họp", 810...1020),
        ("Cả ngày", "Hội nghị", nil),
        (nil, "Kiểm tra cơ sở", nil),
        ("Sáng", "Kiểm tra cơ sở (cả ngày)", nil),
        ("Dự kiến", "Họp", nil),
        ("8h00", "Họp", 480...540),
        ("8h", "Họp", 480...540),
        ("14h30", "Họp", 870...930),
        ("8:00", "Họp", 480...540),
        ("8 giờ 30", "Họp", 510...570),
        ("8g30", "Họp", 510...570),
        ("Sáng 8h30", "Họp", 510...570),
        ("Chiều 2h30", "Họp", 870...930),
        ("Chiều 14h", "Họp", 840...900),
        ("Tối 19h30", "Họp", 1170...1230),
        ("8h00-10h30", "Họp", 480...630),
        ("8h00 đến 10h00", "Họp", 480...600),
        ("23h30", "Trực", 1410...1439),
        ("25h00", "Họp", nil),
    ]

    @Test(arguments: labels.indices)
    func timeLabels(_ index: Int) {
        let (label, text, expected) = Self.labels[index]
        let time = TimeLabel.eventTime(label: label, text: text, hours: Self.hours)
        switch expected {
        case nil: #expect(time == .allDay, "\(label ?? "nil") / \(text)")
        case let range?: #expect(time == .timed(start: range.lowerBound, end: range.upperBound), "\(label ?? "nil") / \(text)")
        }
    }

    @Test func officeHoursFromTheFile() {
        let early = OfficeHours(morning: ClockSpan(start: 420, end: 660), afternoon: Self.hours.afternoon, evening: Self.hours.evening)
        #expect(TimeLabel.eventTime(label: "Sáng", text: "Họp", hours: early) == .timed(start: 420, end: 660))
    }

    @Test func textIsEscaped() {
        #expect(ICSText.escape("a,b;c\\d\ne\r\nf\rg") == #"a\,b\;c\\d\ne\nf\ng"#)
        #expect(ICSText.escape("Lưu: VT, VP") == "Lưu: VT\\, VP")
        #expect(ICSText.escape("x\u{7}y\tz") == "xy\tz")
    }

    /// Lines of at most 75 octets, CRLF, never broken inside a UTF-8 sequence; unfolding gives the line back.
    @Test func linesAreFoldedAt75Octets() {
        var generator = SeededGenerator(seed: 0x1C5)
        let alphabet = Array("aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệ ,;😀中") + ["e\u{301}"]
        for _ in 0..<300 {
            let length = generator.next(400)
            let text = "SUMMARY:" + String((0..<length).map { _ in alphabet[generator.next(alphabet.count)] })
            var out: [UInt8] = []
            ICSText.fold(text, into: &out)
            // Bytes, not Strings: a String would join a continuation's space with a combining mark.
            var lines: [[UInt8]] = [[]]
            var i = 0
            while i < out.count {
                if out[i] == 0x0D, i + 1 < out.count, out[i + 1] == 0x0A {
                    lines.append([])
                    i += 2
                } else {
                    lines[lines.count - 1].append(out[i])
                    i += 1
                }
            }
            #expect(lines.last == [], "\(generator)")
            for line in lines.dropLast() {
                #expect(line.count <= 75, "\(generator)")
                #expect(String(validating: line, as: UTF8.self) != nil, "\(generator)")
                #expect(line.first.map { $0 < 0xCC || $0 > 0xCD } ?? true, "a combining mark starts a line: \(generator)")
            }
            let unfolded = lines.dropLast().enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }
            #expect(unfolded == Array(text.utf8), "\(generator)")
        }
    }

    @Test func locations() {
        #expect(ICSLocation.location(in: "Lễ khai mạc tại Hội trường Sở") == "Hội trường Sở")
        #expect(ICSLocation.location(in: "Công bố Quyết định thanh tra tại Trung tâm ứng dụng tiên bộ KHCN.")
                == "Trung tâm ứng dụng tiên bộ KHCN")
        #expect(ICSLocation.location(in: "Chương trình nghệ thuật “Điểm tựa hòa bình” tại Nghĩa trang Liệt sỹ Quốc gia Năm")
                == "Nghĩa trang Liệt sỹ Quốc gia Năm")
        #expect(ICSLocation.location(in: "Họp tại phòng họp số 2, tầng 3") == "phòng họp số 2")
        #expect(ICSLocation.location(in: "Làm việc tại UBND huyện Kỳ Anh về phát triển KH và CN") == "UBND huyện Kỳ Anh")
        // A project's name says where the project is, not where the meeting is.
        #expect(ICSLocation.location(in: "Kiểm tra tiến độ thực hiện Dự án: Ứng dụng KHKT tại huyện Hương Khê;") == nil)
        #expect(ICSLocation.location(in: "Kiểm tra tiến độ dự án “Tạo lập nhãn hiệu tại Hà Tĩnh”") == nil)
        #expect(ICSLocation.location(in: "Họp giao ban") == nil)
        #expect(ICSLocation.location(in: "Họp Hội đồng nghiệm thu Dự án thuộc chương trình NTMN: Ứng dụng tiến bộ tại tỉnh Hà Tĩnh") == nil)
        #expect(ICSLocation.location(in: "Dự lễ trao thưởng cho các cá nhân có thành tích tại Đại hội Thể thao Đông Nam Á") == nil)
        #expect(ICSLocation.location(in: "Họp UBND tỉnh: thông qua kế hoạch tại Hội trường UBND tỉnh") == "Hội trường UBND tỉnh")
        #expect(ICSLocation.location(in: "Đi thực tại cơ sở") == "cơ sở")
        #expect(ICSLocation.location(in: "Thực tại") == nil)
    }

    func schedule(_ items: [AgendaItem], day: Int = 3, more: [AgendaDay] = []) -> Schedule {
        Schedule(agency: Agency(parent: "UBND TỈNH HÀ TĨNH", name: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", code: "KHCN"),
                 place: "Hà Tĩnh", date: DocumentDate(year: 2025, month: 2, day: 3), month: YearMonth(year: 2025, month: 2),
                 sections: [Section(heading: "LỊCH", agenda: Agenda(days: [AgendaDay(days: DayRange(day), items: items)] + more))])
    }

    /// An item keeps its UID when another is inserted before it, when its time or leader change,
    /// and between the agency's feed and a leader's; two items with one text on a day differ.
    @Test func uidsSurviveRepublishing() {
        let a = AgendaItem(time: "Sáng", text: "Họp giao ban", leader: "Đ/c Hoàn GD Sở")
        let b = AgendaItem(time: "Chiều", text: "Kiểm tra cơ sở", leader: "Đ/c An PGĐ Sở")
        let inserted = AgendaItem(time: "Sáng", text: "Tiếp khách", leader: "Lãnh đạo Sở")
        let feed = CalendarFeed()
        let before = feed.events(schedule([a, b]))
        let after = feed.events(schedule([inserted, a, b]))
        #expect(before.map(\.uid) == Array(after.map(\.uid).dropFirst()))
        var moved = b
        moved.time = "14h00"
        moved.leader = "Đ/c Hoàn GD Sở"
        #expect(feed.events(schedule([a, moved]))[1].uid == before[1].uid)
        // Spacing, case and a final full stop are not a new item.
        let retyped = AgendaItem(time: "Sáng", text: "họp  giao ban.", leader: "Đ/c Hoàn GD Sở")
        #expect(feed.events(schedule([retyped, b]))[0].uid == before[0].uid)
        // The same text twice on one day: told apart by order; the second keeps its UID when an
        // item with another text is inserted.
        let twice = feed.events(schedule([b, b]))
        #expect(Set(twice.map(\.uid)).count == 2)
        #expect(feed.events(schedule([b, inserted, b])).map(\.uid).filter { twice.map(\.uid).contains($0) }.count == 2)
        // Another day is another item.
        #expect(feed.events(schedule([a], day: 4))[0].uid != before[0].uid)
        let leader = Leader(short: "Đ/c An")
        #expect(feed.events(schedule([inserted, a, b]), leader: leader).map(\.uid) == [after[0].uid, after[2].uid])
    }

    @Test func uidsAreUniqueAndBytesStableForTheExamples() throws {
        for name in exampleNames {
            let schedule = try loadExample(name)
            let events = CalendarFeed().events(schedule)
            #expect(Set(events.map(\.uid)).count == events.count, "\(name)")
            #expect(CalendarFeed().render(schedule) == CalendarFeed().render(try loadExample(name)), "\(name)")
        }
    }

    @Test func theFileHasItsFrameAndEvents() throws {
        let text = String(decoding: CalendarFeed().render(try loadExample("khcn-ha-tinh-2025-02")), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.prefix(5) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//congtac//Chuong trinh cong tac//VI",
                                    "CALSCALE:GREGORIAN", "METHOD:PUBLISH"])
        #expect(lines.contains("TZID:Asia/Ho_Chi_Minh") && lines.contains("TZOFFSETTO:+0700"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // The holiday and the first item on 3 February (Sáng: 07:30–11:30).
        #expect(text.contains("DTSTART;VALUE=DATE:20250201\r\nDTEND;VALUE=DATE:20250203\r\nSUMMARY:NGHỈ TẾT NGUYÊN ĐÁN ẤT TỴ"))
        #expect(text.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20250203T073000\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20250203T113000"))
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20250203T000000Z" })
        #expect(lines.last == "" && lines[lines.count - 2] == "END:VCALENDAR")
    }

    /// A timed item over `16-20` repeats daily; an all-day one spans the days.
    @Test func rangesAreMultiDayEvents() {
        let timed = AgendaDay(days: DayRange(17, 19), items: [AgendaItem(time: "Sáng", text: "Tập huấn")])
        let whole = AgendaDay(days: DayRange(24, 28), items: [AgendaItem(text: "Kiểm tra cơ sở")])
        let text = String(decoding: CalendarFeed().render(schedule([], more: [timed, whole])), as: UTF8.self)
        #expect(text.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20250217T073000\r\nDTEND;TZID=Asia/Ho_Chi_Minh:20250217T113000\r\nRRULE:FREQ=DAILY;COUNT=3"))
        #expect(text.contains("DTSTART;VALUE=DATE:20250224\r\nDTEND;VALUE=DATE:20250301"))
    }

    /// The leader page lists the leader's items (named, or a group with their title) and no one else's.
    @Test func leaderPage() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let renderer = try LeaderPageRenderer()
        let an = try #require(schedule.leader(named: "An"))
        let page = String(decoding: try renderer.renderBytes(schedule, leader: an), as: UTF8.self)
        #expect(page.contains("Lịch công tác của Đ/c An, PGĐ Sở"))
        // An is named on the 25th's morning, and "các PGĐ Sở" (a group with An's title) on the 3rd.
        #expect(page.contains("Lễ chào cờ, triển khai nhiệm vụ trọng tâm"))
        #expect(!page.contains("Khai mạc lễ hội Chùa Hương Tích"))
        #expect(!page.contains("NGHỈ TẾT"))
        // Escaped as everywhere else.
        var hostile = schedule
        hostile.leaders = [Leader(short: "Đ/c <script>", name: "<b>x</b>")]
        let escaped = String(decoding: try renderer.renderBytes(hostile, leader: hostile.leaders[0]), as: UTF8.self)
        #expect(!escaped.contains("<b>x</b>") && escaped.contains("&lt;b&gt;x&lt;/b&gt;"))
        #expect(escaped.contains("Không có nội dung công việc nào trong tháng."))
    }

    /// The leader template renders the same with the compiled engine and with swift-mustache.
    @Test func leaderTemplateMatchesTheReference() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let renderer = try LeaderPageRenderer()
        let leader = schedule.namedLeaders[0]
        let context = LeaderPageRenderer.context(schedule, leader: leader)
        let fast = String(decoding: try renderer.library.render(LeaderPageRenderer.template, context), as: UTF8.self)
        #expect(fast == (try renderer.library.renderReference(LeaderPageRenderer.template, context)))
    }
}
