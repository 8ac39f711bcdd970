import Foundation
import Hummingbird

/// JSON in and out of the API: sorted keys and ISO dates, and one-line messages for malformed input.
enum JSONBody {
    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var buffer = ByteBuffer(data: try encoder.encode(value))
        buffer.writeString("\n")
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: buffer))
    }

    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw WebError(.unsupportedMediaType, "send the body as JSON with 'Content-Type: application/json'")
        }
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: limit) } catch { throw WebError.tooLarge(limit) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw WebError.badRequest("malformed JSON: \(message(error))")
        } catch {
            throw WebError.badRequest("malformed JSON: \(error)")
        }
    }

    static func message(_ error: DecodingError) -> String {
        func path(_ c: [any CodingKey]) -> String { c.isEmpty ? "the body" : "'" + c.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") + "'" }
        switch error {
        case .keyNotFound(let key, let c): return "\(path(c.codingPath + [key])) is missing"
        case .typeMismatch(_, let c): return "\(path(c.codingPath)) has the wrong type"
        case .valueNotFound(_, let c): return "\(path(c.codingPath)) is null"
        case .dataCorrupted(let c):
            let underlying = (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return c.codingPath.isEmpty ? (underlying ?? "the body is not valid JSON") : "\(path(c.codingPath)): \(c.debugDescription)"
        @unknown default: return "the body does not match the expected shape"
        }
    }
}
