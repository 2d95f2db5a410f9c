import Foundation

/// Runs `lagom-bench worker …` processes, the other processes of the multi-process tests.
enum Workers {
    /// The built `lagom-bench`, looked up next to the test bundle (the same build folder), then in
    /// the package's usual build folders.
    static let executable: String = {
        var candidates: [String] = []
        if let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var folder = (own as NSString).deletingLastPathComponent
            // Inside an .xctest bundle on other platforms: climb out of it.
            while folder.contains(".xctest") { folder = (folder as NSString).deletingLastPathComponent }
            candidates.append(folder + "/lagom-bench")
        }
        candidates.append(((Bundle.main.bundlePath as NSString).deletingLastPathComponent) + "/lagom-bench")
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        candidates.append(package + "/.build/debug/lagom-bench")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    final class Running {
        let process = Process()
        let output = Pipe()

        init(_ arguments: [String]) throws {
            guard FileManager.default.isExecutableFile(atPath: Workers.executable) else {
                throw StoreTestError("lagom-bench not built at \(Workers.executable); run `swift build` first")
            }
            process.executableURL = URL(fileURLWithPath: Workers.executable)
            process.arguments = ["worker"] + arguments
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Everything printed until the process ended, as complete lines (a line cut by a kill is dropped).
        func finish() -> (lines: [String], status: Int32) {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeLast()  // after the last newline: empty, or a line cut short
            return (lines.map(String.init), process.terminationStatus)
        }

        func kill() { Foundation.kill(process.processIdentifier, SIGKILL) }
    }
}
