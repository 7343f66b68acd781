import Foundation
import Testing

/// `congtac publish FILE… --output SITE` (issue #13, item 4): what a portal editor copies to a server.
@Suite struct PublishCommandTests {
    let files = [example("khcn-ha-tinh-2023-07"), example("khcn-ha-tinh-2025-02")]
    let old = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01: a time no run of the tests writes

    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Every file of the site, by its path in the site.
    func listing(_ site: URL) -> [String] {
        let names = FileManager.default.enumerator(atPath: site.path)?.compactMap { $0 as? String } ?? []
        return names.filter { name in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: site.appendingPathComponent(name).path, isDirectory: &folder) && !folder.boolValue
        }.sorted()
    }

    /// Sets every file's modification time to 2000-01-01, so that a rewrite shows without waiting.
    func age(_ site: URL) throws {
        for name in listing(site) {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: site.appendingPathComponent(name).path)
        }
    }

    func rewritten(_ site: URL) throws -> Set<String> {
        Set(try listing(site).filter {
            (try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent($0).path)[.modificationDate] as? Date) != old
        })
    }

    /// The `href`s of an HTML page.
    func links(_ page: String) -> [String] {
        page.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func theSiteHasEveryPartAndEveryLinkResolves() throws {
        let site = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try congtac(["publish"] + files + ["--output", site.path, "--today", "2025-02-18"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = Set(listing(site))
        for month in ["2023-07", "2025-02"] {
            for suffix in [".html", ".docx", ".pdf", ".fragment.html", ".inline.html"] {
                #expect(names.contains(month + suffix), "\(month + suffix)")
            }
        }
        for name in ["index.html", "lich.ics", "feed.xml", "sitemap.xml", "2025-W08.html", "2023-W27.html", "2025-W08.pdf",
                     "lanh-dao/lanh-dao-hoan.html", "lanh-dao/lanh-dao-hoan.ics"] {
            #expect(names.contains(name), "\(name)")
        }
        // Every leader's page has its calendar beside it, and nothing of a leader is outside `lanh-dao/`.
        let leaders = names.filter { $0.hasPrefix("lanh-dao/") }
        #expect(!leaders.isEmpty)
        #expect(Set(leaders.filter { $0.hasSuffix(".html") }.map { $0.dropLast(5) + ".ics" }) == Set(leaders.filter { $0.hasSuffix(".ics") }))

        // The index: newest programme first, the current week (the one holding --today) before them all.
        let index = try text(site.appendingPathComponent("index.html"))
        let current = try #require(index.range(of: "2025-W08.html"))
        let february = try #require(index.range(of: "href=\"2025-02.html\""))
        let july = try #require(index.range(of: "href=\"2023-07.html\""))
        #expect(current.lowerBound < february.lowerBound && february.lowerBound < july.lowerBound)
        #expect(index.contains("tuần này"))
        for download in ["2025-02.docx", "2025-02.pdf", "2025-02.fragment.html", "2025-02.inline.html"] {
            #expect(index.contains("href=\"\(download)\""))
        }

        // Every link of every page is a file of the site; no page has a script or an outside resource.
        for name in names where name.hasSuffix(".html") && !name.hasSuffix(".fragment.html") && !name.hasSuffix(".inline.html") {
            let page = try text(site.appendingPathComponent(name))
            let folder = (name as NSString).deletingLastPathComponent
            for link in links(page) {
                let target = URL(fileURLWithPath: site.appendingPathComponent(folder).appendingPathComponent(link).path).standardized
                #expect(FileManager.default.fileExists(atPath: target.path), "\(name): \(link)")
                #expect(target.path.hasPrefix(site.standardized.path), "\(name): \(link)")
            }
            #expect(!page.contains("<script") && !page.contains("src=\"http") && !page.contains("url(http"), "\(name)")
        }

        // A week links to the weeks around it; the first and last weeks of the site only one way.
        let week = try text(site.appendingPathComponent("2025-W08.html"))
        #expect(week.contains("rel=\"prev\" href=\"2025-W07.html\"") && week.contains("rel=\"next\" href=\"2025-W09.html\""))
        #expect(week.contains("LỊCH CÔNG TÁC TUẦN"))
        // … and to its electronic document, which is a PDF.
        #expect(week.contains("href=\"2025-W08.pdf\""))
        #expect(try Data(contentsOf: site.appendingPathComponent("2025-W08.pdf")).starts(with: Array("%PDF-".utf8)))
        let first = try text(site.appendingPathComponent("2023-W26.html"))
        #expect(!first.contains("rel=\"prev\"") && first.contains("rel=\"next\" href=\"2023-W27.html\""))
        let leader = try text(site.appendingPathComponent("lanh-dao/lanh-dao-hoan.html"))
        #expect(leader.contains("href=\"../index.html\"") && leader.contains("href=\"lanh-dao-hoan.ics\""))
        #expect(leader.contains("THÁNG 02 NĂM 2025") && leader.contains("THÁNG 7 NĂM 2023"))

        // The feed: one entry per programme, ids as tag: URIs, links to the month pages.
        let feed = try text(site.appendingPathComponent("feed.xml"))
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        #expect(feed.contains("<id>tag:") && feed.contains("href=\"2025-02.html\""))
        let calendar = try text(site.appendingPathComponent("lich.ics"))
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR") && calendar.contains("DTSTART;VALUE=DATE:20250201")
                && calendar.contains("20230703"))
    }

    @Test func baseURLMakesTheFeedAndSitemapAbsolute() throws {
        let site = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try congtac(["publish", files[1], "--output", site.path, "--base-url", "https://portal.example/lich"])
        #expect(result.status == 0, "\(result.stderr)")
        let sitemap = try text(site.appendingPathComponent("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://portal.example/lich/index.html</loc>"))
        #expect(sitemap.contains("<loc>https://portal.example/lich/2025-W08.html</loc>"))
        #expect(try text(site.appendingPathComponent("feed.xml")).contains("href=\"https://portal.example/lich/2025-02.html\""))
        // A today the site does not cover: the newest week comes first, named so.
        let later = try congtac(["publish", files[1], "--output", site.path, "--today", "2031-05-04"])
        #expect(later.status == 0, "\(later.stderr)")
        let index = try text(site.appendingPathComponent("index.html"))
        #expect(index.contains("tuần mới nhất") && index.contains("2025-W09.html"))
        #expect(try #require(index.range(of: "2025-W09.html")).lowerBound < #require(index.range(of: "2025-W05.html")).lowerBound)
        let bad = try congtac(["publish", files[1], "--output", site.path, "--base-url", "javascript:alert(1)"])
        #expect(bad.status != 0 && bad.stderr.contains("--base-url"))
    }

    /// Publishing again writes only what changed; a month that did not change is not rendered again.
    @Test func republishingRewritesOnlyWhatChanged() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let february = folder.appendingPathComponent("2025-02.yaml")
        try FileManager.default.copyItem(atPath: files[1], toPath: february.path)
        let site = folder.appendingPathComponent("site")
        let arguments = ["publish", files[0], february.path, "--output", site.path, "--today", "2025-02-18"]
        #expect(try congtac(arguments).status == 0)
        try age(site)

        let same = try congtac(arguments)
        #expect(same.status == 0, "\(same.stderr)")
        let untouched = try rewritten(site)
        #expect(untouched.isEmpty, "\(untouched)")

        // One item of 18 February changes: that month's files, its week, the leaders and the calendars.
        let edited = try text(february).replacingOccurrences(of: "Kiểm tra cơ sở", with: "Kiểm tra cơ sở sản xuất")
        try edited.write(to: february, atomically: true, encoding: .utf8)
        let again = try congtac(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        let changed = try rewritten(site)
        #expect(changed.contains("2025-02.html") && changed.contains("2025-02.docx") && changed.contains("lich.ics"))
        #expect(changed.allSatisfy { !$0.hasPrefix("2023-") }, "\(changed)")
        // Only the months' files that changed were rendered: July 2023 is not named among the writes.
        #expect(!again.stdout.contains("2023-07"))
        // What was kept from the last run is what a fresh publish gives: the same site, byte for byte.
        let fresh = folder.appendingPathComponent("fresh")
        #expect(try congtac(["publish", files[0], february.path, "--output", fresh.path, "--today", "2025-02-18"]).status == 0)
        #expect(listing(fresh) == listing(site))
        for name in listing(site) where name != ".congtac-site.json" {
            #expect(try Data(contentsOf: site.appendingPathComponent(name)) == Data(contentsOf: fresh.appendingPathComponent(name)), "\(name)")
        }
    }

    /// One bad file among many: named where `check` names it, nothing written for it, its month's
    /// pages as they were, the rest published, status 1.
    @Test func aBadFileLeavesItsMonthAsItWas() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let february = folder.appendingPathComponent("2025-02.yaml")
        try FileManager.default.copyItem(atPath: files[1], toPath: february.path)
        let site = folder.appendingPathComponent("site")
        let arguments = ["publish", files[0], february.path, "--output", site.path, "--today", "2025-02-18"]
        #expect(try congtac(arguments).status == 0)
        try age(site)
        let before = try Data(contentsOf: site.appendingPathComponent("2025-02.html"))

        try (try text(february).replacingOccurrences(of: "date: 2025-02-03", with: "date: 2025-02-30")).write(to: february, atomically: true, encoding: .utf8)
        let result = try congtac(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains(february.path + ":8:") && result.stderr.contains("error:"), "\(result.stderr)")
        // Nothing changed but the file that failed: the site, calendars included, is as it was.
        let changed = try rewritten(site)
        #expect(changed.isEmpty, "\(changed)")
        #expect(try Data(contentsOf: site.appendingPathComponent("2025-02.html")) == before)
        // The index still lists the month whose pages stay.
        #expect(try text(site.appendingPathComponent("index.html")).contains("href=\"2025-02.html\""))
    }

    /// A month published before and not given again stays in the site, in its calendars and links.
    @Test func publishingOneMonthKeepsTheOthers() throws {
        let site = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let arguments = ["--output", site.path, "--today", "2025-02-18"]
        #expect(try congtac(["publish"] + files + arguments).status == 0)
        try age(site)
        let result = try congtac(["publish", files[1]] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let changed = try rewritten(site)
        #expect(changed.isEmpty, "\(changed)")
        #expect(try text(site.appendingPathComponent("lich.ics")).contains("20230703"))
    }

    /// What a killed run left in the site (a temporary nobody holds) is removed by the next run.
    @Test func aKilledRunsTemporariesAreSwept() throws {
        let site = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try congtac(["publish", files[1], "--output", site.path]).status == 0)
        let left = [".index.html.\(UUID().uuidString).tmp", "lanh-dao/.lanh-dao-hoan.ics.\(UUID().uuidString).tmp",
                    ".2025-W08.html.\(UUID().uuidString).tmp"]
        for name in left { try Data("x".utf8).write(to: site.appendingPathComponent(name)) }
        #expect(try congtac(["publish", files[1], "--output", site.path]).status == 0)
        for name in left { #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(name).path), "\(name)") }
    }

    /// A month's entry in the feed is dated when that version was first published; the others keep theirs.
    @Test func theFeedDatesEachVersion() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let february = folder.appendingPathComponent("2025-02.yaml")
        try FileManager.default.copyItem(atPath: files[1], toPath: february.path)
        let site = folder.appendingPathComponent("site").path
        #expect(try congtac(["publish", files[0], february.path, "--output", site, "--today", "2025-02-18"]).status == 0)
        try (try text(february).replacingOccurrences(of: "Kiểm tra cơ sở", with: "Kiểm tra")).write(to: february, atomically: true, encoding: .utf8)
        #expect(try congtac(["publish", files[0], february.path, "--output", site, "--today", "2025-02-20"]).status == 0)
        let feed = try text(URL(fileURLWithPath: site).appendingPathComponent("feed.xml"))
        let entries = feed.components(separatedBy: "<entry>").dropFirst()
        let new = try #require(entries.first { $0.contains("ctr-2025-02") }), old = try #require(entries.first { $0.contains("ctr-2023-07") })
        #expect(new.contains("<updated>2025-02-20T00:00:00Z</updated>") && old.contains("<updated>2025-02-18T00:00:00Z</updated>"))
    }

    /// An agency's template set made before the site has no site templates, and is told so.
    @Test func anOlderTemplateSetIsToldWhatIsMissing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("mau")
        #expect(try congtac(["templates", "export", templates.path]).status == 0)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("html/site-week.html"))
        let result = try congtac(["publish", files[1], "--output", folder.appendingPathComponent("site").path, "--templates", templates.path])
        #expect(result.status == 1 && result.stderr.contains("site-week.html") && result.stderr.contains("[template-missing]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/index.html").path))
    }

    @Test func twoFilesForOneMonthAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("copy.yaml")
        try FileManager.default.copyItem(atPath: files[1], toPath: copy.path)
        let result = try congtac(["publish", files[1], copy.path, "--output", folder.appendingPathComponent("site").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(copy.path + ":1:1: error:") && result.stderr.contains("[week-same-month]"))
    }

    /// Whatever a leader is called, their page and calendar are in `lanh-dao/`, and their name is text.
    @Test func leaderNamesStayInTheirFolderAndAreEscaped() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var source = try String(contentsOfFile: files[1], encoding: .utf8)
        source += "\nleaders:\n  - {short: \"Đ/c Hoàn\", name: \"../../<b>Hoàn</b> & co\"}\n  - {short: \"/etc/passwd\"}\n  - {short: \"..\"}\n"
        let file = folder.appendingPathComponent("lich.yaml")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let site = folder.appendingPathComponent("site")
        let result = try congtac(["publish", file.path, "--output", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["lich.yaml", "site"])
        let names = listing(site)
        #expect(names.filter { $0.contains("hoan") || $0.contains("passwd") }.allSatisfy { $0.hasPrefix("lanh-dao/") })
        let index = try text(site.appendingPathComponent("index.html"))
        #expect(index.contains("&lt;b&gt;Hoàn&lt;/b&gt; &amp; co") && !index.contains("<b>Hoàn"))
    }
}

