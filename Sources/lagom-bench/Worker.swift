import Foundation
import LagomCore
@_spi(Benchmark) import LagomStore

/// Helper processes for the multi-process store tests and benchmarks:
///
///     lagom-bench worker append <folder> <count>   commit <count> notes; print each note id once committed
///     lagom-bench worker churn <folder> <count> <group> <checkpointEvery>
///                                                  notes and undos of secretary <group>, checkpoints
///                                                  every <checkpointEvery> log bytes; +id / -id acknowledged
///     lagom-bench worker paste <folder> <count>    commit <count> pastes of three notes, one commit each;
///                                                  print the three ids on one line once committed
///     lagom-bench worker generate <folder> <count>  make a session with <count> generated events
///     lagom-bench worker digest <folder>           print "<events> <notes> <hash of note ids and texts>"
///     lagom-bench worker open <folder>             open; print {"cpuMilliseconds":…,"events":…,
///                                                  "milliseconds":…,"peakBytes":…}
///     lagom-bench worker undo <folder>             open, then undo the newest transaction; print
///                                                  {"milliseconds":…,"peakBytes":…} of the undo alone
///     lagom-bench worker follow <folder> <count>   print "ready", then for each note "t=<ns>" applied,
///                                                  the microseconds since <ns>, until <count> were seen
enum Worker {
    static func run(_ arguments: [String]) {
        switch (arguments.first, arguments.count) {
        case ("append", 3): append(folder: arguments[1], count: Int(arguments[2]) ?? 0)
        case ("churn", 5):
            churn(
                folder: arguments[1], count: Int(arguments[2]) ?? 0, group: Int(arguments[3]) ?? 1,
                checkpointEvery: Int64(arguments[4]) ?? 0)
        case ("paste", 3): paste(folder: arguments[1], count: Int(arguments[2]) ?? 0)
        case ("open", 2): open(folder: arguments[1])
        case ("undo", 2): undo(folder: arguments[1])
        case ("digest", 2): say(digest(openStore(arguments[1]).session))
        case ("generate", 3):
            StoreBenchmark.makeSession(arguments[1])
            BenchSession.writeHistory(folder: arguments[1], count: Int(arguments[2]) ?? 0)
        case ("follow", 3): follow(folder: arguments[1], count: Int(arguments[2]) ?? 0)
        default:
            fail(
                "usage: lagom-bench worker append <folder> <count> | churn <folder> <count> <group> <checkpointEvery> | open <folder> | undo <folder> | digest <folder> | generate <folder> <count> | follow <folder> <count>"
            )
        }
    }

    static func openStore(_ folder: String, preparedToUndo: SessionStore.UndoPreparation? = nil) -> SessionStore {
        do {
            return try SessionStore(
                folder: folder, clock: SystemClock(), ids: SystemIDSource(), preparedToUndo: preparedToUndo)
        } catch {
            fail(error.description)
        }
    }

    static func append(folder: String, count: Int) {
        let store = openStore(folder)
        let place = noteTarget(in: store.session.plan)
        for number in 1...max(1, count) {
            do {
                let events = try store.commit(by: .secretary(1)) { _, ids throws(Refusal) in
                    [.noteAdded(note: NoteID(ids.next(length: 10)), place: place, text: "Lapp \(number): åäö ÅÄÖ")]
                }
                guard case .noteAdded(let note, _, _) = events.first?.change else { fail("nothing was committed") }
                say(note.rawValue)
            } catch {
                fail(error.description)
            }
        }
    }

    /// Notes by secretary `group`, every third commit an undo of its newest, with a checkpoint written
    /// whenever the log grew `checkpointEvery` bytes: prints `+<id>` once a note is added and `-<id>`
    /// once its adding is undone, so a test that kills it knows what was acknowledged.
    static func churn(folder: String, count: Int, group: Int, checkpointEvery: Int64) {
        let store = openStore(folder)
        store.checkpointEvery = max(1, checkpointEvery)
        let place = noteTarget(in: store.session.plan)
        for number in 1...max(1, count) {
            do {
                if number % 3 == 0 {
                    let undone = try store.undo(by: .secretary(group))
                    guard case .noteAdded(let note, _, _) = undone.first?.change else { fail("nothing was undone") }
                    say("-\(note.rawValue)")
                } else {
                    let events = try store.commit(by: .secretary(group)) { _, ids throws(Refusal) in
                        [.noteAdded(note: NoteID(ids.next(length: 10)), place: place, text: "Lapp \(number): å ä ö")]
                    }
                    guard case .noteAdded(let note, _, _) = events.first?.change else { fail("nothing was committed") }
                    say("+\(note.rawValue)")
                }
            } catch {
                fail(error.description)
            }
        }
    }

    /// Three notes in one commit, as a secretary's paste of three lines.
    static func paste(folder: String, count: Int) {
        let store = openStore(folder)
        let place = noteTarget(in: store.session.plan)
        for number in 1...max(1, count) {
            do {
                let events = try store.commit(by: .secretary(2)) { _, ids throws(Refusal) in
                    (1...3).map {
                        .noteAdded(
                            note: NoteID(ids.next(length: 10)), place: place, text: "Klistrad \(number).\($0): åäö")
                    }
                }
                say(
                    events.compactMap { if case .noteAdded(let note, _, _) = $0.change { note.rawValue } else { nil } }
                        .joined(separator: " "))
            } catch {
                fail(error.description)
            }
        }
    }

    /// What two processes must agree on after folding the same log.
    static func digest(_ session: Session) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for note in session.state.notes {
            for byte in (note.id.rawValue + "\u{1}" + note.text + "\u{2}").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return "\(session.eventCount) \(session.state.notes.count) \(String(hash, radix: 16))"
    }

    static func open(folder: String) {
        let (start, cpu) = (bootNanoseconds(), cpuMilliseconds(RUSAGE_SELF))
        let store = openStore(folder)
        let milliseconds = Double(bootNanoseconds() - start) / 1e6
        let cpuSpent = cpuMilliseconds(RUSAGE_SELF) - cpu
        say(
            #"{"cpuMilliseconds":\#(cpuSpent),"events":\#(store.session.eventCount),"milliseconds":\#(milliseconds),"#
                + #""peakBytes":\#(peakResidentBytes())}"#
        )
    }

    /// An undo refolds: from the checkpoint's state kept at open (as `lagom undo` opens), or the whole
    /// history read back from the log when it reaches behind the checkpoint.
    static func undo(folder: String) {
        let store = openStore(folder, preparedToUndo: .newest(of: nil))
        let start = bootNanoseconds()
        do {
            try store.undo(by: .cli, takingBackFrom: nil)
        } catch {
            fail(error.description)
        }
        let milliseconds = Double(bootNanoseconds() - start) / 1e6
        say(#"{"milliseconds":\#(milliseconds),"peakBytes":\#(peakResidentBytes())}"#)
    }

    static func follow(folder: String, count: Int) {
        let store = openStore(folder)
        var seen = 0
        var waiter = pollfd(fd: store.pollDescriptor, events: Int16(POLLIN), revents: 0)
        say("ready")
        while seen < count {
            let before = store.session.state.notes.count
            guard poll(&waiter, 1, 10_000) > 0 else { fail("no change seen for 10 s") }
            do { _ = try store.refresh() } catch { fail(error.description) }
            let now = bootNanoseconds()
            // New notes are appended to the state's notes, so the notes from `before` on are the new ones.
            for note in store.session.state.notes[before...] {
                guard note.text.hasPrefix("t="), let sent = Int64(note.text.dropFirst(2)) else { continue }
                say(String((now - sent) / 1000))
                seen += 1
            }
        }
    }
}
