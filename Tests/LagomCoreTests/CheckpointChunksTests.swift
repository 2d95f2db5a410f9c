import Testing

@testable import LagomCore

/// A checkpoint body read in pieces, as the store reads its file: however the pieces fall (inside a
/// varint, a text, a note), the session is the one that was saved; a body that ends early or runs
/// past its length is refused.
@Suite struct CheckpointChunksTests {
    func pieces(of bytes: [UInt8], size: Int, count: Int? = nil) -> CheckpointChunks {
        var offset = 0
        return CheckpointChunks(count: count ?? bytes.count) {
            guard offset < bytes.count else { return nil }
            defer { offset += size }
            return bytes[offset..<min(offset + size, bytes.count)]
        }
    }

    @Test(arguments: [1, 2, 3, 7, 64, 100_000])
    func aBodyInPiecesReadsAsTheWhole(size: Int) throws {
        let recorder = try NoteIndexTests().recorded()
        let checkpoint = recorder.session.checkpoint()
        let restored = try Session(
            plan: Fixtures.plan, rest: checkpoint.rest, body: pieces(of: Array(checkpoint.body), size: size))
        #expect(restored.state == recorder.session.state)
        #expect(restored.eventCount == recorder.session.eventCount)
    }

    @Test func aBodyCutShortOrTooLongIsRefused() throws {
        let checkpoint = try NoteIndexTests().recorded().session.checkpoint()
        let body = Array(checkpoint.body)
        for (bytes, count) in [(Array(body.dropLast(3)), body.count), (body, body.count + 5), (body + [0], body.count)]
        {
            #expect(throws: SessionCheckpoint.Malformed.self) {
                _ = try Session(
                    plan: Fixtures.plan, rest: checkpoint.rest, body: pieces(of: bytes, size: 5, count: count))
            }
        }
    }
}
