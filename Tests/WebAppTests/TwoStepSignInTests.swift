import Archive
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Two-step sign-in with codes from an authenticator app, and the account page where users change their password.
@Suite("Two-step sign-in")
struct TwoStepSignInTests {
    @Test("Codes are RFC 6238's: the standard's SHA-1 test vectors, six digits")
    func rfc6238Vectors() throws {
        let secret = Base32.encode(Array("12345678901234567890".utf8))
        #expect(secret == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        let totp = try #require(TOTP(base32: secret.lowercased()))
        for (seconds, code) in [(59, "287082"), (1_111_111_109, "081804"), (1_111_111_111, "050471"), (1_234_567_890, "005924"),
                                (2_000_000_000, "279037"), (20_000_000_000, "353130")] as [(Double, String)] {
            #expect(totp.code(at: Date(timeIntervalSince1970: seconds)) == code, "\(seconds)")
        }
        // One step either side is accepted, two are not; spaces are ignored; letters are not a code
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        #expect(totp.step(matching: totp.code(at: now.addingTimeInterval(-30)), at: now) != nil)
        #expect(totp.step(matching: totp.code(at: now.addingTimeInterval(65)), at: now) == nil)
        #expect(totp.step(matching: "005 924", at: now) == TOTP.step(at: now))
        #expect(totp.step(matching: "abcdef", at: now) == nil)
        #expect(TOTP(base32: "not base32!") == nil)
        #expect(Base32.decode(TOTP.newSecret())?.count == TOTP.secretBytes)
        #expect(TOTP.uri(secret: secret, account: "dana").hasPrefix("otpauth://totp/Kuzet:dana?secret=GEZDGNBVGY3TQOJQ"))
    }

    /// Switches two-step sign-in on for the signed-in browser's account and returns the secret.
    static func switchOn(_ browser: inout Browser) async throws -> TOTP {
        let setup = try await browser.post("/account/two-step/new", form: [])
        #expect(setup.status == .ok)
        let secret = try #require(setup.text.firstMatch(of: /name="secret" value="([A-Z2-7]+)"/)?.1).description
        let totp = try #require(TOTP(base32: secret))
        let wrong = try await browser.post("/account/two-step", form: [("secret", secret), ("code", "000000")])
        #expect(wrong.status == .badRequest || totp.code(at: Date()) == "000000")
        let on = try await browser.post("/account/two-step", form: [("secret", secret), ("code", totp.code(at: Date()))])
        #expect(on.status == .seeOther)
        return totp
    }

    @Test("A user switches it on; then a password alone does not sign in, the code does, once; an administrator can switch it off")
    func signInWithACode() async throws {
        let (app, archive) = try await WebFixture.app(config: WebConfig(loginAttempts: 5))
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            #expect(try await editor.get("/account").text.contains("Set up two-step sign-in"))
            let totp = try await Self.switchOn(&editor)
            #expect(try await archive.user(named: "editor")?.totpSecret != nil)
            #expect(try await editor.get("/account?done=on").text.contains("Two-step sign-in is on"))
            // The audit log says it was switched on, and never holds the secret
            let logged = try await archive.auditLog(AuditQuery(recordKind: "user", recordID: "editor")).first
            #expect(logged?.after?.contains(#""twoStep":true"#) == true)
            #expect(logged?.after?.contains(try #require(try await archive.user(named: "editor")?.totpSecret)) == false)

            // The password alone leads to the code page, without a session
            var again = Browser(client)
            let first = try await again.signIn("editor")
            #expect(first.status == .ok)
            #expect(first.text.contains("Sign in: second step"))
            #expect(try await again.get("/api/v1/session").json.flatMap { ($0 as? [String: Any])?["user"] } == nil)
            let token = try #require(first.text.firstMatch(of: /name="token" value="([^"]+)"/)?.1).description
            again.csrf = again.cookies[CSRFGuard.cookieName] ?? ""
            let wrong = try await again.post("/login/code", form: [("token", token), ("code", "12345")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("the code is wrong"))
            // The code the editor used to switch it on was used already: the next one is needed
            let next = totp.code(step: TOTP.step(at: Date()) + 1)
            let signedIn = try await again.post("/login/code", form: [("token", token), ("code", next)])
            #expect(signedIn.status == .seeOther)
            let session = try await again.get("/api/v1/session")
            #expect((session.json as? [String: Any])?["user"] as? String == "editor")

            // The same code a second time, on a new sign-in, is refused
            var third = Browser(client)
            let start = try await third.signIn("editor")
            let token3 = try #require(start.text.firstMatch(of: /name="token" value="([^"]+)"/)?.1).description
            third.csrf = third.cookies[CSRFGuard.cookieName] ?? ""
            #expect(try await third.post("/login/code", form: [("token", token3), ("code", next)]).status == .unauthorized)
            // A made-up token gets the sign-in page again
            #expect(try await third.post("/login/code", form: [("token", "made-up"), ("code", next)]).text.contains("sign in again"))

            // An administrator switches it off (a lost phone); the password alone signs in again
            var admin = Browser(client)
            try await admin.signIn("admin")
            #expect(try await admin.get("/users").text.contains(#"name="twoStep" value="off""#))
            #expect(try await admin.post("/users/editor", form: [("twoStep", "off")]).status == .seeOther)
            #expect(try await archive.user(named: "editor")?.totpSecret == nil)
            var fourth = Browser(client)
            #expect(try await fourth.signIn("editor").status == .seeOther)
        }
    }

    @Test("Switching it off needs the password; only the user's own account is changed; visitors are sent to sign in")
    func switchOff() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var visitor = Browser(client)
            #expect(try await visitor.get("/account").status == .seeOther)
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            _ = try await Self.switchOn(&viewer)
            #expect(try await viewer.post("/account/two-step/off", form: [("current", "not the password")]).status == .unauthorized)
            #expect(try await archive.user(named: "viewer")?.totpSecret != nil)
            #expect(try await viewer.post("/account/two-step/off", form: [("current", WebFixture.password)]).status == .seeOther)
            #expect(try await archive.user(named: "viewer")?.totpSecret == nil)
            #expect(try await archive.user(named: "editor")?.totpSecret == nil)
            #expect(try await viewer.post("/account/two-step", form: [("secret", "!!"), ("code", "123456")]).status == .badRequest)
            #expect(try await viewer.post("/account/two-step/new", form: [], withToken: false).status == .forbidden)
        }
    }

    @Test("A user changes their own password: the current one is checked, the new one typed twice and long enough")
    func changePassword() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            let new = "a new and long passphrase"
            #expect(try await viewer.post("/account/password", form: [("current", "wrong one here"), ("new", new), ("repeat", new)]).status == .unauthorized)
            #expect(try await viewer.post("/account/password", form: [("current", WebFixture.password), ("new", new), ("repeat", new + "x")]).status == .badRequest)
            let short = try await viewer.post("/account/password", form: [("current", WebFixture.password), ("new", "short"), ("repeat", "short")])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("at least 10 characters"))
            #expect(try await viewer.post("/account/password", form: [("current", WebFixture.password), ("new", new), ("repeat", new)]).status == .seeOther)
            var later = Browser(client)
            #expect(try await later.signIn("viewer").status == .unauthorized)
            #expect(try await later.signIn("viewer", password: new).status == .seeOther)
        }
    }
}
