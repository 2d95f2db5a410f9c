import LagomUI
import Testing

@testable import LagomTerminal

/// Feeds one burst (one drain of get_wch) and returns the keys it produced.
private func decode(_ inputs: [RawInput], decoder: inout InputDecoder) -> [InputEvent] {
    inputs.flatMap { decoder.feed($0) } + decoder.endOfBurst()
}

private func decode(_ inputs: [RawInput]) -> [InputEvent] {
    var decoder = InputDecoder()
    return decode(inputs, decoder: &decoder)
}

private func scalars(_ text: String) -> [RawInput] {
    text.unicodeScalars.map { .scalar($0) }
}

private func keys(_ keys: Key...) -> [InputEvent] { keys.map { .key($0) } }

@Suite struct InputDecoderTests {
    @Test func swedishLettersArriveAsCharacters() {
        #expect(
            decode(scalars("åäöÅÄÖ"))
                == keys(
                    .character("å"), .character("ä"), .character("ö"),
                    .character("Å"), .character("Ä"), .character("Ö")))
    }

    @Test func decomposedLetterStaysOneCharacter() {
        #expect(decode(scalars("a\u{30A}b")) == keys(.character("a\u{30A}"), .character("b")))
    }

    @Test func emojiFamilyArrivingScalarByScalarIsOneCharacter() {
        #expect(decode(scalars("👩‍👩‍👧")) == keys(.character("👩‍👩‍👧")))
    }

    @Test(arguments: [
        ("\r", Key.enter), ("\n", .enter), ("\t", .tab), ("\u{7F}", .backspace),
        ("\u{8}", .backspace), ("\u{1}", .ctrl("a")), ("\u{17}", .ctrl("w")), ("\u{1A}", .ctrl("z")),
    ])
    func controlBytes(input: String, expected: Key) {
        #expect(decode(scalars(input)) == keys(expected))
    }

    @Test func keysAlreadyDecodedByNcursesPassThrough() {
        let all: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .delete, .backTab, .function(7)]
        #expect(decode(all.map { .key($0) }) == all.map { .key($0) })
    }

    @Test func loneEscapeIsEscapeOnlyAtEndOfBurst() {
        var decoder = InputDecoder()
        #expect(decoder.feed(.scalar("\u{1B}")) == [])
        #expect(decoder.endOfBurst() == keys(.escape))
    }

    @Test func escapeTwiceIsTwoEscapes() {
        #expect(decode(scalars("\u{1B}\u{1B}")) == keys(.escape, .escape))
    }

    @Test func altBAndAltFAreWordMotions() {
        #expect(decode(scalars("\u{1B}b\u{1B}f")) == keys(.wordLeft, .wordRight))
    }

    @Test func unboundAltLetterIsIgnoredNotEscape() {
        #expect(decode(scalars("\u{1B}xy")) == keys(.character("y")))
    }

    @Test(arguments: [
        ("\u{1B}[1;3D", Key.wordLeft), ("\u{1B}[1;3C", .wordRight), ("\u{1B}[1;5D", .wordLeft),
        ("\u{1B}[1;5C", .wordRight), ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right),
        ("\u{1B}[D", .left), ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[1~", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
        ("\u{1B}[Z", .backTab), ("\u{1B}OP", .function(1)), ("\u{1B}[15~", .function(5)),
        ("\u{1B}[24~", .function(12)), ("\u{1B}OA", .up),
    ])
    func escapeSequencesNcursesLeftUndecoded(sequence: String, expected: Key) {
        #expect(decode(scalars(sequence)) == keys(expected))
    }

    @Test func escapeFollowedByDecodedArrowIsWordMotion() {
        #expect(
            decode([.scalar("\u{1B}"), .key(.left), .scalar("\u{1B}"), .key(.right)])
                == keys(.wordLeft, .wordRight))
    }

    @Test func unknownSequenceIsDroppedAndTextAfterItSurvives() {
        #expect(decode(scalars("\u{1B}[99;1qå")) == keys(.character("å")))
    }

    @Test func textBeforeAControlKeyKeepsItsOrder() {
        #expect(decode(scalars("hej\r")) == keys(.character("h"), .character("e"), .character("j"), .enter))
    }

    @Test func bracketedPasteWithNewlinesAndSwedishLetters() {
        let pasted = scalars("\u{1B}[200~rad ett\rrad två åäö\r\nslut\u{1B}[201~")
        #expect(decode(pasted) == keys(.paste("rad ett\nrad två åäö\nslut")))
    }

    @Test func pasteDropsControlBytesButKeepsTabs() {
        let pasted = scalars("\u{1B}[200~a\tb\u{7}c\u{1B}[31md\u{1B}[201~")
        #expect(decode(pasted) == keys(.paste("a\tbc[31md")))
    }

    @Test func pasteSpanningTwoBurstsIsOnePaste() {
        var decoder = InputDecoder()
        #expect(decode(scalars("\u{1B}[200~första "), decoder: &decoder) == [])
        #expect(decoder.isInsidePaste)
        #expect(
            decode(scalars("andra\u{1B}[201~x"), decoder: &decoder)
                == keys(.paste("första andra"), .character("x")))
    }

    /// Pasted text that holds the end marker itself, then a CR: the CR and what follows stay
    /// pasted text (the terminal's own marker follows in the same burst); no key is typed.
    @Test func anEndMarkerInsideAPasteCannotTypeAKey() {
        let pasted = scalars("\u{1B}[200~P1\u{1B}[201~\rrm -rf ~\r\u{1B}[201~")
        #expect(decode(pasted) == keys(.paste("P1[201~\nrm -rf ~\n")))
        // Twice over, and with a key ncurses decoded inside it.
        var twice = scalars("\u{1B}[200~a\u{1B}[201~\r\u{1B}[201~") + [.key(.enter)] + scalars("b\u{1B}[201~")
        #expect(decode(twice) == keys(.paste("a[201~\n[201~b")))
        twice = scalars("\u{1B}[200~a\u{1B}[201~\u{1B}[201~\u{1B}[201~")
        #expect(decode(twice) == keys(.paste("a[201~[201~")))
    }

    /// Split by the terminal across two bursts, the rest still joins the paste (the terminal
    /// waits for it: `Terminal.readEvents`); once the burst is over, a key is a key.
    @Test func aPasteEndStaysOpenUntilItsBurstEnds() {
        var decoder = InputDecoder()
        #expect(decoder.feed(.scalar("\u{1B}")) == [])
        for input in scalars("[200~P1\u{1B}[201~") { #expect(decoder.feed(input) == []) }
        #expect(decoder.isClosingPaste)
        for input in scalars("\rP2\u{1B}[201~") { #expect(decoder.feed(input) == []) }
        #expect(decoder.endOfBurst() == keys(.paste("P1[201~\nP2")))
        #expect(decode(scalars("\r"), decoder: &decoder) == keys(.enter))
    }

    @Test func twoPastesInOneBurstStayTwo() {
        #expect(decode(scalars("\u{1B}[200~a\u{1B}[201~\u{1B}[200~b\u{1B}[201~")) == keys(.paste("a"), .paste("b")))
    }

    @Test func endMarkerBrokenOffIsText() {
        #expect(decode(scalars("\u{1B}[200~a\u{1B}[20b\u{1B}\u{1B}[201~")) == keys(.paste("a[20b")))
    }

    /// 200,000 characters: the first 64 KiB become the paste, the rest is dropped and reported,
    /// and what is typed after the paste arrives as usual.
    @Test func aHugePasteIsCutAndReported() {
        let total = 200_000
        var inputs = scalars("\u{1B}[200~")
        inputs += Array(repeating: RawInput.scalar("å"), count: total)  // 2 bytes each
        inputs += scalars("\u{1B}[201~x")
        let events = decode(inputs)
        let kept = InputDecoder.defaultPasteLimit / 2
        #expect(events.count == 3)
        #expect(events.first == .key(.paste(String(repeating: "å", count: kept))))
        #expect(events.dropFirst().first == .pasteCut(keptBytes: kept * 2, droppedScalars: total - kept))
        #expect(events.last == .key(.character("x")))
    }

    /// A cut paste of many lines keeps whole lines: the line the cap went through is dropped
    /// with the rest, never saved as a note cut off mid-word (QA: "r0978 qqqq").
    @Test func aCutPasteKeepsOnlyWholeLines() {
        let line = "r0000 " + String(repeating: "q", count: 60) + "\n"  // 67 bytes
        let count = 1_100
        var inputs = scalars("\u{1B}[200~")
        for _ in 0..<count { inputs += scalars(line) }
        inputs += scalars("\u{1B}[201~")
        let events = decode(inputs)
        let wholeLines = InputDecoder.defaultPasteLimit / line.utf8.count
        #expect(events.first == .key(.paste(String(repeating: line, count: wholeLines))))
        #expect(
            events.dropFirst().first
                == .pasteCut(
                    keptBytes: wholeLines * line.utf8.count,
                    droppedScalars: (count - wholeLines) * line.unicodeScalars.count))
    }

    /// Linear, not quadratic: a hundred times the text costs about a hundred times the work (a
    /// copied buffer made it ten thousand). Compared with itself, so no machine speed enters; the
    /// bound sits halfway between the two on a log scale, far from both, because a busy 2-core
    /// machine measured linear code 3–8× off its ideal ratio.
    @Test func decodingAPasteIsLinear() {
        func cost(_ count: Int) -> Duration {
            let inputs =
                scalars("\u{1B}[200~") + Array(repeating: RawInput.scalar("a"), count: count) + scalars("\u{1B}[201~")
            var best = Duration.seconds(3600)
            for _ in 0..<3 {
                var decoder = InputDecoder(pasteLimit: .max)
                let elapsed = ContinuousClock().measure { _ = decode(inputs, decoder: &decoder) }
                best = min(best, elapsed)
            }
            return best
        }
        let small = cost(4_000)
        let large = cost(400_000)
        #expect(large / small < 1_000, "100× the paste took \(large / small)× as long")
    }

    @Test func keysInsidePasteAreNotTyped() {
        var inputs = scalars("\u{1B}[200~a")
        inputs.append(.key(.up))
        inputs += scalars("b\u{1B}[201~")
        #expect(decode(inputs) == keys(.paste("ab")))
    }

    @Test func resizeFlushesPendingText() {
        #expect(
            decode(scalars("ab") + [.resize(width: 40, height: 12)] + scalars("c"))
                == keys(.character("a"), .character("b")) + [.resize(width: 40, height: 12)] + keys(.character("c")))
    }

    @Test func unboundKeyCodesAndStrayControlBytesProduceNothing() {
        #expect(decode([.unboundKeyCode, .scalar("\u{0}"), .scalar("\u{9B}"), .scalar("\u{1F}")]) == [])
    }

    @Test func onlyTheLastResizeOfABurstIsKept() {
        let events: [InputEvent] = [.resize(width: 1, height: 1), .key(.up), .resize(width: 80, height: 24)]
        #expect(Terminal.keepingLastResize(events) == [.key(.up), .resize(width: 80, height: 24)])
    }
}
