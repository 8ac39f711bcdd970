import Foundation
import Hummingbird

/// The OpenAPI 3.1 description of `/api/v1`, kept as `Resources/openapi.json` beside the code it
/// describes; a router test checks that every path it names is served.
enum OpenAPIDocument {
    static let body: ByteBuffer? = {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("openapi.json"),
              let data = try? Data(contentsOf: url) else { return nil }
        return ByteBuffer(data: data)
    }()

    static func response() throws -> Response {
        guard let body else { throw WebError(.internalServerError, "the OpenAPI document is missing from the build") }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
    }
}
