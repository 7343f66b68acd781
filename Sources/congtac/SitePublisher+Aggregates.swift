import CongTacCalendar
import CongTacMessages
import CongTacModel
import CongTacRendering
import Foundation

/// What depends on every month of the site, made once the months' and weeks' files are in place.
extension SitePublisher {
    /// The leaders' pages and calendars and the agency's calendar, rendered again only when a month
    /// of the site (or congtac, or the templates) changed; the index, the feed and the sitemap, which
    /// also depend on today and on which files exist, made each time (they are small).
    func aggregates(site: [YearMonth: Loaded], entries: [YearMonth: SiteManifest.Month], weeks: [ISOWeek],
                    writer: SiteWriter, generator: String) -> [Outcome] {
        let oldestFirst = site.sorted { $0.key < $1.key }
        let newestFirst = oldestFirst.reversed().map(\.value.schedule)
        let agency = newestFirst[0].agency
        // Each leader once, by slug, named as the newest month names them.
        var leaders: [(slug: String, leader: Leader)] = []
        var seen: Set<String> = []
        for schedule in newestFirst {
            for leader in schedule.namedLeaders where seen.insert(leader.slug).inserted {
                leaders.append((leader.slug, leader))
            }
        }
        let everyMonth = Self.fingerprint(text: [generator, "site"] + oldestFirst.map { SiteLink.monthName($0.key) + $0.value.hash })
        let agencyKey = Self.fingerprint(text: [everyMonth, "agency"])
        @Sendable func leaderKey(_ slug: String, _ leader: Leader) -> String {
            Self.fingerprint(text: [everyMonth, slug, SiteCalendars.key(leader)])
        }
        let stale = leaders.filter { !writer.isCurrent([.leader(slug: $0.slug), .leader(slug: $0.slug, calendar: true)],
                                                       key: leaderKey($0.slug, $0.leader)) }
        var outcomes: [Outcome] = []

        // Each month's part of every calendar, kept from the last run when the month did not change (every core).
        let calendar = renderers.calendar
        let parts: [SiteCalendars]
        if !stale.isEmpty || !writer.isCurrent([.agencyCalendar], key: agencyKey) {
            let folder = self.site, people = leaders.map(\.leader)
            let computed = Collected<SiteCalendars>(count: oldestFirst.count)
            DispatchQueue.concurrentPerform(iterations: oldestFirst.count) { index in
                let (month, file) = oldestFirst[index]
                computed.set(index, SiteCalendars.blocks(month, schedule: file.schedule, hash: file.hash, leaders: people,
                                                         site: folder, calendar: calendar))
            }
            parts = computed.all
            outcomes.append(writer.write(zip(oldestFirst, parts).map { (SiteCalendars.path($0.0.key), $0.1.bytes) }, quiet: true))
        } else {
            parts = []
        }
        @Sendable func calendarFile(_ key: String, name: String) -> [UInt8] {
            calendar.render(blocks: parts.map { Array(($0.blocks[key] ?? "").utf8) }, name: name)
        }

        // The leaders' pages and calendars, every core: each page reads every month.
        let pages = self.pages
        let rendered = Collected<Outcome>(count: leaders.count)
        let everyone = leaders
        DispatchQueue.concurrentPerform(iterations: everyone.count) { index in
            let (slug, leader) = everyone[index]
            rendered.set(index, writer.group([.leader(slug: slug), .leader(slug: slug, calendar: true)], key: leaderKey(slug, leader)) {
                [try pages.renderLeader(leader, slug: slug, schedules: newestFirst),
                 calendarFile(SiteCalendars.key(leader), name: Phrase.leaderSchedule(leader.displayName).vi)]
            })
        }
        outcomes += rendered.all
        outcomes.append(writer.group([.agencyCalendar], key: agencyKey) {
            [calendarFile("", name: Phrase.calendarName(agency: agency.name, month: nil).vi)]
        })

        // The index, the feed and the sitemap, of the files that are there.
        let published = weeks.filter { writer.exists(SiteLink.week($0)) }
        let months = entries.keys.sorted(by: >).filter { writer.exists(SiteLink.month($0)) }
        let thisWeek = published.first { $0 == ISOWeek(containing: today) }
        let index = SiteView.Index(
            agency: agency.name, current: thisWeek ?? published.last,
            programmes: months.map { month in
                SiteView.Programme(month: month, title: entries[month]!.title,
                                   weeks: ISOWeek.weeks(ofYear: month.year, month: month.month).filter(published.contains))
            },
            leaders: leaders.map { SiteView.LeaderEntry(slug: $0.slug, name: $0.leader.displayName) },
            currentIsToday: thisWeek != nil)
        do {
            let sitemap = [SiteLink.index] + months.map { SiteLink.month($0) } + published.reversed().map { SiteLink.week($0) }
                + leaders.map { SiteLink.leader(slug: $0.slug) }
            outcomes.append(writer.write([
                (SiteLink.index.path, try pages.renderIndex(index)),
                (SiteLink.feed.path, SiteFeeds.atom(agency: agency, entries: months.map {
                    SiteFeeds.Entry(month: $0, title: entries[$0]!.title, summary: entries[$0]!.summary, updated: entries[$0]!.updated)
                }, base: base)),
                (SiteLink.sitemap.path, SiteFeeds.sitemap(sitemap, base: base)),
            ]))
        } catch {
            var failed = Outcome()
            failed.diagnostics.append(RenderJob.diagnostic(forRenderOrWrite: error, language))
            failed.failed = true
            outcomes.append(failed)
        }
        return outcomes
    }
}
