import CongTacModel
import Foundation
import Testing

/// The recogniser of people and groups in `leader:` texts, on the forms the published programmes use.
@Suite struct LeaderNamesTests {
    typealias M = LeaderNames.Mention

    static let cases: [(String, [M])] = [
        ("Đ/c Hoàn GD Sở", [.person("Hoàn")]),
        ("Đ/c Hoàn GD Sở, Đ/c An PGĐ Sở", [.person("Hoàn"), .person("An")]),
        ("Đ/c Bình PGĐ Sở, Đ/c Bằng PGĐ Sở", [.person("Bình"), .person("Bằng")]),
        ("Lãnh đạo Sở", [.group(.all)]),
        ("Ban Giám đốc", [.group(.all)]),
        ("các PGĐ Sở", [.group(.deputies)]),
        ("Giám đốc Sở", [.group(.director)]),
        ("Đ/c Hoàn GD Sở, các PGĐ Sở", [.person("Hoàn"), .group(.deputies)]),
        // A title after a comma is the person's, not a group.
        ("Đ/c Hoàn, GD Sở", [.person("Hoàn")]),
        ("Đ/c Hoàn Bí thư Đảng bộ, GD Sở; các PGĐ Sở", [.person("Hoàn"), .group(.deputies)]),
        ("Đ/c Hoàn - Bí thư Đảng ủy, GD Sở", [.person("Hoàn")]),
        ("Đ/c Bình PGD Sở", [.person("Bình")]),
        ("đồng chí Nguyễn Văn Hoàn, Giám đốc Sở", [.person("Nguyễn Văn Hoàn")]),
        ("Đồng chí Hoàn và đồng chí An", [.person("Hoàn"), .person("An")]),
        ("Đ/c Hoàn; Đ/c Hoàn", [.person("Hoàn")]),
        ("Đ/c Hoàn Phó Giám đốc", [.person("Hoàn")]),
        ("Văn phòng Sở", []),
        ("", []),
        ("Đ/c", []),
        ("Đ/c gd", []),
        ("Đ/c HOÀN GD Sở", [.person("HOÀN")]),
        ("Đ/c GD Sở", []),
    ]

    @Test(arguments: cases.indices)
    func recognises(_ index: Int) {
        let (text, expected) = Self.cases[index]
        #expect(LeaderNames.mentions(in: text) == expected, "\(text)")
    }

    /// Decomposed input (NFD) reads as its NFC form.
    @Test func decomposedTextIsTheSame() {
        let nfd = "Đ/c Hoàn GD Sở, Đ/c Bằng PGĐ Sở".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > "Đ/c Hoàn GD Sở, Đ/c Bằng PGĐ Sở".unicodeScalars.count)
        #expect(LeaderNames.people(in: nfd).map { $0.precomposedStringWithCanonicalMapping } == ["Hoàn", "Bằng"])
        #expect(Leader(short: "Đ/c Hoàn").isNamed(LeaderNames.people(in: nfd)[0]))
    }

    @Test func titlesBesideThePeople() {
        let found = LeaderNames.peopleWithTitles(in: "Đ/c Hoàn Bí thư Đảng bộ, GD Sở; Đ/c An PGĐ Sở")
        #expect(found.map(\.name) == ["Hoàn", "An"])
        #expect(found.map(\.title) == ["Bí thư Đảng bộ, GD Sở", "PGĐ Sở"])
    }

    @Test func groupsByTitle() {
        #expect(LeaderGroup.deputies.includes(title: "Phó Giám đốc Sở"))
        #expect(LeaderGroup.deputies.includes(title: "PGĐ Sở"))
        #expect(!LeaderGroup.deputies.includes(title: "Giám đốc Sở"))
        #expect(LeaderGroup.director.includes(title: "GD Sở"))
        #expect(!LeaderGroup.director.includes(title: nil))
        #expect(LeaderGroup.all.includes(title: nil))
    }

    @Test func leadersNamedByTheTextsWhenThereIsNoList() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let leaders = schedule.namedLeaders
        #expect(leaders.map(\.short) == ["Đ/c Hoàn", "Đ/c Bình", "Đ/c Bằng", "Đ/c An"])
        #expect(leaders.first?.title == "Bí thư Đảng bộ, GD Sở")
        #expect(schedule.leader(named: "hoàn")?.short == "Đ/c Hoàn")
        #expect(schedule.leader(named: "Đ/c Bằng")?.short == "Đ/c Bằng")
        #expect(schedule.leader(named: "lanh-dao-an")?.short == "Đ/c An")
        #expect(schedule.leader(named: "Đ/c Tuấn") == nil)
    }

    @Test func slugsCannotLeaveTheFolder() {
        #expect(Leader(short: "Đ/c Hoàn").slug == "lanh-dao-hoan")
        #expect(Leader(short: "Đ/c Nguyễn Thị Ánh").slug == "lanh-dao-nguyen-thi-anh")
        for hostile in ["../../etc/passwd", "/tmp/x", ".hidden", "a\\b", "\u{202E}x", "", "...", "Đ/c ../x"] {
            let slug = Leader(short: hostile).slug
            #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(hostile) → \(slug)")
            #expect(slug.hasPrefix("lanh-dao-") && !slug.hasSuffix("-"), "\(hostile) → \(slug)")
        }
        #expect(Slug.make("SỞ KHOA HỌC VÀ CÔNG NGHỆ") == "so-khoa-hoc-va-cong-nghe")
    }

    @Test func clockSpans() {
        #expect(ClockSpan.parse("07:30-11:30") == ClockSpan(start: 450, end: 690))
        #expect(ClockSpan.parse("7h30 – 11h") == ClockSpan(start: 450, end: 660))
        #expect(ClockSpan.parse(ClockSpan(start: 5, end: 1439).description) == ClockSpan(start: 5, end: 1439))
        for bad in ["11:30-07:30", "7:30", "25:00-26:00", "07:60-08:00", "sáng", "7:30-7:30", "07:300-08:00"] {
            #expect(ClockSpan.parse(bad) == nil, "\(bad)")
        }
    }
}