extension PublishCommandTests {
    /// A second `publish` to a site another one is writing (a scheduled run and a hand run) stops at
    /// once with `site-busy` and writes nothing; once the first is gone, even killed, the site is free.
    @Test func oneRunWritesASiteAtATime() throws {
        let site = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let arguments = ["publish", files[1], "--output", site.path, "--today", "2025-02-18"]
        // posix_spawn, not `Process`: the test runner's blocked signals must not reach the child.
        let first = try spawnWithDefaultSignals([congtacBinary.path] + arguments, environment: ["CONGTAC_TEST_HOLD_TEMPORARIES=30"])
        var stopped = false
        func stop() {
            guard !stopped else { return }
            stopped = true
            kill(first, SIGTERM)
            var status: Int32 = 0
            waitpid(first, &status, 0)
        }
        defer { stop() }
        // The first run holds its first temporaries, hence the lock.
        let deadline = Date().addingTimeInterval(20)
        while !listing(site).contains(where: { $0.hasSuffix(".tmp") }), Date() < deadline { usleep(20_000) }
        #expect(listing(site).contains { $0.hasSuffix(".tmp") })
        // The first run may still be writing the rest of its temporaries, never renaming one (it holds 30 s):
        // any other file that appears would be the second run's.
        let finished = { listing(site).filter { !$0.hasSuffix(".tmp") } }
        let during = finished()
        let second = try congtac(arguments)
        #expect(second.status == 1)
        #expect(second.stderr.contains("[site-busy]") && second.stderr.contains("\(site.path):1:1: error:"), "\(second.stderr)")
        #expect(finished() == during)
        stop()
        let third = try congtac(arguments)
        #expect(third.status == 0, "\(third.stderr)")
        // The lock file says what it is (and is never empty: Foundation's `Data(contentsOf:)` leaks on an empty file).
        #expect(try text(site.appendingPathComponent(".congtac-site/lock")).hasPrefix("congtac publish giữ tệp này"))
        #expect(listing(site).contains("2025-02.html") && !listing(site).contains { $0.hasSuffix(".tmp") })
    }
}
