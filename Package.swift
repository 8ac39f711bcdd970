// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Kuzet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kuzet", targets: ["kuzet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Value types and controlled vocabularies; no I/O.
        .target(name: "CivicModel"),
        // The storage protocol and an in-memory implementation.
        .target(name: "Archive", dependencies: ["CivicModel", .product(name: "Crypto", package: "swift-crypto")]),
        // Kazakhstan's regions, cities and districts with their spelling variants; finds places named in text.
        .target(name: "Gazetteer", dependencies: ["CivicModel"], resources: [.copy("Resources")]),
        // The embedded default: SQLite through GRDB.
        .target(name: "ArchiveSQLite", dependencies: ["Archive", .product(name: "GRDB", package: "GRDB.swift")]),
        // For teams: PostgreSQL through postgres-nio, with a connection pool.
        .target(name: "ArchivePostgres", dependencies: [
            "Archive", "CivicModel", .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // The versioned legal knowledge base, working-day calendar and rules engines.
        .target(
            name: "LawBook",
            dependencies: ["CivicModel", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        // The curated demo archive drawn from the seed reports, with synthetic records for access control.
        .target(name: "DemoData", dependencies: ["CivicModel", "Archive", "Gazetteer"], resources: [.copy("Resources")]),
        // Names as written (in reports, imports and forms) to the archive's records, across transliterations.
        .target(name: "RecordLinking", dependencies: ["CivicModel", "Archive", "Gazetteer"]),
        // Reports (text, HTML, PDF) in, proposed incidents with their passages out; no database, no HTTP.
        .target(name: "ReportReader", dependencies: ["CivicModel", "Gazetteer"], resources: [.process("Resources")]),
        // Statistics, the civic-space rating, SVG charts and map, generated reports and exports.
        .target(
            name: "Analysis",
            dependencies: ["CivicModel", "LawBook", "Archive", "Gazetteer", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Resources")]
        ),
        // The web application: HTML pages, JSON API, OpenAPI document, sessions and access control.
        .target(
            name: "WebApp",
            dependencies: [
                "CivicModel", "Archive", "Gazetteer", "LawBook", "Analysis", "RecordLinking",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]
        ),
        // The executable: argument parsing and wiring; the one place that picks SQLite or PostgreSQL.
        .executableTarget(
            name: "kuzet",
            dependencies: [
                "CivicModel", "Archive", "ArchiveSQLite", "ArchivePostgres", "Gazetteer", "LawBook", "DemoData",
                "ReportReader", "RecordLinking", "Analysis", "WebApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(name: "CivicModelTests", dependencies: ["CivicModel"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "ArchiveSQLite", "ArchivePostgres", "RecordLinking", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer"]),
        .testTarget(name: "LawBookTests", dependencies: ["LawBook"]),
        .testTarget(name: "DemoDataTests", dependencies: ["DemoData", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "ReportReaderTests", dependencies: ["ReportReader", "CivicModel", "Gazetteer"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "DemoData", "Archive", "LawBook"]),
        .testTarget(
            name: "WebAppTests",
            dependencies: ["WebApp", "Archive", "CivicModel", "LawBook", "Analysis", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "KuzetCLITests", dependencies: ["kuzet", "ArchivePostgres", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
