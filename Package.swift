// swift-tools-version:6.1
import PackageDescription

// One module per pipeline stage; only ICUBridge sees ICU's C target (see README, "ICU"). The other C targets
// (HTML, gzip, MinHash's AVX-512 loop) take plain C types and are seen by one module each.
let package = Package(
    name: "thidua",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "thidua", targets: ["thidua"]),
        .library(name: "ThiDua", targets: ["ThiDua"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .target(name: "ICUBridge", dependencies: ["CICU"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CHTML", dependencies: ["CLibXML2"]),
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "CMinHash"),
        // mimalloc serves every malloc of the `thidua` executable (Sources/CMimalloc/allocator.c says why).
        .target(name: "CMimalloc", linkerSettings: [.linkedLibrary("mimalloc")]),
        .target(name: "ThiDuaModel"),
        .target(name: "RuleFiles", dependencies: ["ThiDuaModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "Ingest", dependencies: ["ThiDuaModel", "RuleFiles", "ICUBridge", "CHTML", "CZlib"]),
        .target(name: "Normalize", dependencies: ["ThiDuaModel", "RuleFiles", "ICUBridge"]),
        .target(name: "Clean", dependencies: ["ThiDuaModel", "RuleFiles", "Normalize"]),
        .target(name: "Segment", dependencies: ["ThiDuaModel", "RuleFiles", "ICUBridge"]),
        .target(name: "Extract", dependencies: ["ThiDuaModel", "RuleFiles", "Normalize"]),
        .target(name: "Evaluate", dependencies: ["ThiDuaModel"]),
        .target(name: "Generate", dependencies: ["ThiDuaModel", "ICUBridge"]),
        .target(name: "Store", dependencies: [
            "ThiDuaModel", "CMinHash", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Export", dependencies: ["ThiDuaModel", "Store", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "ThiDua", dependencies: ["ThiDuaModel", "RuleFiles", "Ingest", "Normalize", "Clean", "Segment", "Extract", "Evaluate",
                                            "Store", "Export", "Generate"]),
        .executableTarget(
            name: "thidua",
            dependencies: ["ThiDua", "CMimalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "thidua-bench", dependencies: ["ThiDua", "ICUBridge"]),
        .target(name: "TestSupport", dependencies: ["ThiDua"], path: "Tests/TestSupport"),
        .testTarget(name: "ICUBridgeTests", dependencies: ["ICUBridge"]),
        .testTarget(name: "RuleFilesTests", dependencies: ["RuleFiles", "TestSupport"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "ThiDua", "TestSupport"]),
        .testTarget(name: "NormalizeTests", dependencies: ["Normalize", "TestSupport"]),
        .testTarget(name: "CleanTests", dependencies: ["Clean", "TestSupport"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "ThiDua", "TestSupport", "RuleFiles"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "ThiDua", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SegmentTests", dependencies: ["Segment", "TestSupport"]),
        .testTarget(name: "ThiDuaTests", dependencies: ["ThiDua", "TestSupport"]),
        .testTarget(name: "GenerateTests", dependencies: ["Generate", "ThiDua", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
