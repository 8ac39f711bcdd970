import Crypto
import Foundation

/// Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226: HMAC-SHA1 of the
/// 30-second step, six digits), for two-step sign-in.
struct TOTP: Sendable {
    /// RFC 6238's defaults, which every authenticator app uses unless told otherwise.
    static let period: Int64 = 30
    static let digits = 6
    /// Codes one step either side are accepted too: a phone's clock may be a little off.
    static let window: Int64 = 1
    /// 160-bit secrets, as RFC 4226 recommends for HMAC-SHA1.
    static let secretBytes = 20

    let key: [UInt8]

    /// A secret written in base32, as apps show and take it; `nil` when it is not base32 or too short.
    init?(base32 secret: String) {
        guard let key = Base32.decode(secret), key.count >= 10 else { return nil }
        self.key = key
    }

    /// A new random secret, base32.
    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base32.encode((0..<secretBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    static func step(at date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) / period }

    /// The code of a time step, zero-padded.
    func code(step: Int64) -> String {
        let counter = withUnsafeBytes(of: UInt64(bitPattern: step).bigEndian) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: counter, using: SymmetricKey(data: key)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<Self.digits { modulus *= 10 }
        let text = String(binary % modulus)
        return String(repeating: "0", count: Self.digits - text.count) + text
    }

    func code(at date: Date) -> String { code(step: Self.step(at: date)) }

    /// The time step a typed code belongs to, within the window around `date`, or `nil`. Spaces are ignored.
    func step(matching typed: String, at date: Date) -> Int64? {
        let digitsOnly = typed.filter { !$0.isWhitespace }
        guard digitsOnly.count == Self.digits, digitsOnly.allSatisfy(\.isASCII), digitsOnly.allSatisfy(\.isNumber) else { return nil }
        let now = Self.step(at: date)
        return (now - Self.window...now + Self.window).first { code(step: $0) == digitsOnly }
    }

    /// The `otpauth://` address apps read (from a QR code or pasted), naming Kuzet and the account.
    static func uri(secret: String, account: String, issuer: String = "Kuzet") -> String {
        let label = "\(issuer):\(account)".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? account
        return "otpauth://totp/\(label)?secret=\(secret)&issuer=\(issuer)&algorithm=SHA1&digits=\(digits)&period=\(period)"
    }
}

/// RFC 4648 base32 (A–Z, 2–7), without padding when written; spaces, dashes and lower case are read too.
enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var buffer: UInt32 = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer: UInt32 = 0, bits = 0
        for scalar in text.uppercased().unicodeScalars where scalar != " " && scalar != "-" && scalar != "=" {
            guard scalar.isASCII, let value = alphabet.firstIndex(of: UInt8(scalar.value)) else { return nil }
            buffer = (buffer << 5) | UInt32(value)
            bits += 5
            if bits >= 8 {
                out.append(UInt8((buffer >> UInt32(bits - 8)) & 0xff))
                bits -= 8
            }
        }
        return out
    }
}

/// Sign-ins that passed the password and wait for the code: a random token for each, good for five minutes and a few
/// tries; and the last code used per account, so that a code seen over someone's shoulder cannot be used again (and
/// the recovery codes redeemed, for the same reason).
actor TwoStepLogins {
    struct Pending { var user: String; var next: String; var expires: Date; var failures: Int }
    static let lifetime: TimeInterval = 300
    static let triesPerSignIn = 5

    private var pending: [String: Pending] = [:]
    private var lastStep: [String: Int64] = [:]
    private var redeemed: [String: Set<String>] = [:]
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = { Date() }) { self.clock = clock }

    func start(user: String, next: String) -> String {
        let now = clock()
        pending = pending.filter { $0.value.expires > now }
        let token = CSRFGuard.newToken()
        pending[token] = Pending(user: user, next: next, expires: now.addingTimeInterval(Self.lifetime), failures: 0)
        return token
    }

    /// The sign-in a token stands for, while it is valid.
    func waiting(_ token: String) -> Pending? {
        guard let found = pending[token], found.expires > clock() else { pending[token] = nil; return nil }
        return found
    }

    /// Checks a code for the token's account; on success the token is used up. After too many wrong codes it is too.
    func complete(_ token: String, code: String, secret: TOTP) -> Pending? {
        guard let found = waiting(token) else { return nil }
        if let step = secret.step(matching: code, at: clock()), step > (lastStep[found.user] ?? .min) {
            lastStep[found.user] = step
            pending[token] = nil
            return found
        }
        fail(token)
        return nil
    }

    /// Checks a recovery code for the token's account: on success the token is used up and the account's digests
    /// without the code's are returned, to be saved. A wrong code counts as a wrong six-digit code; a code already
    /// redeemed since the server started is refused even while the account's save is still under way.
    func complete(_ token: String, recovery typed: String, digests: [String]) -> (Pending, left: [String])? {
        guard let found = waiting(token) else { return nil }
        if let digest = RecoveryCodes.digest(typed), !redeemed[found.user, default: []].contains(digest),
           let left = RecoveryCodes.redeem(typed, from: digests) {
            redeemed[found.user, default: []].insert(digest)
            pending[token] = nil
            return (found, left)
        }
        fail(token)
        return nil
    }

    private func fail(_ token: String) {
        pending[token]?.failures += 1
        if (pending[token]?.failures ?? 0) >= Self.triesPerSignIn { pending[token] = nil }
    }

    /// Marks a code as used when two-step sign-in is switched on with it.
    func use(step: Int64, for user: String) { lastStep[user] = max(step, lastStep[user] ?? .min) }

    /// The time the codes are checked at.
    func now() -> Date { clock() }
}
