import Foundation
import Hummingbird

/// The fields of a submitted form (`application/x-www-form-urlencoded` or `multipart/form-data`).
struct FormData: Sendable {
    /// One uploaded file.
    struct File: Sendable {
        var filename: String
        var bytes: [UInt8]
    }

    private(set) var fields: [String: [String]] = [:]
    private(set) var files: [String: File] = [:]

    subscript(_ name: String) -> String? { fields[name]?.first }
    func get(_ name: String) -> String? { self[name] }

    /// The query string of a GET form, decoded as a form (`+` is a space).
    static func query(_ request: Request) -> FormData { urlEncoded(request.uri.query ?? "") }
    func all(_ name: String) -> [String] { fields[name] ?? [] }

    /// A trimmed, non-empty value or `nil`.
    func text(_ name: String) -> String? {
        guard let v = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    /// Reads the request body up to `limit` bytes and parses it by its content type.
    static func read(_ request: Request, limit: Int) async throws -> FormData {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw WebError.tooLarge(limit)
        }
        let bytes = Array(buffer.readableBytesView)
        let type = request.headers[.contentType] ?? ""
        if type.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = type.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst("boundary=".count)
            else { throw WebError.badRequest("the multipart form has no boundary") }
            return try multipart(bytes, boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        }
        return urlEncoded(String(decoding: bytes, as: UTF8.self))
    }

    static func urlEncoded(_ text: String) -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decode(parts[0])
            form.fields[name, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return form
    }

    /// A small multipart parser: enough for text fields and one file per field.
    static func multipart(_ body: [UInt8], boundary: String) throws -> FormData {
        var form = FormData()
        let delimiter = Array("--\(boundary)".utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        var parts: [ArraySlice<UInt8>] = []
        var positions: [Int] = []
        var i = 0
        while let found = body.firstRange(of: delimiter, from: i) {
            positions.append(found.lowerBound)
            i = found.upperBound
        }
        guard positions.count >= 2 else { throw WebError.badRequest("the multipart form is malformed") }
        for (a, b) in zip(positions, positions.dropFirst()) {
            var start = a + delimiter.count
            if body[start...].starts(with: [13, 10]) { start += 2 }
            var end = b
            if end >= 2, body[end - 2] == 13, body[end - 1] == 10 { end -= 2 }
            if start <= end { parts.append(body[start..<end]) }
        }
        for part in parts {
            guard let split = Array(part).firstRange(of: headerEnd, from: 0) else { continue }
            let headerText = String(decoding: part.prefix(split.lowerBound), as: UTF8.self)
            let content = Array(part.dropFirst(split.upperBound))
            var name: String?
            var filename: String?
            for line in headerText.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition") {
                for item in line.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    if item.hasPrefix("name=") { name = String(item.dropFirst(5)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                    if item.hasPrefix("filename=") { filename = String(item.dropFirst(9)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                }
            }
            guard let name else { continue }
            if let filename {
                if !filename.isEmpty { form.files[name] = File(filename: filename, bytes: content) }
            } else {
                form.fields[name, default: []].append(String(decoding: content, as: UTF8.self))
            }
        }
        return form
    }
}

extension Array where Element == UInt8 {
    func firstRange(of needle: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, count >= needle.count, start <= count - needle.count else { return nil }
        var i = start
        while i <= count - needle.count {
            if self[i] == needle[0], self[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i += 1
        }
        return nil
    }
}
