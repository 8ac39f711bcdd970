import Foundation

extension ReportReader {
    /// Reads a plain-text report from a file in blocks, handing over incidents as each paragraph is
    /// read, so that memory stays the same whatever the file's size. Invalid UTF-8 is an error.
    public func readText(fileAt path: String, blockSize: Int = 1 << 20,
                         _ handle: (ProposedIncident) throws -> Void) throws {
        guard let file = FileHandle(forReadingAtPath: path) else { throw ReportReaderError.unreadable(path, "no such file or permission denied") }
        defer { try? file.close() }
        var session = Session(source: path)
        session.signer = Self.signer(ofFileFoot: file)
        var pending: [UInt8] = []
        var offset = 0
        var bytesRead = 0
        while true {
            let block = file.readData(ofLength: blockSize)
            let atEnd = block.isEmpty
            pending.append(contentsOf: block)
            // Decode up to the last line break; the rest waits for the next block.
            let cut = atEnd ? pending.count : (pending.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            if cut > 0 {
                if pending[..<cut].contains(0) { throw ReportReaderError.binary(path) }
                guard String(validating: pending[..<cut], as: UTF8.self) != nil else {
                    _ = try ReportDocument.decodeText(Data(pending[..<cut]), name: path)
                    throw ReportReaderError.invalidUTF8(path, at: bytesRead)
                }
                bytesRead += cut
                let scalars = pending.withUnsafeBufferPointer { ScalarDecoder.scalars(ofValidUTF8: UnsafeBufferPointer(rebasing: $0[..<cut])) }
                // (Page furniture is told from the lines of this block alone.)
                for incident in session.feed(lines: scalars[...], at: offset) { try handle(incident) }
                offset += scalars.count
                pending.removeFirst(cut)
            }
            if atEnd { break }
        }
        for incident in session.finish() { try handle(incident) }
    }

    /// Whom a text signed on its last line means by "я" (`Signature`), read from the file's last few kilobytes before
    /// the text itself, as `read(_:)` does with the whole text; the file is left at its start.
    private static func signer(ofFileFoot file: FileHandle) -> String? {
        defer { try? file.seek(toOffset: 0) }
        guard let size = try? file.seekToEnd(), size > 0 else { return nil }
        let footBytes = UInt64(Signature.footBytes)
        try? file.seek(toOffset: size > footBytes ? size - footBytes : 0)
        // (A cut through a character leaves its continuation bytes first: they are dropped.)
        let foot = file.readDataToEndOfFile().drop { $0 & 0xC0 == 0x80 }
        guard !foot.contains(0), let text = String(validating: foot, as: UTF8.self) else { return nil }
        return Signature.signer(of: Array(text.unicodeScalars)[...])
    }
}
