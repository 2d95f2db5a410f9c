import Foundation
import LagomCore
import ZIPFoundation

/// The zip container of a Word document: written from its parts, read into its parts (a template).
enum ZipPackage {
    /// A fixed time on every entry, so the same record gives the same file.
    static let entryDate = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01

    static func bytes(_ parts: [WordPart]) throws -> [UInt8] {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.bytes)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: entryDate, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CommandFailure(Localized(.cliWordNotZipped)) }
            return Array(data)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            // The library's name for the failure, framed by words of the catalogue.
            let reason = Localized(.fileReasonZipLibrary, ["detail": String(describing: error)])
            throw CommandFailure(Localized(.cliWordNotZippedBecause, ["reason": reason]))
        }
    }

    /// Every file in the zip at `path`, by its path inside.
    static func parts(ofFile path: String) throws -> [String: [UInt8]] {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw CommandFailure(Localized(.cliNotAWordFile, ["file": path]))
        }
        var parts: [String: [UInt8]] = [:]
        for entry in archive where entry.type == .file {
            var bytes: [UInt8] = []
            do { _ = try archive.extract(entry) { bytes += $0 } } catch {
                let reason = Localized(.fileReasonZipDamaged, ["detail": String(describing: error)])
                throw CommandFailure(
                    Localized(.cliWordPartUnreadable, ["file": path, "part": entry.path, "reason": reason]))
            }
            parts[entry.path] = bytes
        }
        return parts
    }
}
