import Foundation

// A small dispatcher on the first argument, so other benchmark sections can be added as new cases.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "store":
    StoreBenchmark.run(Array(arguments.dropFirst()))
case "render":
    RenderBenchmark.run(Array(arguments.dropFirst()))
case "timekeeper-frame":
    TimekeeperFrameBenchmark.run(Array(arguments.dropFirst()))
case "terminal":
    TerminalBenchmark.run(Array(arguments.dropFirst()))
case "countdown-bytes":
    CountdownBytesBenchmark.run(Array(arguments.dropFirst()))
case "cost":
    CostBenchmark.run(Array(arguments.dropFirst()))
case "arrival":
    ArrivalBenchmark.run(Array(arguments.dropFirst()))
case "make-session":
    MakeSession.run(Array(arguments.dropFirst()))
case "recheckpoint":
    Recheckpoint.run(Array(arguments.dropFirst()))
case "faults":
    FaultBenchmark.run(Array(arguments.dropFirst()))
case "first-frame":
    FirstFrame.run(Array(arguments.dropFirst()))
case "worker":
    // Hidden: helper processes spawned by the store tests and the store benchmark.
    Worker.run(Array(arguments.dropFirst()))
case "keystroke":
    KeystrokeBenchmark.run(Array(arguments.dropFirst()))
case "secretary":
    SecretaryBenchmark.run(Array(arguments.dropFirst()))
case "secretary-projector":
    // Hidden: the projector process the secretary benchmark spawns.
    SecretaryProjectorProcess.run(Array(arguments.dropFirst()))
default:
    FileHandle.standardError.write(
        Data(
            ([
                "usage: lagom-bench store [--folder <scratch folder>]",
                "       lagom-bench render [plan.json]",
                "       lagom-bench timekeeper-frame [plan.json]",
                "       lagom-bench terminal [seconds]",
                "       lagom-bench countdown-bytes [seconds]",
                "       lagom-bench secretary [--notes N] [--saves N]",
                "       lagom-bench faults [--rounds N]",
                "       lagom-bench keystroke [--notes 1000,10000] [--keys N] [--screens a,b]",
                "       lagom-bench make-session DIR --events N",
                "       lagom-bench recheckpoint DIR",
                "       lagom-bench first-frame DIR projector|secretary",
                "       lagom-bench cost SESSION… [--before LAGOM [--before-sessions DIR,…]] [--runs N]",
                "       lagom-bench arrival [--notes 0,1000,…] [--arrivals N] [--panes a,b] [--step groupwork|vattentrappa]",
            ].joined(separator: "\n") + "\n")
            .utf8))
    exit(2)
}
