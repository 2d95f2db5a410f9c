import LagomUI

/// Turns the raw `get_wch` stream into `InputEvent`s: escape sequences ncurses left
/// undecoded (Alt-b/f, xterm CSI keys, bracketed paste), control bytes, and text whose
/// scalars are joined into grapheme clusters (a combining mark stays with its letter).
///
/// Feed every item of one drain, then call `endOfBurst()`: only then is a lone ESC known
/// to be the Escape key (ncurses already waited `escdelay` for a follow-up byte).
struct InputDecoder {
    private enum State: Equatable {
        case ground
        case escape
        case controlSequence(String)
        case singleShift
        case paste
        /// The end marker came; what follows in the same burst is held until the burst ends or
        /// another end marker shows the first one was pasted text (see `feedAfterPasteEnd`).
        case pasteClosing
    }

    private static let pasteStart = "200~"
    private static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]
    private static let pasteBegin: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "0", "~"]
    /// The most of one paste that is kept, in UTF-8 bytes: a note's worth of text many times
    /// over. Beyond it the paste is dropped up to its end marker, and `pasteCut` says so.
    static let defaultPasteLimit = 64 * 1024

    private var state: State = .ground
    private var pendingText = String.UnicodeScalarView()
    /// The paste being collected. Held here, not in `state`, so appending never copies it.
    private var pasteBuffer: [Unicode.Scalar] = []
    private var pasteBytes = 0
    private var pasteDropped = 0
    /// How many scalars of the end marker the paste has just seen; they are held back from
    /// the buffer until the marker either completes or turns out to be text.
    private var pasteEndMatched = 0
    /// Input after an end marker, held until the burst shows whether it was pasted or typed.
    private var heldAfterPaste: [RawInput] = []
    private let pasteLimit: Int

    init(pasteLimit: Int = InputDecoder.defaultPasteLimit) {
        self.pasteLimit = pasteLimit
    }

    /// True while a bracketed paste has started but not ended; it may span drains.
    var isInsidePaste: Bool {
        if case .paste = state { return true }
        return false
    }

    /// True when a paste's end marker came and the decoder is waiting for the burst to end
    /// (it holds what followed): the terminal gives the rest of a split paste a moment to arrive.
    var isClosingPaste: Bool { state == .pasteClosing }

    mutating func feed(_ input: RawInput) -> [InputEvent] {
        var events: [InputEvent] = []
        feed(input, into: &events)
        return events
    }

    /// Nothing more is waiting. Text is released as characters, a lone ESC becomes Escape,
    /// an unfinished sequence is dropped. An open paste stays open.
    mutating func endOfBurst() -> [InputEvent] {
        var events: [InputEvent] = []
        if state == .pasteClosing { finishPaste(into: &events) }
        flushText(into: &events)
        switch state {
        case .escape:
            events.append(.key(.escape))
            state = .ground
        case .controlSequence, .singleShift:
            state = .ground
        case .ground, .paste, .pasteClosing:
            break
        }
        return events
    }

    private mutating func feed(_ input: RawInput, into events: inout [InputEvent]) {
        switch state {
        case .ground:
            feedGround(input, into: &events)
        case .escape:
            feedAfterEscape(input, into: &events)
        case .controlSequence(let parameters):
            feedControlSequence(parameters, input, into: &events)
        case .singleShift:
            feedSingleShift(input, into: &events)
        case .paste:
            feedPaste(input, into: &events)
        case .pasteClosing:
            feedAfterPasteEnd(input, into: &events)
        }
    }

    private mutating func feedGround(_ input: RawInput, into events: inout [InputEvent]) {
        switch input {
        case .scalar(let scalar):
            if let key = Self.controlKey(scalar) {
                flushText(into: &events)
                events.append(.key(key))
            } else if scalar == "\u{1B}" {
                flushText(into: &events)
                state = .escape
            } else if Self.isControl(scalar) {
                flushText(into: &events)  // NUL, C1 and friends: nothing to type
            } else {
                pendingText.append(scalar)
            }
        case .key(let key):
            flushText(into: &events)
            events.append(.key(key))
        case .resize(let width, let height):
            flushText(into: &events)
            events.append(.resize(width: width, height: height))
        case .unboundKeyCode:
            flushText(into: &events)
        }
    }

    private mutating func feedAfterEscape(_ input: RawInput, into events: inout [InputEvent]) {
        state = .ground
        switch input {
        case .scalar("["):
            state = .controlSequence("")
        case .scalar("O"):
            state = .singleShift
        case .scalar("b"):
            events.append(.key(.wordLeft))
        case .scalar("f"):
            events.append(.key(.wordRight))
        case .scalar("\u{1B}"):
            events.append(.key(.escape))
            state = .escape
        case .scalar:
            // Alt plus a key we do not bind: ignored rather than misread as Escape
            // followed by that key (Escape usually cancels what is being typed).
            break
        case .key(.left):
            events.append(.key(.wordLeft))  // rxvt sends Alt-Left as ESC ESC [ D
        case .key(.right):
            events.append(.key(.wordRight))
        case .key, .resize, .unboundKeyCode:
            events.append(.key(.escape))
            feedGround(input, into: &events)
        }
    }

    private mutating func feedControlSequence(
        _ parameters: String, _ input: RawInput, into events: inout [InputEvent]
    ) {
        guard case .scalar(let scalar) = input, scalar.isASCII else {
            state = .ground  // broken sequence: drop it, keep what interrupted it
            feedGround(input, into: &events)
            return
        }
        switch scalar.value {
        case 0x20...0x3F:
            state = .controlSequence(parameters + String(scalar))
        case 0x40...0x7E:
            state = .ground
            let sequence = parameters + String(scalar)
            if sequence == Self.pasteStart {
                flushText(into: &events)
                state = .paste
                pasteBuffer.removeAll(keepingCapacity: true)
                pasteBytes = 0
                pasteDropped = 0
                pasteEndMatched = 0
            } else if let key = Self.controlSequenceKey(sequence) {
                events.append(.key(key))
            }
        default:
            state = .ground
            feedGround(input, into: &events)
        }
    }

    private mutating func feedSingleShift(_ input: RawInput, into events: inout [InputEvent]) {
        state = .ground
        guard case .scalar(let scalar) = input else {
            feedGround(input, into: &events)
            return
        }
        let keys: [Unicode.Scalar: Key] = [
            "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
            "M": .enter, "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
        ]
        if let key = keys[scalar] { events.append(.key(key)) }
    }

    /// Constant work per scalar: the buffer is appended to in place and the end marker is
    /// matched one scalar at a time (ESC occurs in it only first, so no backtracking is needed).
    private mutating func feedPaste(_ input: RawInput, into events: inout [InputEvent]) {
        switch input {
        case .scalar(let scalar):
            if scalar == Self.pasteEnd[pasteEndMatched] {
                pasteEndMatched += 1
                guard pasteEndMatched == Self.pasteEnd.count else { return }
                pasteEndMatched = 0
                heldAfterPaste.removeAll(keepingCapacity: true)
                state = .pasteClosing
                return
            }
            // Not the marker after all: what was held back is text (ESC is dropped later).
            for held in Self.pasteEnd[..<pasteEndMatched] { collectPasted(held) }
            pasteEndMatched = 0
            if scalar == Self.pasteEnd[0] {
                pasteEndMatched = 1
            } else {
                collectPasted(scalar)
            }
        case .resize(let width, let height):
            events.append(.resize(width: width, height: height))
        case .key, .unboundKeyCode:
            break  // a sequence inside pasted text that ncurses took for a key: not typed
        }
    }

    /// After an end marker. Pasted text may itself contain `ESC[201~` (xterm passes it on), and
    /// the terminal's own end marker then follows in the same burst: `ESC[200~a ESC[201~ \r rm
    /// ESC[201~`. Ending at the first marker would type the CR as Enter. So what follows is held:
    /// another end marker makes all of it pasted text, a new start marker or the burst's end
    /// releases it as typed input (a person cannot type within one burst after a paste anyway).
    private mutating func feedAfterPasteEnd(_ input: RawInput, into events: inout [InputEvent]) {
        if heldAfterPaste.count < pasteLimit { heldAfterPaste.append(input) }
        if heldEnds(with: Self.pasteEnd) {
            // The first marker was text: it, and everything held, joins the paste.
            for held in Self.pasteEnd { collectPasted(held) }
            for held in heldAfterPaste.dropLast(Self.pasteEnd.count) {
                switch held {
                case .scalar(let scalar): collectPasted(scalar)
                case .resize(let width, let height): events.append(.resize(width: width, height: height))
                case .key, .unboundKeyCode: break
                }
            }
            heldAfterPaste.removeAll(keepingCapacity: true)
        } else if heldEnds(with: Self.pasteBegin) {
            finishPaste(into: &events)  // a second paste in the same burst
        }
    }

    private func heldEnds(with marker: [Unicode.Scalar]) -> Bool {
        guard heldAfterPaste.count >= marker.count else { return false }
        return zip(heldAfterPaste.suffix(marker.count), marker).allSatisfy { held, scalar in
            if case .scalar(let value) = held { return value == scalar }
            return false
        }
    }

    /// Delivers the paste, then feeds what was held after it as ordinary input.
    private mutating func finishPaste(into events: inout [InputEvent]) {
        if pasteDropped > 0 { keepWholeLines() }
        events.append(.key(.paste(Self.pastedText(pasteBuffer))))
        if pasteDropped > 0 { events.append(.pasteCut(keptBytes: pasteBytes, droppedScalars: pasteDropped)) }
        pasteBuffer = []
        state = .ground
        let held = heldAfterPaste
        heldAfterPaste = []
        for input in held { feed(input, into: &events) }
    }

    /// A cut paste keeps its whole lines only: the line the cap went through would otherwise be
    /// saved as a note cut off mid-word. One long line with no break is kept as it is.
    private mutating func keepWholeLines() {
        guard let lastBreak = pasteBuffer.lastIndex(where: { $0 == "\n" || $0 == "\r" }) else { return }
        let partial = pasteBuffer[(lastBreak + 1)...]
        pasteDropped += partial.count
        pasteBytes -= partial.reduce(0) { $0 + UTF8.width($1) }
        pasteBuffer.removeSubrange((lastBreak + 1)...)
    }

    private mutating func collectPasted(_ scalar: Unicode.Scalar) {
        let bytes = UTF8.width(scalar)
        if pasteDropped == 0 && pasteBytes + bytes <= pasteLimit {
            pasteBuffer.append(scalar)
            pasteBytes += bytes
        } else {
            pasteDropped += 1  // once cut, the rest goes too: what is kept is the paste's start
        }
    }

    private mutating func flushText(into events: inout [InputEvent]) {
        guard !pendingText.isEmpty else { return }
        for character in String(pendingText) {
            events.append(.key(.character(character)))
        }
        pendingText.removeAll()
    }

    // MARK: - Tables

    /// Control bytes with a meaning of their own; ESC and unbound ones are handled elsewhere.
    static func controlKey(_ scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(scalar.value + 0x60)!))
        default: return nil
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// xterm-style CSI keys, for terminals whose terminfo ncurses did not match.
    static func controlSequenceKey(_ sequence: String) -> Key? {
        switch sequence {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H", "1~", "7~": return .home
        case "F", "4~", "8~": return .end
        case "Z": return .backTab
        case "3~": return .delete
        case "5~": return .pageUp
        case "6~": return .pageDown
        case "1;3D", "1;5D", "1;9D": return .wordLeft  // Alt, Ctrl, Meta + Left
        case "1;3C", "1;5C", "1;9C": return .wordRight
        default: break
        }
        let functionKeys = [
            "11~": 1, "12~": 2, "13~": 3, "14~": 4, "15~": 5, "17~": 6, "18~": 7, "19~": 8,
            "20~": 9, "21~": 10, "23~": 11, "24~": 12,
        ]
        return functionKeys[sequence].map { .function($0) }
    }

    /// Terminals send line breaks in a paste as CR; other control bytes (colour codes,
    /// backspaces) are dropped so pasted text cannot steer the screen later.
    static func pastedText(_ scalars: [Unicode.Scalar]) -> String {
        var text = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in scalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\r": text.append("\n")
            case "\n": if !previousWasCarriageReturn { text.append("\n") }
            case "\t": text.append("\t")
            default: if !isControl(scalar) { text.append(scalar) }
            }
        }
        return String(text)
    }
}
