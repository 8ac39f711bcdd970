import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

@Suite("Sign-in, sessions and CSRF")
struct AuthTests {
    @Test("A correct password signs in; the session cookie is HttpOnly and SameSite")
    func signIn() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let form = try await browser.get("/login")
            let csrfCookie = form.headers[values: .setCookie].first { $0.hasPrefix(CSRFGuard.cookieName) } ?? ""
            #expect(csrfCookie.contains("HttpOnly") && csrfCookie.contains("SameSite=Strict"))
            browser.csrf = browser.cookies[CSRFGuard.cookieName] ?? ""
            let response = try await browser.post("/login", form: [("name", "editor"), ("password", WebFixture.password)])
            #expect(response.status == .seeOther)
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("kuzet_session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            let page = try await browser.get("/review")
            #expect(page.status == .ok)
            #expect(page.text.contains("editor"))
        }
    }

    @Test("A wrong password is refused with a message and no session")
    func wrongPassword() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let response = try await browser.signIn("editor", password: "not the password")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("the name or the password is wrong"))
            #expect(browser.cookies["kuzet_session"] == nil)
        }
    }

    @Test("After three failures the account is locked for the window, even with the right password")
    func rateLimited() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            for _ in 0..<3 { try await browser.signIn("admin", password: "guess guess guess") }
            let response = try await browser.signIn("admin")
            #expect(response.status == .tooManyRequests)
            #expect(response.text.contains("too many failed sign-ins"))
            var other = Browser(client)
            let r1 = try await other.signIn("editor")
            #expect(r1.status == .seeOther)
        }
    }

    @Test("One client address guessing across many accounts is stopped too (over a real connection)")
    func rateLimitedPerAddress() async throws {
        let (app, _) = try await WebFixture.app(config: WebConfig(loginAttempts: 100, loginAttemptsPerAddress: 3))
        try await app.test(.live) { client in
            var browser = Browser(client)
            for name in ["viewer", "editor", "admin"] { try await browser.signIn(name, password: "guess guess guess") }
            let response = try await browser.signIn("viewer")
            #expect(response.status == .tooManyRequests)
        }
    }

    @Test("A form without the CSRF token is refused and changes nothing")
    func csrfRequired() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let response = try await browser.post("/incidents/inc-proposed/review", form: [("decision", "accept"), ("revision", "1")], withToken: false)
            #expect(response.status == .forbidden)
            browser.csrf = "0000"
            let forged = try await browser.post("/incidents/inc-proposed/review", form: [("decision", "accept"), ("revision", "1")])
            #expect(forged.status == .forbidden)
        }
        let incident = try await archive.fetch(Incident.self, id: "inc-proposed", as: .everything)
        #expect(incident?.status == .proposed)
    }

    @Test("The login form without its cookie token is refused")
    func loginCSRF() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            let response = try await browser.post("/login", form: [("name", "admin"), ("password", WebFixture.password), ("_csrf", "abc")], withToken: false)
            #expect(response.status == .forbidden)
        }
    }

    @Test("Signing out ends the session")
    func signOut() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("admin")
            let r2 = try await browser.get("/users")
            #expect(r2.status == .ok)
            let r3 = try await browser.post("/logout", form: [])
            #expect(r3.status == .seeOther)
            let after = try await browser.get("/users")
            #expect(after.status == .seeOther)
            #expect(after.headers[.location]?.hasPrefix("/login") == true)
        }
    }

    @Test("A disabled account cannot sign in")
    func disabled() async throws {
        let archive = try await WebFixture.makeArchive()
        var viewer = try #require(try await archive.user(named: "viewer"))
        viewer.disabled = true
        try await archive.save(user: viewer, by: .system)
        let (app, _) = try await WebFixture.app(archive)
        try await app.test(.router) { client in
            var browser = Browser(client)
            let r4 = try await browser.signIn("viewer")
            #expect(r4.status == .unauthorized)
        }
    }

    @Test("Sign-in only redirects to local paths")
    func safeNext() {
        #expect(AuthController.safeNext("/incidents?q=x") == "/incidents?q=x")
        #expect(AuthController.safeNext("//evil.example") == nil)
        #expect(AuthController.safeNext("https://evil.example") == nil)
    }

    @Test("Passwords are stored as bcrypt hashes and short ones are refused")
    func hashing() throws {
        let hash = try WebFixture.hasher.hash("a long enough password")
        #expect(hash.hasPrefix("$2"))
        #expect(WebFixture.hasher.verify("a long enough password", hash: hash))
        #expect(!WebFixture.hasher.verify("another password", hash: hash))
        #expect(throws: WebError.self) { try WebFixture.hasher.hash("short") }
    }

    @Test("Every response carries the security headers")
    func securityHeaders() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            for path in ["/incidents", "/api/v1/incidents", "/nowhere"] {
                let response = try await client.executeRequest(uri: path, method: .get, headers: [:], body: nil)
                let csp = response.headers[HTTPField.Name("Content-Security-Policy")!] ?? ""
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            }
        }
    }
}
