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
            "usage: lagom-bench store [--folder <scratch folder>] | render [plan.json] | timekeeper-frame [plan.json] | terminal [seconds] | countdown-bytes [seconds] | secretary [--notes N] [--saves N] | faults [--rounds N] | keystroke [--notes 1000,10000] [--keys N] [--screens a,b] | make-session DIR --events N | first-frame DIR projector|secretary | cost SESSION… [--before LAGOM [--before-sessions DIR,…]] [--runs N] | arrival [--notes 0,1000,…] [--arrivals N] [--panes a,b] [--step groupwork|vattentrappa]\n"
                .utf8))
    exit(2)
}
