import Foundation

// A small dispatcher on the first argument, so other benchmark sections can be added as new cases.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "secretary":
    SecretaryBenchmark.run(Array(arguments.dropFirst()))
case "secretary-projector":
    // Hidden: the projector process the secretary benchmark spawns.
    SecretaryProjectorProcess.run(Array(arguments.dropFirst()))
default:
    FileHandle.standardError.write(Data("usage: lagom-bench secretary [--notes N] [--saves N]\n".utf8))
    exit(2)
}
