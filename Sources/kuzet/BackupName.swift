import ArchivePostgres
import Foundation

/// How backups of one archive are named, found and pruned: kuzet-NAME-YYYYMMDD-HHMMSS.sqlite (or .dump).
struct BackupName {
    /// The archive's file stem or database name.
    let name: String
    let postgres: PostgresLocation?
    var fileExtension: String { postgres == nil ? "sqlite" : "dump" }

    init(archive location: String) throws {
        if PostgresLocation.isPostgresURL(location) {
            do { postgres = try PostgresLocation(url: location) } catch { throw CLIError("\(error)") }
            name = postgres!.database
        } else {
            postgres = nil
            name = URL(fileURLWithPath: location).deletingPathExtension().lastPathComponent
        }
    }

    static let stampFormat: Date.VerbatimFormatStyle = .init(
        format: "\(year: .defaultDigits)\(month: .twoDigits)\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
        timeZone: TimeZone(identifier: "UTC")!, calendar: Calendar(identifier: .gregorian))

    /// A new backup's path in `folder`: stamped with the time, and numbered when that second is taken already.
    func freshFile(in folder: String, at date: Date) -> String {
        let stamp = date.formatted(Self.stampFormat)
        let candidates = [""] + (2...99).map { "-\($0)" }
        let names = candidates.map { (folder as NSString).appendingPathComponent("\(prefix)\(stamp)\($0).\(fileExtension)") }
        return names.first { !FileManager.default.fileExists(atPath: $0) } ?? names[0]
    }

    /// "kuzet-" for the default archive (kuzet.sqlite), "kuzet-NAME-" for others.
    private var prefix: String { name == "kuzet" ? "kuzet-" : "kuzet-\(name)-" }

    /// Where the archive is saved before a restore replaces it: beside `path`.
    func savedBeforeRestore(besides path: String) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return folder.appendingPathComponent("\(prefix)before-restore-\(Date().formatted(Self.stampFormat)).\(fileExtension)").path
    }

    /// Deletes all but the newest `keep` backups of this archive in `folder`; returns the files removed.
    func prune(folder: String, keeping keep: Int?) throws -> [String] {
        guard let keep else { return [] }
        let stamp = /(\d{8}-\d{6})(?:-(\d+))?/
        // Newest first: by time, then by the number a second's later backups carry.
        let ours = try FileManager.default.contentsOfDirectory(atPath: folder).compactMap { file -> (String, String, Int)? in
            guard file.hasPrefix(prefix), file.hasSuffix(".\(fileExtension)"),
                  let match = file.dropFirst(prefix.count).dropLast(fileExtension.count + 1).wholeMatch(of: stamp) else { return nil }
            return (file, String(match.1), match.2.flatMap { Int($0) } ?? 1)
        }.sorted { ($0.1, $0.2) > ($1.1, $1.2) }.map(\.0)
        let old = ours.dropFirst(keep).map { (folder as NSString).appendingPathComponent($0) }
        for file in old { try FileManager.default.removeItem(atPath: file) }
        return old
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    static func size(of path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
}
