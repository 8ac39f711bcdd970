import HummingbirdBcrypt

/// Password hashing with bcrypt; the cost can be lowered in tests only.
public struct PasswordHasher: Sendable {
    public let cost: UInt8
    public init(cost: UInt8 = 12) { self.cost = cost }

    /// The shortest password accepted.
    public static let minimumLength = 10

    public func hash(_ password: String) throws -> String {
        guard password.count >= Self.minimumLength else {
            throw WebError.badRequest("a password needs at least \(Self.minimumLength) characters")
        }
        return Bcrypt.hash(password, cost: cost)
    }

    public func verify(_ password: String, hash: String) -> Bool {
        guard hash.hasPrefix("$2") else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}
