// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The ASan and fuzz builds set CONGTAC_WITHOUT_SERVER=1: NIO under a sanitizer is too slow for CI,
/// and the server's dependencies are not needed to fuzz the loader and renderers.
let withServer = ProcessInfo.processInfo.environment["CONGTAC_WITHOUT_SERVER"] != "1"

var package = Package(
    name: "congtac",
    // Hummingbird and hummingbird-auth need macOS 14; without the server the CLI keeps macOS 13.
    platforms: [withServer ? .macOS(.v14) : .macOS(.v13)],
    products: [
        .executable(name: "congtac", targets: ["congtac"]),
        .library(name: "CongTacModel", targets: ["CongTacModel"]),
        .library(name: "CongTacCalendar", targets: ["CongTacCalendar"]),
        .library(name: "CongTacMessages", targets: ["CongTacMessages"]),
        .library(name: "CongTacLoading", targets: ["CongTacLoading"]),
        .library(name: "CongTacRendering", targets: ["CongTacRendering"]),
        .library(name: "CongTacPDF", targets: ["CongTacPDF"]),
        .library(name: "CongTacImport", targets: ["CongTacImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        /// The only place that sees libxml2's C headers.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        /// One strict libxml2 SAX parse for every reader of XML (the DOCX parts' check, the importer).
        .target(name: "CongTacXML", dependencies: ["CLibXML2"]),
        /// zlib (libxml2 already links it): deflate, inflate and CRC-32, used only by CongTacDeflate.
        .systemLibrary(name: "CDeflateZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        /// Weekdays, date lines, the lunar calendar and public holidays.
        .target(name: "CongTacCalendar"),
        /// The schedule as pure values.
        .target(name: "CongTacModel", dependencies: ["CongTacCalendar"]),
        /// Every text a user reads, with its stable code and both languages: the CLI's and, later,
        /// the web workspace's.
        .target(name: "CongTacMessages", dependencies: ["CongTacModel", "CongTacCalendar"]),
        /// YAML/JSON → model with source locations, validation and diagnostics.
        .target(
            name: "CongTacLoading",
            dependencies: [
                "CongTacModel", "CongTacCalendar", "CongTacMessages",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        /// The template engine: Mustache parsed and compiled to a flat program, the checks of an
        /// agency's set, and the proof that an XML template renders well-formed. No C, no Foundation.
        .target(name: "CongTacTemplates"),
        /// View model, the template sets, the DOCX package, HTML and the PDF page layout.
        .target(
            name: "CongTacRendering",
            dependencies: ["CongTacModel", "CongTacCalendar", "CongTacMessages", "CongTacTemplates", "CLibXML2", "CongTacXML", "CongTacDeflate", "CongTacPDF"]
        ),
        /// DEFLATE for the ZIP and PDF writers (libdeflate's run-time library where it is, zlib
        /// otherwise) and inflating for every reader (the importer's ZIP, PNG, PDF pages).
        .target(name: "CongTacDeflate", dependencies: ["CDeflateZlib"]),
        /// The PDF file layer: objects, embedded font subsets, structure tree, PDF/A metadata, images,
        /// the signature field. Knows nothing of schedules; the page layout is drawn with it.
        .target(name: "CongTacPDF", dependencies: ["CongTacDeflate", "CongTacMessages"]),
        /// Files written whole or not at all (temporary, rename, optionally `fsync`), and paths worked
        /// out on their text: the CLI's outputs and the web workspace's saves.
        .target(name: "CongTacFiles", dependencies: ["CongTacModel"]),
        .executableTarget(
            name: "congtac",
            dependencies: [
                "CongTacModel", "CongTacCalendar", "CongTacMessages", "CongTacLoading", "CongTacRendering", "CongTacImport", "CongTacFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// load → validate → render over one input: a libFuzzer target when built with
        /// `-sanitize=fuzzer -D FUZZING`, otherwise a replayer of saved inputs (see Fuzz/README.md).
        .executableTarget(
            name: "congtac-fuzz",
            dependencies: ["CongTacModel", "CongTacMessages", "CongTacLoading", "CongTacRendering", "CongTacTemplates", "CongTacImport"]
        ),
        /// Speed in one process: `swift run -c release congtac-bench DATA_DIR` (see Benchmarks/README.md).
        .executableTarget(
            name: "congtac-bench",
            dependencies: ["CongTacModel", "CongTacMessages", "CongTacLoading", "CongTacRendering"],
            path: "Benchmarks/congtac-bench"
        ),
        /// `congtac import`: Word documents and spreadsheets → schedule, through our ZIP reader (zlib)
        /// and libxml2's streaming parser.
        .target(
            name: "CongTacImport",
            dependencies: ["CongTacModel", "CongTacCalendar", "CongTacMessages", "CongTacLoading", "CLibXML2", "CongTacXML", "CongTacDeflate"]
        ),
        /// What the test targets share: the package's paths, temporary folders, the examples, line
        /// diffs, goldens, the seeded generator and the `congtac` process runner.
        .target(
            name: "CongTacTestSupport",
            dependencies: ["CongTacLoading", "CongTacModel"],
            path: "Tests/CongTacTestSupport"
        ),
        .testTarget(name: "CongTacCalendarTests", dependencies: ["CongTacCalendar"]),
        .testTarget(name: "CongTacMessagesTests", dependencies: ["CongTacMessages", "CongTacModel", "CongTacCalendar"]),
        .testTarget(name: "CongTacLoadingTests", dependencies: ["CongTacLoading", "CongTacMessages", "CongTacModel", "CongTacTestSupport"]),
        /// swift-mustache is the reference the engine is compared with, in the tests only.
        .testTarget(
            name: "CongTacTemplatesTests",
            dependencies: ["CongTacTemplates", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(
            name: "CongTacRenderingTests",
            dependencies: [
                "CongTacRendering", "CongTacTemplates", "CongTacLoading", "CongTacMessages", "CongTacModel", "CLibXML2", "CongTacTestSupport", "CongTacPDF",
                "CongTacDeflate", "CDeflateZlib",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Goldens", "Fixtures"]
        ),
        .testTarget(
            name: "CongTacImportTests",
            dependencies: [
                "CongTacImport", "CongTacLoading", "CongTacMessages", "CongTacModel", "CongTacCalendar", "CongTacRendering",
                "CongTacTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CongTacPDFTests", dependencies: ["CongTacPDF", "CongTacMessages", "CongTacTestSupport"]),
        .testTarget(
            name: "CongTacCLITests",
            dependencies: ["congtac", "CongTacFiles", "CongTacMessages", "CongTacTestSupport", "CongTacLoading", "CongTacModel", "CongTacCalendar"],
            exclude: ["Goldens"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

if withServer {
    package.dependencies += [
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ]
    package.products += [.executable(name: "congtac-server", targets: ["congtac-server"])]
    package.targets += [
        /// `congtac serve`: the workspace on disk, its database (users, sessions, proposals,
        /// versions), the JSON API and the pages, on Hummingbird. Linked only by `congtac-server`,
        /// so that the `congtac` CLI starts without NIO.
        .target(
            name: "CongTacServer",
            dependencies: [
                "CongTacModel", "CongTacCalendar", "CongTacMessages", "CongTacLoading", "CongTacRendering", "CongTacFiles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The pages' scripts and styles, embedded by scripts/embed_web.py (EmbeddedWeb.swift).
            exclude: ["Web"]
        ),
        .executableTarget(
            name: "congtac-server",
            dependencies: [
                "CongTacServer", "CongTacMessages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CongTacServerTests",
            dependencies: [
                // The binaries ServerProcessTests runs.
                "congtac-server", "congtac",
                "CongTacServer", "CongTacLoading", "CongTacModel", "CongTacMessages", "CongTacTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
}
