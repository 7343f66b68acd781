import CongTacCalendar
import CongTacModel
#if canImport(Glibc)
import Glibc
#endif
import CongTacMessages

/// Every entry of the catalog, called with sample arguments. `CatalogTests` checks that each entry
/// the catalog's files declare is named here, so a new entry cannot skip the checks.
enum CatalogSamples {
    static let march3 = CivilDate(year: 2025, month: 3, day: 3)

    static let messages: [Message] = [
        // Catalog+Input
        .fileUnreadable(.fileProblem(.system(ENOENT))), .emptyFile, .fileTooLarge(bytes: 30_000_000, limit: 16_777_216), .binaryFile,
        .utf16("little-endian"), .notUTF8(byte: 0xE9), .legacyEncoding("TCVN3", sample: "Së"),
        .controlCharacter("\u{8}"), .invisibleCharacter("\u{202E}", kind: .bidirectionalControl), .tooDeep(limit: 64),
        .aliasExpansion, .syntax("found character that cannot start any token", hint: (vi: "gợi ý", en: "hint")),
        // Catalog+Syntax
        .yamlSyntax(YAMLExplanations.all[0].problem, hint: YAMLExplanations.all[0].hint),
        .jsonSyntax(.jsonTrailingContent), .complexKey,
        // Catalog+Schema
        .unknownFormat("2"), .unknownKey("agnecy", in: "phần đầu tệp", suggestion: "agency"),
        .duplicateKey("place", firstLine: 2), .duplicateKey("place", firstLine: nil), .missingKey("place", in: "phần đầu tệp"),
        .wrongType("sections", expected: .sequence, found: .scalar), .emptyText("place"),
        .textTooLong("text", length: 20_001, limit: 20_000), .invalidNumber("x"),
        .invalidDateFormat("date", "2025/02/03", monthOnly: false), .invalidFullDate("date", "24-11-2025"),
        .impossibleDate("date", "2025-02-30", reason: .monthLength(2, year: 2025, days: 28)),
        .invalidDay("x"), .dayOutsideMonth(30, month: "02/2025", length: 28), .reversedRange(20, 16),
        .duplicateDay("3", otherLabel: "3", otherLine: 20), .duplicateDay("3", otherLabel: "2-4", otherLine: nil), .emptyDay("3"), .missingMonth, .noSections,
        .columnCount(3),
        // Catalog+Warnings
        .weekdayMissing("03/3/2025", weekday: .monday), .weekdaysMissing([(march3, march3)], count: 1),
        .leaderDoubleBooked("Đ/c Hoàn", time: "Sáng", day: "3", otherLine: 29), .leaderDoubleBooked("Đ/c Hoàn", time: "Sáng", day: "3", otherLine: nil),
        .weekendItem(8, weekday: .saturday), .holidayItem(2, holiday: "Quốc khánh"),
        .daysOutOfOrder("3", after: "10"), .moreWarnings("weekday-missing", hidden: 3, of: 53),
        // Catalog+Template
        .templateFolderMissing, .templateUnreadable, .templateMissing, .templateSyntax(.templateNeverClosed("{{#banner}}")),
        .templateXML("mismatched tag"), .templateVariable("nmae"), .templatePartMissing("word/styles.xml"),
        .templateRelationshipMissing("rId9", relationships: "word/_rels/document.xml.rels"), .templatePartUnknown,
        .templatePartialMissing("_partials/agenda2.xml"), .templateRecursion(["_partials/a.xml", "_partials/a.xml"]),
        .templateTooDeep(limit: 64), .templateTooLarge(limit: 1 << 20), .templateHTML("{{{.}}}", place: "raw"),
        .templateHTML("{{x}}", place: "unquoted-attribute"), .templateHTML("{{x}}", place: "attribute:href"),
        .templateHTML("{{x}}", place: "element:script"), .templateHTML("{{x}}", place: "comment"),
        .templateHTML("{{x}}", place: "tag"), .templateHTML("{{#x}}", place: "section"),
        .templateOutputTooLarge(limit: 64 << 20), .templateOutside, .templateFolderUnreadable,
        .templateNotReadable(.fileProblem(.system(EACCES))), .tooManySections(4_000, limit: 3_999),
        .layoutSize(.agencyNameText, found: "13 pt", expected: "12 pt", key: "agencySize"),
        .layoutWidth(.agencyNameText, found: "79.4 mm", expected: "72 mm", key: "headerLeft"),
        // Catalog+Output
        .wouldOverwrite, .packaging("disk full"), .notWritable(.fileProblem(.system(EACCES))), .outputIsTemplate, .sameOutput(as: "a.yaml"),
        .outputIsInput, .outputIsPrevious, .outputIsDirectory, .outputExists, .draftHasErrors,
        .unexpected("some error"),
        // Catalog+Site
        .siteBusy,
        // Catalog+Week
        .weekMissingMonth("2025-W05 (27/01–02/02/2025)", month: "01/2025"), .weekSameMonth("02/2025", earlier: "a.yaml"),
        .weekNoMonth, .weekNotCovered("2025-W10 (03/03–09/03/2025)"),
        // Catalog+Inline
        .inlineSelector(".a:hover"), .inlineMarkup("unexpectedEnd"),
        // Catalog+PDF
        .characterNotInFont("漢"), .characterNotInFont("😀"), .imageNotPNG, .imageInterlaced,
        .imageTooLarge("9000 × 9000", limit: 40_000_000), .imageDamaged("IDAT"), .characterNotInFont("😀", in: "Họp 😀"),
        .imageUnreadable("chu-ky.png", .fileProblem(.system(ENOENT))),
        // Catalog+Leaders
        .unknownLeader("Đ/c Hòan", known: ["Đ/c Hoàn", "Đ/c An"]), .invalidHours("morning", "11:30-07:30"),
        .leaderNotFound("Tuấn", known: ["Đ/c Hoàn"]), .leaderNotFound("Tuấn", known: []),
        // Catalog+Import
        .importUnsupportedExtension("odt"), .importNotWhatExtensionSays("DOCX"), .importEncrypted, .importWord97,
        .importExcel97, .importCorrupt("word/document.xml"), .importExpandsTooMuch("word/document.xml", declared: 300_000_000),
        .importUnsupportedArchive("ZIP64"), .importMissingPart("word/document.xml"),
        .importXML("word/document.xml", line: 2, column: 7, "Opening and ending tag mismatch"), .importDoctype("word/document.xml"),
        .importNotUTF8, .importDraftErrors, .importUnplaced("Căn cứ Quy chế làm việc"), .importExtraColumns("ĐỊA ĐIỂM"),
        .importUnsurePairing("Phòng QLKH; Văn phòng"), .importDayUnreadable("Thứ Hai"), .importDayOtherMonth("01/4", month: "3/2025"),
        .importWeekdayMismatch(day: "06/3/2025", written: "Thứ Sáu", actual: "Thứ Năm"), .importEmptyDay("12"),
        .importDayOverlap("16-20"), .importPicture, .importFootnote, .importAgendaWithoutSection, .importUnknownTable,
        .importMonthGuessed("02/2025"), .importHeaderMissing("place"), .importSheetNotFound("Tháng 3", available: ["Bìa", "Tháng 2"]),
        .importNoAgendaColumns("Sheet1"),
        // Catalog+Server
        .monthMismatch(url: "2025-02", body: "2025-03"),
    ]

