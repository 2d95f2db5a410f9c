// swift-tools-version:6.0
import PackageDescription

// Dependencies point inward:
//   lagom (executable) -> LagomTerminal -> LagomUI -> LagomCore
//                      -> LagomLoop ----> LagomUI -> LagomCore
//                      -> LagomStore ------------------> LagomCore
// LagomCore is pure: no files, no terminal, no wall clock.
// LagomStore is the only code that touches session files.
// LagomTerminal is the only code that imports CNcursesw.
// Linux only (no `platforms` entry claims otherwise): the code imports Glibc, the store watches with
// inotify and counts time with CLOCK_BOOTTIME, and reads /proc.
let package = Package(
    name: "Lagom",
    products: [
        .executable(name: "lagom", targets: ["lagom"]),
        .executable(name: "lagom-bench", targets: ["lagom-bench"]),
    ],
    dependencies: [
        // The command line: subcommands, options, validation and help text.
        // Pinned to the minor version the offline mirror holds; bugfix releases only.
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
        // The zip container of a Word document (`lagom export --format docx`) and of its template.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "LagomCore"),
        .target(name: "LagomStore", dependencies: ["LagomCore"]),
        .target(name: "LagomUI", dependencies: ["LagomCore"]),
        .target(name: "LagomTerminal", dependencies: ["LagomUI", "LagomCore", "CNcursesw"]),
        // The loop every screen runs in (key → screen → commands → store → outcome), without a terminal.
        .target(name: "LagomLoop", dependencies: ["LagomUI", "LagomCore"]),
        .executableTarget(
            name: "lagom",
            dependencies: [
                "LagomCore", "LagomStore", "LagomUI", "LagomLoop", "LagomTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The bundled samples, carried inside the binary so `lagom` finds them from any folder.
            // Symlinks to Sessions/: the templates are kept once.
            resources: [
                .embedInCode("Samples/planeringsdagar-2024.plan.json"),
                .embedInCode("Samples/planeringsdagar-2024-resultat.plan.json"),
                .embedInCode("Samples/planeringsdagar-2024-resultat.events.jsonl"),
                .embedInCode("Samples/team-day-en.plan.json"),
            ],
            // A release binary at a fixed address: the dynamic loader then applies ~460 relocations
            // at start instead of ~86,000 (each pointer of the static Swift runtime's metadata), a
            // millisecond and 270 page faults of every pane's start-up (docs/benchmarks.md).
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "lagom-bench",
            dependencies: ["LagomCore", "LagomStore", "LagomUI", "LagomLoop"]
        ),
        // Seed 000's results, shared by the tests of the core and of the screens.
        .target(name: "SeedFixtures", path: "Tests/SeedFixtures"),
        .testTarget(name: "LagomCoreTests", dependencies: ["LagomCore", "SeedFixtures"]),
        .testTarget(name: "LagomStoreTests", dependencies: ["LagomStore", "LagomCore"]),
        // Drives the real `lagom` binary (in tmux where available); `swift test` builds it first.
        // ZIPFoundation reads back the Word documents it writes.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["LagomCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "LagomUITests", dependencies: ["LagomUI", "LagomLoop", "LagomCore", "SeedFixtures"],
            // Snapshot files are read from the source tree, not bundled.
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "LagomTerminalTests", dependencies: ["LagomTerminal", "LagomUI"]),
    ]
)
