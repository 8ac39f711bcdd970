import Foundation

/// A file given on the command line, read whole and checked to be UTF-8 text under a size limit.
struct InputFile {
    /// Files larger than this are refused, so a mistaken path cannot exhaust memory.
    static let maximumBytes = 512 * 1024 * 1024

    let path: String
    let text: String

    /// Reads `path`, or standard input for `-`.
    init(path: String, maximumBytes: Int = InputFile.maximumBytes) throws {
        self.path = path
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Self.bytes(at: path, maximumBytes: maximumBytes)
        guard data.count <= maximumBytes else { throw CLIError("\(path): over the limit of \(maximumBytes) bytes") }
        if data.contains(0) { throw CLIError("\(path): is a binary file, not text") }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CLIError("\(path): is not valid UTF-8 text (first bad byte at offset \(Self.firstInvalidByte(in: data)))")
        }
        self.text = text
    }

    /// A file's bytes, text or not: it must exist, be a file and be under the limit.
    static func bytes(at path: String, maximumBytes: Int) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CLIError("\(path): no such file") }
        guard !isDirectory.boolValue else { throw CLIError("\(path): is a directory, not a file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumBytes else { throw CLIError("\(path): \(size) bytes is over the limit of \(maximumBytes) bytes") }
        guard let contents = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot be read") }
        return contents
    }

    /// The offset of the first byte that breaks UTF-8, for the error message.
    static func firstInvalidByte(in data: Data) -> Int {
        var bytes = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &bytes) { offset += scalar.count }
        return offset
    }
}
