import Archive

/// One-use codes for signing in when the phone with the authenticator app is lost: ten of them, made when two-step
/// sign-in is switched on (or on request), shown once, and kept only as SHA-256 digests. Each is ten base32 letters
/// (50 random bits) written in two groups, `k7mq2-xa4rd`; spaces, dashes and case do not matter when typed.
enum RecoveryCodes {
    static let count = 10
    /// Base32 letters per code; two groups of five.
    static let length = 10
    /// From how few codes left the account page asks the user to make new ones.
    static let lowMark = 3

    /// New codes, as the user writes them down.
    static func generate() -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            let bytes = (0..<8).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let letters = Base32.encode(bytes).lowercased().prefix(length)
            return letters.prefix(length / 2) + "-" + letters.dropFirst(length / 2)
        }
    }

    /// The stored form of a code: the digest of its letters, lower case, without spaces or dashes; `nil` for text that
    /// cannot be a code.
    static func digest(_ typed: String) -> String? {
        let letters = typed.lowercased().filter { $0 != " " && $0 != "-" }
        guard letters.count == length, Base32.decode(letters) != nil else { return nil }
        return ContentDigest.sha256(letters)
    }

    /// The digests left once the typed code is used, or `nil` when it is none of them.
    static func redeem(_ typed: String, from digests: [String]) -> [String]? {
        guard let digest = digest(typed), let index = digests.firstIndex(of: digest) else { return nil }
        var left = digests
        left.remove(at: index)
        return left
    }
}
