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
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Value types and controlled vocabularies; no I/O.
        .target(name: "CivicModel"),
        // The storage protocol and an in-memory implementation.
        .target(name: "Archive", dependencies: ["CivicModel"]),
        // The embedded default: SQLite through GRDB.
        .target(name: "ArchiveSQLite", dependencies: ["Archive", .product(name: "GRDB", package: "GRDB.swift")]),
        // For teams: PostgreSQL through postgres-nio, with a connection pool.
        .target(name: "ArchivePostgres", dependencies: [
            "Archive", "CivicModel", .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .executableTarget(
            name: "kuzet",
            dependencies: [
                "CivicModel", "Archive", "ArchiveSQLite", "ArchivePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(name: "CivicModelTests", dependencies: ["CivicModel"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "ArchiveSQLite", "ArchivePostgres"]),
        .testTarget(name: "KuzetCLITests", dependencies: ["kuzet", "ArchivePostgres"]),
    ]
)
