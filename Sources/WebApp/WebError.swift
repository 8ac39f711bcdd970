import Archive
import CivicModel
import Hummingbird

/// Why the web application refused a request, with the status the client sees and a one-line message.
public struct WebError: Error, HTTPResponseError, CustomStringConvertible {
    public let status: HTTPResponse.Status
    public let message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }

    public static let signInRequired = WebError(.unauthorized, "please sign in to see this page")
    public static func forbidden(_ message: String) -> WebError { .init(.forbidden, message) }
    public static func notFound(_ what: String) -> WebError { .init(.notFound, "\(what) does not exist or is not visible to you") }
    public static func badRequest(_ message: String) -> WebError { .init(.badRequest, message) }
    public static let badCSRF = WebError(.forbidden, "the form has expired or did not come from this site; reload the page and try again")
    public static func tooLarge(_ limit: Int) -> WebError { .init(.contentTooLarge, "the upload is larger than the limit of \(limit / 1024 / 1024) MB") }
    public static let tooManyAttempts = WebError(.tooManyRequests, "too many failed sign-ins; wait a few minutes and try again")

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try RecordCoding.encode(["error": message])
        var response = Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: body + "\n")))
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Session" }
        return response
    }

    /// The web form of errors the archive and the model raise.
    static func from(_ error: any Error) -> WebError? {
        switch error {
        case let e as WebError: return e
        case let e as ArchiveError:
            switch e.kind {
            case .notFound: return .init(.notFound, e.message)
            case .staleRevision, .alreadyExists, .inUse: return .init(.conflict, e.message)
            case .danglingLink, .invalid: return .init(.badRequest, e.message)
            case .storage: return nil
            }
        case let e as ModelError: return .init(.badRequest, "\(e)")
        case let e as HTTPError: return .init(e.status, e.body ?? e.status.reasonPhrase)
        default: return nil
        }
    }
}
