import Foundation
import Testing

/// The project's rule that every source file stays at 400 lines or fewer, one concern each:
/// checked here so a growing file is split when it crosses the line, not found in a review.
@Suite struct SourceFileSizeTests {
    static let limit = 400

    @Test func everySourceFileIsAtMost400Lines() throws {
        let sources = LagomProcess.packageRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 50, "found only \(files.count) Swift files under \(sources.path)")
        var tooLong: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines =
                text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
            if lines > Self.limit {
                tooLong.append("\(file.path.dropFirst(sources.path.count + 1)): \(lines) lines")
            }
        }
        #expect(
            tooLong.isEmpty, "over \(Self.limit) lines, split by concern: \(tooLong.sorted().joined(separator: ", "))")
    }
}
