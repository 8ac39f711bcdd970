import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// A small archive with public, restricted and confidential records, and one account per role.
///
/// The sentences are written for these tests; none comes from a report.
enum WebFixture {
    static let password = "correct horse battery"
    static let hasher = PasswordHasher(cost: 4)

    static let almaty = Place(id: "pla-almaty", name: "Almaty", kind: .republicanCity, latitude: 43.24, longitude: 76.89)
    static let aktobe = Place(id: "pla-aktobe-region", name: "Aktobe Region", kind: .region, latitude: 50.28, longitude: 57.17)
    static let aktobeCity = Place(id: "pla-aktobe", name: "Aktobe", kind: .city, regionID: "pla-aktobe-region")

    static let publicSourceText = "Opening words of the test report. On the fifth of March a blogger was fined for a post about water prices. Closing words of the test report."
    static let publicPassage = "a blogger was fined for a post about water prices"

    static func makeArchive() async throws -> MemoryArchive {
        let archive = MemoryArchive()
        let start = publicSourceText.unicodeScalars.count - publicSourceText.components(separatedBy: publicPassage)[1].unicodeScalars.count - publicPassage.unicodeScalars.count
        let batch = ArchiveBatch(
            sources: [
                Source(id: "src-public", title: "Test monitoring report", publisher: "Test Bureau", text: publicSourceText),
                Source(id: "src-secret", title: "Witness note", text: "A witness described the secret meeting.", confidentiality: .confidential),
            ],
            places: [almaty, aktobe, aktobeCity],
            persons: [
                Person(id: "per-public", name: "Aigerim Testova", aliases: ["Aygerim Testova"], occupation: .blogger, placeID: "pla-almaty"),
                Person(id: "per-secret", name: "Hidden Witness", occupation: .activist, confidentiality: .confidential),
            ],
            organizations: [Organization(id: "org-public", name: "Test Movement", kind: .movement)],
            incidents: [
                Incident(id: "inc-public", date: try PartialDate(iso: "2022-03-05"), eventType: .fine, summary: "Blogger fined over a post about water prices",
                         places: ["pla-almaty"], persons: [PersonLink("per-public"), PersonLink("per-secret", role: .witness)],
                         legalProvisions: [LegalProvisionRef(code: .administrative, article: "456-2")],
                         sanctions: [Sanction(kind: .fine, amount: 50, currency: .mci)], status: .verified,
                         passages: [SourcePassage(sourceID: "src-public", start: start, end: start + publicPassage.unicodeScalars.count),
                                    SourcePassage(sourceID: "src-secret", start: 0, end: 9)],
                         notes: "Internal note: lawyer is preparing an appeal"),
                Incident(id: "inc-aktobe", date: try PartialDate(iso: "2021-01"), eventType: .detention, summary: "Activists detained on the way to a rally",
                         places: ["pla-aktobe"], organizations: [OrganizationLink("org-public")], status: .verified),
                Incident(id: "inc-proposed", date: try PartialDate(iso: "2022-04-01"), eventType: .warning, summary: "Proposed warning <script>alert(1)</script> to an editor",
                         places: ["pla-almaty"], status: .proposed, passages: [SourcePassage(sourceID: "src-public", start: 0, end: 13)], confidence: 0.8),
                Incident(id: "inc-restricted", date: try PartialDate(iso: "2022-05"), eventType: .surveillance, summary: "Restricted surveillance of a union leader",
                         places: ["pla-almaty"], status: .verified, confidentiality: .restricted),
                Incident(id: "inc-secret", date: try PartialDate(iso: "2022-06-10"), eventType: .searchOfPremises, summary: "Confidential search at the home of a witness",
                         places: ["pla-aktobe"], persons: [PersonLink("per-secret")], status: .verified, confidentiality: .confidential,
                         passages: [SourcePassage(sourceID: "src-secret", start: 0, end: 9)]),
            ])
        try await archive.write(batch, by: .system)
        // Evidence files at three levels: a public photo and a restricted note on the public fine, one on the secret search.
        try await archive.attach(Attachment(id: "att-public", incidentID: "inc-public", fileName: "court-notice.png", mediaType: "image/png",
                                            description: "The fine notice, photographed", confidentiality: .public),
                                 content: Array("not really a PNG, bytes written for the tests".utf8), by: .system)
        try await archive.attach(Attachment(id: "att-restricted", incidentID: "inc-public", fileName: "lawyer-note.txt", mediaType: "text/plain"),
                                 content: Array("the lawyer's note, written for the tests".utf8), by: .system)
        try await archive.attach(Attachment(id: "att-secret", incidentID: "inc-secret", fileName: "witness.html", mediaType: "text/html",
                                            confidentiality: .confidential),
                                 content: Array("<script>alert('a witness statement')</script>".utf8), by: .system)
        for role in UserAccount.Role.allCases {
            try await archive.save(user: UserAccount(name: role.rawValue, role: role, passwordHash: try hasher.hash(password)), by: .system)
        }
        return archive
    }

    static func app(_ given: MemoryArchive? = nil, config: WebConfig = WebConfig(loginAttempts: 3)) async throws -> (some ApplicationProtocol, MemoryArchive) {
        let archive: MemoryArchive
        if let given { archive = given } else { archive = try await makeArchive() }
        let router = try await buildRouter(config, archive: archive, hasher: hasher)
        return (Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0))), archive)
    }
}

/// A browser-like session for router tests: signs in through the form and keeps the cookies.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var csrf = ""

    init(_ client: any TestClientProtocol) { self.client = client }

    var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }

    mutating func remember(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
    }

    @discardableResult
    mutating func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var h = headers
        if !cookies.isEmpty { h[.cookie] = cookieHeader }
        let response = try await client.executeRequest(uri: uri, method: .get, headers: h, body: nil)
        remember(response)
        return response
    }

    @discardableResult
    mutating func post(_ uri: String, form: [(String, String)], withToken: Bool = true) async throws -> TestResponse {
        var fields = form
        if withToken { fields.append(("_csrf", csrf)) }
        let allowed = CharacterSet.alphanumerics
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
        var h: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if !cookies.isEmpty { h[.cookie] = cookieHeader }
        let response = try await client.executeRequest(uri: uri, method: .post, headers: h, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    @discardableResult
    mutating func send(_ method: HTTPRequest.Method, _ uri: String, json: String, token: Bool = true, contentType: String = "application/json") async throws -> TestResponse {
        var h: HTTPFields = [.contentType: contentType]
        if !cookies.isEmpty { h[.cookie] = cookieHeader }
        if token { h[HTTPField.Name("X-CSRF-Token")!] = csrf }
        let response = try await client.executeRequest(uri: uri, method: method, headers: h, body: ByteBuffer(string: json))
        remember(response)
        return response
    }

    /// Signs in through the login form; afterwards `csrf` is the session's token.
    @discardableResult
    mutating func signIn(_ name: String, password: String = WebFixture.password) async throws -> TestResponse {
        let form = try await get("/login")
        csrf = cookies[CSRFGuard.cookieName] ?? ""
        #expect(form.status == .ok)
        let response = try await post("/login", form: [("name", name), ("password", password)])
        if response.status == .seeOther {
            let session = try await get("/api/v1/session")
            csrf = (try JSONSerialization.jsonObject(with: Data(session.body.readableBytesView)) as? [String: Any])?["csrf"] as? String ?? ""
        }
        return response
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) }
}
