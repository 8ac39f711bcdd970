import Foundation

/// Where a backup is written: under a temporary name beside its destination, renamed into place only once
/// it is whole and checked, so a failed or interrupted backup leaves nothing behind and never overwrites a file.
/// Shared by the SQLite copy and the PostgreSQL dump.
public struct BackupFile: Sendable {
    /// The file the backup becomes.
    public let destination: String
    /// The name it is written under until it is placed.
    public let temporary: String

    /// Refuses a destination that exists already or whose folder does not exist or cannot be written, before
    /// anything is written.
    public init(_ destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw ArchiveError.storage("\(destination) exists already; a backup never overwrites a file")
        }
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ArchiveError.storage("there is no folder \(folder) to write \(url.lastPathComponent) into")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else { throw ArchiveError.storage("the folder \(folder) is not writable") }
        self.destination = destination
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).partial").path
    }

    /// Renames the finished temporary file to the destination.
    public func place() throws {
        do {
            try FileManager.default.moveItem(atPath: temporary, toPath: destination)
        } catch {
            throw ArchiveError.storage("cannot write \(destination): \(error.localizedDescription)")
        }
    }

    /// Removes the temporary file and any journal SQLite left beside it (nothing once it is placed).
    public func removeLeftovers() {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
    }

    /// The first bytes of a file, to tell SQLite files from PostgreSQL dumps; nil when it cannot be read.
    public static func header(of path: String, count: Int) -> Data? {
        (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: count)) ?? nil
    }
}