    static let phrases: [Phrase] = [
        .fileProblem(.system(ENOENT)), .fileProblem(.system(4_095)), .fileProblem(.notRegular(.directory)),
        .fileProblem(.notRegular(.fifo)), .emptyPath("--output"), .lineSeparator, .bidirectionalControl, .zeroWidth,
        .yearOutside(1900...2100), .noSuchMonth(13), .monthLength(2, year: 2025, days: 28),
        .topLevel, .key("agency"), .dayOffEntry, .sectionEntry, .agendaDayEntry, .agendaItemEntry,
        .jsonTrailingContent, .jsonEndsBeforeValue, .jsonCannotStartValue(UInt8(ascii: "x")), .jsonCannotStartValue(0x01), .jsonCommaBeforeBrace,
        .jsonKeyExpected, .jsonColonMissing(key: "place"), .jsonBraceMissing, .jsonCommaOrBraceExpected,
        .jsonCommaBeforeBracket, .jsonBracketMissing, .jsonCommaOrBracketExpected, .jsonInvalidValue,
        .jsonInvalidNumber, .jsonControlInString, .jsonLoneSurrogate("D800"), .jsonInvalidSurrogatePair,
        .jsonInvalidEscape, .jsonUnclosedString, .jsonHexDigitsExpected,
        .wrote("out/a.docx"), .wroteTemplates(to: "mau"),
        .templateUnsupportedTag("{{=<% %>=}}"), .templateUnclosedTag("{{name"), .templateEmptyTag("{{}}"),
        .templateClosesNothing("{{/b}}", open: "{{#a}}"), .templateClosesNothing("{{/b}}", open: nil),
        .templateNeverClosed("{{#a}}"),
        .checkSummary(file: "a.yaml", errors: 0, warnings: 0), .checkSummary(file: "a.yaml", errors: 2, warnings: 1),
        .unsupportedFormat("pdf"), .missingFormat, .monthNotYearMonth("2025-xx"), .monthOutOfRange("2025-13"),
        .yearUnsupported(1800, supported: 1900...2100), .agencyNameText, .mottoText, .titleText,
        .weekNotISOWeek("2025-W54"), .weekOptionsNeedWeekView, .weekViewFormats("ics"),
        .inlineNeedsFragment,
        .unsupportedView("tuan"), .leaderNeedsView, .leaderViewFormats("docx"),
        .calendarName(agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", month: "02/2025"), .calendarName(agency: "SỞ", month: nil),
        .leaderSchedule("Đ/c Hoàn"),
        .leaderName(short: "Đ/c Hoàn", name: "Nguyễn Văn Hoàn", title: "Giám đốc Sở"), .leaderName(short: "Đ/c An", name: nil, title: nil), .preparingUnit, .leadersLabel, .timeLabel, .noItemsForLeader,
        .invalidBaseURL("ftp://x"), .invalidDate("2025-02-30"), .sitePublished("site", written: 3, unchanged: 40), .siteLockNote,
        .importParagraph(37), .importTableCell(table: 2, row: 14, column: 2), .importSheetCell(sheet: "Sheet1", row: 14, column: 3),
        .importSheetCell(sheet: "Sheet1", row: 1, column: 28), .importLine(12), .importSummary(days: 21, items: 33, review: 2),
        .importKeptHeading, .importAgendaHeading, .importPlaceholderAgency, .importPlaceholderPlace, .importPlaceholderItem,
        // Catalog+Server
        .serverNotLoggedIn, .serverWrongLogin, .serverThrottled(seconds: 900), .serverCSRF, .serverForbidden,
        .serverBadMonth("2025-13"), .serverBadPath, .serverNoMonth("2025-04"), .serverMonthExists("2025-03"),
        .serverConflict("2025-02", files: ["a.yaml", "b.yaml"]), .serverStale, .serverIfMatchMissing,
        .serverInvalidSchedule, .serverFileInvalid, .serverTooLarge, .serverBadBody, .serverNotFound, .serverMethod,
        .serverInternal, .serverWriteFailed, .serverBadDay, .serverEmptyText, .serverNoUnit, .serverNotPending,
        .serverNoAgenda, .serverReasonMissing, .serverNoVersion, .serverBadUserName, .serverWeakPassword,
        .serverBadRole, .serverUserExists("vp"), .serverNoUser("vp"), .serverLastOffice, .serverBadWeek,
        .serverRenderFailed, .serverFirstAccount(name: "vanthu", password: "abcdEFGH2345jkmn"),
        .serverListening("127.0.0.1:8080", workspace: "examples"), .serverDiskVersion("2025-02"),
        .serverPasswordPrompt, .serverPasswordAgain, .serverPasswordsDiffer, .serverUserAdded("vp"),
        .serverUserRemoved("vp"), .serverPasswordChanged("vp"), .serverBadListen("8080"), .serverNoWorkspace("lich"),
        .serverDatabaseFailed("disk I/O error"), .serverBinaryMissing("/usr/local/bin/congtac-server"),
        .serverTLSUnsupported, .serverNoLeader,
    ] + YAMLExplanations.all.flatMap { [$0.problem] + ($0.hint.map { [$0] } ?? []) }

    /// The pages of `congtac serve` (Catalog+Pages), and the scripts' table of them.
    static let pageTexts: [Phrase] = [
        PageText.appName, PageText.skip, PageText.navMonths, PageText.navUsers, PageText.navMain, PageText.logout,
        PageText.loading, PageText.noScript, PageText.loginTitle, PageText.username, PageText.password,
        PageText.loginButton, PageText.monthsTitle, PageText.monthsCaption, PageText.monthsEmpty, PageText.colMonth,
        PageText.colFile, PageText.colState, PageText.colErrors, PageText.colWarnings, PageText.colUpdated,
        PageText.newMonth, PageText.newMonthField, PageText.newMonthFrom, PageText.newMonthHint,
        PageText.newMonthButton, PageText.monthLinks, PageText.backToMonth, PageText.reviewEmpty, PageText.colDay,
        PageText.colTime, PageText.colText, PageText.colUnit, PageText.colLeader, PageText.colProposer,
        PageText.colDecision, PageText.colVersion, PageText.colAt, PageText.colAuthor, PageText.colKind,
        PageText.colActions, PageText.historyEmpty, PageText.usersTitle, PageText.colName, PageText.colRole,
        PageText.addUser, PageText.addUserButton, PageText.passwordHint, PageText.roleOffice, PageText.roleUnit,
        PageText.roleLeader, PageText.notFoundTitle, PageText.notFoundText, PageText.forbiddenTitle,
        PageText.forbiddenText, PageText.monthTitle("02", "2025"), PageText.reviewTitle("02", "2025"),
        PageText.historyTitle("02", "2025"),
    ] + PageText.script.values.map { $0 }

    /// Entries declared outside `extension Message`/`extension Phrase` that are named here by their
    /// type: the explanations table and the value kinds.
    static let otherEntries = ["all", "vi", "en"]
}
