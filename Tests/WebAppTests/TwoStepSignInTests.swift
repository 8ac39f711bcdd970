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

    /// Switches two-step sign-in on for the signed-in browser's account and returns the secret and the recovery codes shown.
    @discardableResult
    static func switchOn(_ browser: inout Browser) async throws -> (totp: TOTP, codes: [String]) {
        let setup = try await browser.post("/account/two-step/new", form: [])
        #expect(setup.status == .ok)
        let secret = try #require(setup.text.firstMatch(of: /name="secret" value="([A-Z2-7]+)"/)?.1).description
        let totp = try #require(TOTP(base32: secret))
        let wrong = try await browser.post("/account/two-step", form: [("secret", secret), ("code", "000000")])
        #expect(wrong.status == .badRequest || totp.code(at: Date()) == "000000")
        let on = try await browser.post("/account/two-step", form: [("secret", secret), ("code", totp.code(at: Date()))])
        #expect(on.status == .ok)
        #expect(on.text.contains("Two-step sign-in is on"))
        let codes = on.text.matches(of: /<li><code>([a-z2-7]{5}-[a-z2-7]{5})<\/code><\/li>/).map { String($0.1) }
        #expect(codes.count == RecoveryCodes.count)
        return (totp, codes)
    }

    /// Signs in with the password and returns the token of the code page.
    static func passwordStep(_ browser: inout Browser, _ name: String) async throws -> String {
        let first = try await browser.signIn(name)
        #expect(first.text.contains("Sign in: second step"))
        browser.csrf = browser.cookies[CSRFGuard.cookieName] ?? ""
        return try #require(first.text.firstMatch(of: /name="token" value="([^"]+)"/)?.1).description
    }

    @Test("Recovery codes: ten, shown once, kept as digests; each signs in once without the phone; new ones replace the old")
    func recoveryCodes() async throws {
        // The codes themselves: two groups of five base32 letters; typed with any case, spaces or dashes
        let made = RecoveryCodes.generate()
        #expect(made.count == 10 && Set(made).count == 10)
        #expect(made.allSatisfy { $0.wholeMatch(of: /[a-z2-7]{5}-[a-z2-7]{5}/) != nil })
        let digests = made.compactMap(RecoveryCodes.digest)
        #expect(RecoveryCodes.digest(made[0].uppercased().replacingOccurrences(of: "-", with: " ")) == digests[0])
        #expect(RecoveryCodes.redeem(made[3], from: digests) == Array(digests[..<3] + digests[4...]))
        #expect(RecoveryCodes.redeem("abcde-fghij", from: digests) == nil)
        #expect(RecoveryCodes.digest("123456") == nil && RecoveryCodes.digest("abcde-fghi1") == nil)

        let (app, archive) = try await WebFixture.app(config: WebConfig(loginAttempts: 5))
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            let (_, codes) = try await Self.switchOn(&editor)
            // Only digests are stored, and the audit log holds neither
            let stored = try #require(try await archive.user(named: "editor"))
            #expect(stored.recoveryCodes.count == 10 && !stored.recoveryCodes.contains(codes[0]))
            #expect(stored.recoveryCodes == codes.compactMap(RecoveryCodes.digest))
            let logged = try await archive.auditLog(AuditQuery(recordKind: "user", recordID: "editor"))
            #expect(!logged.contains { ($0.after ?? "").contains(stored.recoveryCodes[0]) || ($0.after ?? "").contains(codes[0]) })
            // The account page never shows them again, only how many are left
            let account = try await editor.get("/account").text
            #expect(account.contains("10 recovery codes left") && !account.contains(codes[0]))

            // A recovery code signs in instead of the app's code, once
            var phoneless = Browser(client)
            let token = try await Self.passwordStep(&phoneless, "editor")
            let wrong = try await phoneless.post("/login/code", form: [("token", token), ("recovery", "aaaaa-aaaaa")])
            #expect(wrong.status == .unauthorized && wrong.text.contains("recovery code is wrong"))
            let typed = codes[4].uppercased().replacingOccurrences(of: "-", with: " ")
            #expect(try await phoneless.post("/login/code", form: [("token", token), ("recovery", typed)]).status == .seeOther)
            #expect((try await phoneless.get("/api/v1/session").json as? [String: Any])?["user"] as? String == "editor")
            #expect(try await archive.user(named: "editor")?.recoveryCodes.count == 9)
            #expect(try await phoneless.get("/account").text.contains("9 recovery codes left"))
            var again = Browser(client)
            let token2 = try await Self.passwordStep(&again, "editor")
            #expect(try await again.post("/login/code", form: [("token", token2), ("recovery", codes[4])]).status == .unauthorized)

            // New codes need the password and replace the old ones
            #expect(try await editor.post("/account/recovery-codes", form: [("current", "not the password")]).status == .unauthorized)
            let renewed = try await editor.post("/account/recovery-codes", form: [("current", WebFixture.password)])
            #expect(renewed.status == .ok && renewed.text.contains("the old ones no longer work"))
            let fresh = renewed.text.matches(of: /<li><code>([a-z2-7]{5}-[a-z2-7]{5})<\/code><\/li>/).map { String($0.1) }
            #expect(fresh.count == 10 && Set(fresh).isDisjoint(with: codes))
            let token3 = try await Self.passwordStep(&again, "editor")
            #expect(try await again.post("/login/code", form: [("token", token3), ("recovery", codes[5])]).status == .unauthorized)
            #expect(try await again.post("/login/code", form: [("token", token3), ("recovery", fresh[0])]).status == .seeOther)

            // Few codes left: the account page says so; the users page shows the count to administrators
            var low = try #require(try await archive.user(named: "editor"))
            low.recoveryCodes = Array(low.recoveryCodes.prefix(2))
            try await archive.save(user: low, by: .system)
            #expect(try await editor.get("/account").text.contains("Few recovery codes are left"))
            var admin = Browser(client)
            try await admin.signIn("admin")
            #expect(try await admin.get("/users").text.contains("(2 recovery)"))

            // Switching two-step sign-in off drops the codes; without it there are none to replace
            #expect(try await editor.post("/account/two-step/off", form: [("current", WebFixture.password)]).status == .seeOther)
            #expect(try await archive.user(named: "editor")?.recoveryCodes == [])
            #expect(try await editor.post("/account/recovery-codes", form: [("current", WebFixture.password)]).status == .badRequest)
        }
    }

    @Test("A user switches it on; then a password alone does not sign in, the code does, once; an administrator can switch it off")
    func signInWithACode() async throws {
        let (app, archive) = try await WebFixture.app(config: WebConfig(loginAttempts: 5))
        try await app.test(.router) { client in
            var editor = Browser(client)
            try await editor.signIn("editor")
            #expect(try await editor.get("/account").text.contains("Set up two-step sign-in"))
            let totp = try await Self.switchOn(&editor).totp
            #expect(try await archive.user(named: "editor")?.totpSecret != nil)
            #expect(try await editor.get("/account").text.contains("Kuzet asks for a code"))
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
            try await Self.switchOn(&viewer)
            #expect(try await viewer.post("/account/two-step/off", form: [("current", "not the password")]).status == .unauthorized)
            #expect(try await archive.user(named: "viewer")?.totpSecret != nil)
            #expect(try await viewer.post("/account/two-step/off", form: [("current", WebFixture.password)]).status == .seeOther)
            #expect(try await archive.user(named: "viewer")?.totpSecret == nil)
            #expect(try await archive.user(named: "editor")?.totpSecret == nil)
            #expect(try await viewer.post("/account/two-step", form: [("secret", "!!"), ("code", "123456")]).status == .badRequest)
            #expect(try await viewer.post("/account/two-step/new", form: [], withToken: false).status == .forbidden)
            #expect(try await viewer.post("/account/recovery-codes", form: [("current", WebFixture.password)], withToken: false).status == .forbidden)
            #expect(try await visitor.post("/account/recovery-codes", form: [("current", WebFixture.password)]).status != .ok)
        }
    }

    @Test("A user changes their own password: the current one is checked, the new one typed twice and long enough")
    func changePassword() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            var elsewhere = Browser(client)
            try await elsewhere.signIn("viewer")
            let new = "a new and long passphrase"
            #expect(try await viewer.post("/account/password", form: [("current", "wrong one here"), ("new", new), ("repeat", new)]).status == .unauthorized)
            #expect(try await viewer.post("/account/password", form: [("current", WebFixture.password), ("new", new), ("repeat", new + "x")]).status == .badRequest)
            let short = try await viewer.post("/account/password", form: [("current", WebFixture.password), ("new", "short"), ("repeat", "short")])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("at least 10 characters"))
            #expect(try await viewer.post("/account/password", form: [("current", WebFixture.password), ("new", new), ("repeat", new)]).status == .seeOther)
            // The session that changed it goes on; the account's other sessions end
            #expect((try await viewer.get("/api/v1/session").json as? [String: Any])?["user"] as? String == "viewer")
            #expect((try await elsewhere.get("/api/v1/session").json as? [String: Any])?["user"] == nil)
            #expect(try await elsewhere.get("/account").status == .seeOther)
            var later = Browser(client)
            #expect(try await later.signIn("viewer").status == .unauthorized)
            #expect(try await later.signIn("viewer", password: new).status == .seeOther)
        }
    }
}
