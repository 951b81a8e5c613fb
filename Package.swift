// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "senfenico",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "senfenico", targets: ["senfenico"]),
        .library(name: "SenfenicoAPI", targets: ["SenfenicoAPI"]),
        .library(name: "SenfenicoSandbox", targets: ["SenfenicoSandbox"]),
        // The sample rows, frame timing and loopback list server the benchmarks share: used by
        // senfenico-bench and by the package-benchmark suite in Benchmarks/ (a package of its own).
        // (DashboardCore and Localization too: the suite drives the dashboard through them.)
        .library(name: "BenchmarkSupport", targets: ["BenchmarkSupport", "DashboardCore", "Localization"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        // The one table of user-facing text, in French and English.
        .target(name: "Localization"),
        // Everything the Senfenico API is: models, decoding, errors, validation, the async client;
        // and the seeded random generator (SplitMix64) the sandbox, dashboard and benchmark share.
        .target(
            name: "SenfenicoAPI",
            dependencies: [
                "Localization",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // A local emulator of Senfenico's test mode, served over loopback HTTP.
        .target(
            name: "SenfenicoSandbox",
            dependencies: [
                "SenfenicoAPI", "Localization",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // glibc's memmem for the lists' filter index (Swift's Glibc module does not export it).
        .target(name: "CByteSearch"),
        // The dashboard without a terminal: state, actions, reduce with one key router over one
        // stack of overlays, one generic list pane, layout, rendering into a grid of cells,
        // themes. No ncurses here, so every screen can be tested as text.
        .target(
            name: "DashboardCore",
            dependencies: [
                "Localization", "SenfenicoAPI", "QRCode", "BulkTransfers", "PaymentJournal", "CByteSearch",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // ncursesw for Swift: the headers plus tiny C shims for what Swift cannot call.
        .systemLibrary(name: "CNCursesw"),
        // The only code that touches ncurses: draws a Screen, reads keys, clicks, double clicks,
        // the wheel and resize.
        .target(name: "TerminalUI", dependencies: ["CNCursesw", "DashboardCore"]),
        // The UI loop on its own thread: keys and fetch results to reduce, effects as tasks.
        .target(
            name: "DashboardApp",
            dependencies: [
                "DashboardCore", "TerminalUI", "SenfenicoAPI", "Localization", "PaymentJournal", "BulkTransfers",
                "CSVOutput", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // The configuration file, the environment and the flags merged into one set of settings,
        // and the log file the dashboard writes to instead of the screen.
        .target(
            name: "Settings",
            dependencies: [
                "SenfenicoAPI", "Localization", "DashboardCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The local record of every charge this terminal starts, in SQLite, so that a crash or a
        // lost answer never loses or doubles a payment; and the end-of-day CSV export.
        .target(
            name: "PaymentJournal",
            dependencies: [
                "SenfenicoAPI", "Localization", "CSVOutput", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The one writer of every CSV the program makes: RFC 4180 text, and private files (0600 in
        // 0700 folders, synced, whole or not at all).
        .target(name: "CSVOutput", dependencies: ["Localization", "SenfenicoAPI"]),
        // Text to a QR code in plain Swift (ISO/IEC 18004, byte mode): the matrix of modules, a PBM
        // image and half-block terminal art. No system library, so a fresh machine builds it.
        .target(name: "QRCode"),
        // Bulk transfers from a CSV file: the checked preview, batches of at most 100, the paced
        // run with its progress (every row journaled before its batch leaves), and the result of
        // every row. No UI: the CLI and the dashboard both drive it.
        .target(
            name: "BulkTransfers",
            dependencies: [
                "SenfenicoAPI", "Localization", "CSVOutput", "PaymentJournal",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The release number, the git commit (written at build time by BuildInfoPlugin) and the
        // Swift version, for `senfenico --version`.
        .target(name: "BuildInfo", plugins: ["BuildInfoPlugin"]),
        .plugin(name: "BuildInfoPlugin", capability: .buildTool()),
        .executableTarget(
            name: "senfenico",
            dependencies: [
                "BuildInfo",
                "BulkTransfers",
                "CSVOutput",
                "DashboardApp",
                "DashboardCore",
                "Localization",
                "PaymentJournal",
                "SenfenicoAPI",
                "SenfenicoSandbox",
                "Settings",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // What the benchmarks share: seeded sample rows, frames timed as the UI loop runs them,
        // and a loopback server of one fixed charge list for timing the client's decoding.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                "DashboardCore", "Localization", "SenfenicoAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Prints list-decoding speed, dashboard frame times and peak memory; run it in release
        // mode, never as a test.
        .executableTarget(
            name: "senfenico-bench",
            dependencies: [
                "BenchmarkSupport",
                "DashboardCore",
                "Localization",
                "SenfenicoAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "SenfenicoAPITests",
            dependencies: ["SenfenicoAPI", "Localization"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SenfenicoSandboxTests",
            dependencies: [
                "SenfenicoSandbox", "SenfenicoAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "DashboardCoreTests",
            dependencies: ["DashboardCore", "SenfenicoAPI", "Localization", "BulkTransfers"],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "TerminalUITests", dependencies: ["TerminalUI", "CNCursesw", "DashboardCore", "SenfenicoAPI"]),
        .testTarget(
            name: "SettingsTests",
            dependencies: [
                "Settings", "SenfenicoAPI", "Localization", "DashboardCore",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PaymentJournalTests",
            dependencies: [
                "PaymentJournal", "SenfenicoAPI", "Localization", "CSVOutput",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "DashboardAppTests", dependencies: ["DashboardApp", "DashboardCore", "SenfenicoAPI"]),
        // Drives the senfenico binary that `swift build` made, in tmux; no target dependency needed.
        .testTarget(name: "EndToEndTests"),
        .testTarget(
            name: "ContractTests",
            dependencies: [
                "SenfenicoAPI", "SenfenicoSandbox", "Localization",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // The encoder bit for bit against committed golden symbols and the standard's tables; where
        // zbarimg is there (always under CI), every code is read back by a real decoder.
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"], resources: [.copy("Golden")]),
        .testTarget(
            name: "BulkTransfersTests",
            dependencies: ["BulkTransfers", "SenfenicoAPI", "Localization", "PaymentJournal"]),
        // Runs the senfenico binary that `swift build` made against an in-process sandbox; no
        // target dependency on the executable, as for EndToEndTests.
        .testTarget(
            name: "CLITests",
            dependencies: [
                "SenfenicoSandbox", "SenfenicoAPI", "PaymentJournal",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
