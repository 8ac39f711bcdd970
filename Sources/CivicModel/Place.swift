/// A region, city, town or district of Kazakhstan, with its region and coordinates for maps.
public struct Place: ArchiveRecord {
    public static let recordKind = RecordKind.place
    public typealias ID = Identifier<Place>

    public var id: ID
    public var name: String
    /// Spelling variants and former names (Uralsk / Oral; Nur-Sultan / Astana / Akmola).
    public var aliases: [String]
    public var kind: PlaceKind
    /// The region (oblast or city of republican significance) the place belongs to; `nil` for a region itself.
    public var regionID: Place.ID?
    public var latitude: Double?
    public var longitude: Double?
    public var revision: Int

    public init(id: ID, name: String, aliases: [String] = [], kind: PlaceKind, regionID: Place.ID? = nil,
                latitude: Double? = nil, longitude: Double? = nil, revision: Int = 0) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.regionID = regionID
        self.latitude = latitude
        self.longitude = longitude
        self.revision = revision
    }

    public var allNames: [String] { [name] + aliases }

    /// The region to count the place under: itself when it is a region or a city of republican significance.
    public var countingRegionID: Place.ID { regionID ?? id }
}

public enum PlaceKind: String, Vocabulary {
    case region
    /// Almaty, Astana and Shymkent: cities with the standing of a region.
    case republicanCity = "republican_city"
    case city, town, district, village
    public static let vocabularyName = "place kind"
}
