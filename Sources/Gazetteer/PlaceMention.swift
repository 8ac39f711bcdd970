import CivicModel

/// A place named in a text: which place, where (offsets in Unicode scalars, end exclusive) and how it was written.
public struct PlaceMention: Hashable, Sendable {
    public let place: Place
    /// Offset of the first scalar of the name in the text.
    public let start: Int
    /// Offset just past the last scalar of the name.
    public let end: Int
    /// The name exactly as the text writes it ("Kapshagay City", "Nur-Sultan").
    public let written: String

    public init(place: Place, start: Int, end: Int, written: String) {
        self.place = place
        self.start = start
        self.end = end
        self.written = written
    }
}
