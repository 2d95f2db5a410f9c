import Foundation
import Testing

/// Raw control text never reaches stdout or stderr: what the program prints (JSON for programs,
/// messages that echo an argument) is as inert on a terminal as what the screens draw.
@Suite struct HostileOutputTests {
    /// Bytes that would steer a terminal or reorder what it shows: ESC, 8-bit CSI (C2 9B),
    /// RLO (E2 80 AE), a tag letter (F3 A0 81 81).
    static func steering(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        var found: [String] = []
        if bytes.contains(0x1B) { found.append("ESC") }
        let patterns: [(String, [UInt8])] = [
            ("U+009B", [0xC2, 0x9B]), ("U+202E", [0xE2, 0x80, 0xAE]), ("U+E0041", [0xF3, 0xA0, 0x81, 0x81]),
        ]
        for (name, pattern) in patterns {
            let present = bytes.indices.contains { bytes[$0...].starts(with: pattern) }
            if present { found.append(name) }
        }
        return found
    }

    static func run(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run(LagomProcess.binary, arguments, environment: ProcessInfo.processInfo.environment)
    }

    @Test func exportAndNoteListAsJSONEscapeWhatCouldSteerTheTerminal() throws {
        let session = try LagomProcess.scratchSession()
        defer { try? FileManager.default.removeItem(atPath: session) }
        let text = "Budget\u{9B}2J faktura\u{202E}fdp.exe \u{1B}[31mröd\u{E0041}"
        let added = try Self.run([
            "note", "add", session, "--step", "enkat-grupparbete", "--list", "Riskfaktorer", text,
        ])
        #expect(added.status == 0, "\(String(decoding: added.errors, as: UTF8.self))")

        for command in [["export", session, "--format", "json"], ["note", "list", session, "--json"]] {
            let result = try Self.run(command)
            #expect(result.status == 0)
            #expect(Self.steering(result.output).isEmpty, "\(command[0]) printed \(Self.steering(result.output)) raw")
            // Still the same text for a program that decodes the JSON.
            #expect(
                String(decoding: result.output, as: UTF8.self).contains(
                    #"\u009B2J faktura\u202Efdp.exe \u001b[31mröd\uDB40\uDC41"#))
            let decoded = try JSONSerialization.jsonObject(with: result.output)
            #expect("\(decoded)".contains("faktura\u{202E}fdp.exe"))
        }
    }

    @Test func messagesThatEchoAnArgumentAreSanitised() throws {
        let session = try LagomProcess.scratchSession()
        defer { try? FileManager.default.removeItem(atPath: session) }
        let cases: [(arguments: [String], shown: String)] = [
            (["note", "edit", session, "\u{1B}[2Jid", "ny text"], "^[[2Jid"),
            (["note", "delete", session, "x\u{9B}31m"], "x<9B>31m"),
            (["step", "goto", session, "steg\u{202E}gnal"], "steg<RLO>gnal"),
            (["export", session, "--format", "\u{1B}]0;titel\u{7}"], "^[]0;titel^G"),
            (["note", "list", session, "--\u{1B}[2J"], "^[[2J"),
            (["check", session + "/saknas\u{1B}[H"], "saknas^[[H"),
        ]
        for (arguments, shown) in cases {
            let result = try Self.run(arguments)
            let errors = String(decoding: result.errors, as: UTF8.self)
            #expect(result.status != 0, "\(arguments)")
            #expect(
                Self.steering(result.errors).isEmpty,
                "\(arguments) echoed \(Self.steering(result.errors)) raw: \(errors)")
            #expect(Self.steering(result.output).isEmpty)
            #expect(errors.contains(shown), "\(arguments): \(errors)")
        }
    }
}
