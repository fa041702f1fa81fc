// swift-tools-version: 6.2
import PackageDescription

// Arrows point one way: plangauge (CLI) → Report → Analytics → Model ← Ingest → Records → CLibCSV, CLibXML2, ZIPFoundation.
// Report → Records too, for the workbook writer (Records → CLibXlsxWriter) that lays out the forms `template` sends.
// Synth (the deterministic sample generator) writes CSV files and depends on Model only.
// Unsafe code (pointers, unchecked exclusivity or Sendable, C calls) lives in PlanGaugeRecords and
// PlanGaugeSystem only. Every other library and the CLI are compiled with strict memory safety, its
// warnings made errors: the compiler refuses an unsafe construct there.
let safe: [SwiftSetting] = [.strictMemorySafety(), .treatWarning("StrictMemorySafety", as: .error)]

let package = Package(
    name: "PlanGauge",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plangauge", targets: ["plangauge"]),
        .library(name: "PlanGaugeIngest", targets: ["PlanGaugeIngest"]),
        .library(name: "PlanGaugeAnalytics", targets: ["PlanGaugeAnalytics"]),
        .library(name: "PlanGaugeReport", targets: ["PlanGaugeReport"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `make docs`: the DocC catalogs of the three libraries (swift package generate-documentation).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibCSV",
            path: "Sources/CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // Excel workbooks: ZIPFoundation inflates a sheet piece by piece into libxml2's push parser.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The forms `template` writes: Debian's libxlsxwriter, wrapped in PlanGaugeRecords (WorkbookWriter/).
        .systemLibrary(
            name: "CLibXlsxWriter",
            path: "Sources/CLibXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "PlanGaugeModel", swiftSettings: safe),
        // What PlanGauge needs below Foundation, behind safe signatures: threads sharing memory (a box
        // for values handed to workers, an update of an array's elements on every core, each checked in
        // debug builds to run once per element), and the C library's file, lock and stream calls.
        .target(name: "PlanGaugeSystem"),
        // Bytes → records: mapped files, chunks read in parallel and committed in order, libcsv, text
        // encodings, Excel workbooks. Bytes leave it as ByteView, bounds-checked and (debug builds)
        // checked to be read only while valid.
        .target(
            name: "PlanGaugeRecords",
            dependencies: [
                "CLibCSV", "CLibXML2", "CLibXlsxWriter", "PlanGaugeSystem",
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ]
        ),
        .target(
            name: "PlanGaugeIngest",
            dependencies: ["PlanGaugeRecords", "PlanGaugeSystem", "PlanGaugeModel", "Yams"], swiftSettings: safe
        ),
        .target(name: "PlanGaugeAnalytics", dependencies: ["PlanGaugeModel", "PlanGaugeSystem"], swiftSettings: safe),
        .target(
            name: "PlanGaugeReport",
            dependencies: ["PlanGaugeAnalytics", "PlanGaugeModel", "PlanGaugeRecords", "PlanGaugeSystem"],
            // The Word report's reference document and the script that makes it; the binary embeds
            // the same bytes (Docx/ReferenceDocx.swift).
            exclude: ["Docx/reference.docx", "Docx/make-reference-docx.py"],
            swiftSettings: safe),
        .target(name: "PlanGaugeSynth", dependencies: ["PlanGaugeModel"], swiftSettings: safe),
        .executableTarget(
            name: "plangauge",
            dependencies: [
                "PlanGaugeIngest", "PlanGaugeAnalytics", "PlanGaugeReport", "PlanGaugeSynth", "PlanGaugeSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: safe
        ),
        // Replays inputs in a plain build; `make fuzz` builds it with libFuzzer (see Makefile).
        .executableTarget(name: "PlanGaugeFuzz", dependencies: ["PlanGaugeIngest", "PlanGaugeRecords"]),
        .testTarget(name: "PlanGaugeModelTests", dependencies: ["PlanGaugeModel"]),
        .testTarget(
            name: "PlanGaugeReportTests",
            dependencies: [
                "PlanGaugeAnalytics", "PlanGaugeIngest", "PlanGaugeModel", "PlanGaugeReport", "PlanGaugeSystem"
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "PlanGaugeAnalyticsTests",
            dependencies: [
                "PlanGaugeAnalytics", "PlanGaugeIngest", "PlanGaugeModel", "PlanGaugeReport", "PlanGaugeSynth"
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PlanGaugeRecordsTests",
            dependencies: ["PlanGaugeRecords", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "PlanGaugeIngestTests",
            dependencies: [
                "PlanGaugeIngest", "PlanGaugeModel", "PlanGaugeRecords", "PlanGaugeSynth",
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            exclude: ["Fixtures"]
        )
    ]
)
