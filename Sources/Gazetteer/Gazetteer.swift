import CivicModel
import Foundation

/// The places of Kazakhstan monitors write about: the 20 regions (17 oblasts and the cities of republican
/// significance Almaty, Astana and Shymkent), the main cities and towns, and districts named in reports,
/// each with its region, coordinates and the spellings in use.
///
/// Names are compared by folded key, so case, diacritics, Cyrillic script and common transliteration
/// variants do not matter. A region answers to "X Region", "X Oblast" and "X Province"; a settlement
/// also to "X City" and "City of X"; a district to "X District" and "X Raion".
public struct Gazetteer: Sendable {
    /// The bundled data (`Resources/places.json`), loaded once. The data is checked by the tests, so a
    /// failure to load it is a build defect and stops the program with the gazetteer's message.
    public static let kazakhstan: Gazetteer = {
        do {
            return try Gazetteer(contentsOf: bundledDataURL)
        } catch {
            fatalError("\(error)")
        }
    }()

    /// Where the bundled place data lives.
    public static var bundledDataURL: URL {
        Bundle.module.url(forResource: "places", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources/places.json")
    }

    public let places: [Place]
    /// Where the data says its names and coordinates come from (the file's `source` note).
    public let sourceNote: String?

    private let indexByID: [Place.ID: Int]
    /// Folded name key → indices of the places with that name, most likely first.
    private let indexByKey: [String: [Int]]
    /// Folded first word → the names starting with it, longest first; used to find mentions.
    let namesByFirstWord: [String: [Name]]

    /// One name of one place, as folded words.
    struct Name: Sendable {
        let words: [String]
        let placeIndex: Int
    }

    /// Builds a gazetteer, checking that identifiers are unique, every `regionID` names a region or a city of
    /// republican significance, and no name (with its derived variants) is given to two places of one kind.
    public init(places: [Place]) throws {
        try self.init(places: places, sourceNote: nil)
    }

    /// Reads a place file: `{"source": "…", "places": [{"id", "name", "kind", "regionID", "aliases", "latitude", "longitude"}]}`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GazetteerError.unreadable("\(url.path): \(error.localizedDescription)")
        }
        let file: PlaceFile
        do {
            file = try JSONDecoder().decode(PlaceFile.self, from: data)
        } catch {
            throw GazetteerError.unreadable("\(url.lastPathComponent): \(error)")
        }
        try self.init(places: file.places.map(\.place), sourceNote: file.source)
    }

    private init(places: [Place], sourceNote: String?) throws {
        var indexByID: [Place.ID: Int] = [:]
        for (index, place) in places.enumerated() {
            guard indexByID.updateValue(index, forKey: place.id) == nil else {
                throw GazetteerError.duplicateID(place.id.rawValue)
            }
        }
        for place in places {
            guard let regionID = place.regionID else { continue }
            guard let region = indexByID[regionID].map({ places[$0] }), region.kind.isRegion else {
                throw GazetteerError.unknownRegion(regionID.rawValue, of: place.id.rawValue)
            }
        }

        var indexByKey: [String: [Int]] = [:]
        var owners: [PlaceKind: [String: Int]] = [:]
        var namesByFirstWord: [String: [Name]] = [:]
        for (index, place) in places.enumerated() {
            var seen: Set<String> = []
            for written in place.allNames {
                let words = PlaceNameFolding.words(of: written)
                guard !words.isEmpty else { throw GazetteerError.emptyName(of: place.id.rawValue) }
                for variant in Self.variants(of: words, kind: place.kind) {
                    let key = variant.joined(separator: " ")
                    guard seen.insert(key).inserted else { continue }
                    if let other = owners[place.kind]?[key], other != index {
                        throw GazetteerError.conflictingName(written, places[other].id.rawValue, place.id.rawValue)
                    }
                    owners[place.kind, default: [:]][key] = index
                    indexByKey[key, default: []].append(index)
                    namesByFirstWord[variant[0], default: []].append(Name(words: variant, placeIndex: index))
                }
            }
        }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            (places[a].kind.precedence, a) < (places[b].kind.precedence, b)
        }
        self.places = places
        self.sourceNote = sourceNote
        self.indexByID = indexByID
        self.indexByKey = indexByKey.mapValues { $0.sorted(by: precedes) }
        self.namesByFirstWord = namesByFirstWord.mapValues {
            $0.sorted { a, b in
                a.words.count != b.words.count ? a.words.count > b.words.count : precedes(a.placeIndex, b.placeIndex)
            }
        }
    }

    public func place(id: Place.ID) -> Place? {
        indexByID[id].map { places[$0] }
    }

    /// The place a name refers to, whatever its case, diacritics, script or transliteration:
    /// "Almaty Oblast" is Almaty Region, "Almaty" the city, "Oral" is Uralsk, "Nur-Sultan" is Astana.
    public func place(named written: String) -> Place? {
        let key = PlaceNameFolding.key(of: written)
        guard !key.isEmpty, let index = indexByKey[key]?.first else { return nil }
        return places[index]
    }

    /// The region or city of republican significance a place counts under; a region counts under itself.
    public func region(of place: Place) -> Place? {
        self.place(id: place.countingRegionID)
    }

    /// The 20 regions: 17 oblasts and the 3 cities of republican significance, in data order.
    public var regions: [Place] {
        places.filter { $0.kind.isRegion }
    }

    /// The names a place answers to, as folded words: the written name plus the customary suffixed forms.
    private static func variants(of words: [String], kind: PlaceKind) -> [[String]] {
        var result = [words]
        switch kind {
        case .region:
            if let last = words.last, regionSuffixes.contains(last), words.count > 1 {
                result += regionSuffixes.map { words.dropLast() + [$0] }
            }
        case .district:
            if let last = words.last, districtSuffixes.contains(last), words.count > 1 {
                result += districtSuffixes.map { words.dropLast() + [$0] }
            }
        case .republicanCity, .city, .town, .village:
            for word in settlementWords {
                result.append(words + [word])
                result.append([word, of] + words)
            }
        }
        return result
    }

    /// ("Regional" as courts write it: "the Abai Regional Court".)
    private static let regionSuffixes = ["Region", "Oblast", "Province", "Oblysy", "Regional"].map(PlaceNameFolding.key(of:))
    private static let districtSuffixes = ["District", "Raion", "Rayon", "Audany"].map(PlaceNameFolding.key(of:))
    private static let settlementWords = ["City", "Town", "Village"].map(PlaceNameFolding.key(of:))
    private static let of = PlaceNameFolding.key(of: "of")
}

extension PlaceKind {
    /// Regions and cities of republican significance: the 20 units statistics count.
    var isRegion: Bool { self == .region || self == .republicanCity }

    /// Which kind wins when one name belongs to places of several kinds: settlements before regions and
    /// districts, whose own names normally carry a suffix ("Almaty" is the city, "Almaty Region" the region).
    var precedence: Int {
        switch self {
        case .republicanCity: 0
        case .city: 1
        case .town: 2
        case .village: 3
        case .region: 4
        case .district: 5
        }
    }
}

/// The JSON layout of a place file.
private struct PlaceFile: Decodable {
    var source: String?
    var places: [Entry]

    struct Entry: Decodable {
        var id: Place.ID
        var name: String
        var kind: PlaceKind
        var regionID: Place.ID?
        var aliases: [String]?
        var latitude: Double?
        var longitude: Double?

        var place: Place {
            Place(id: id, name: name, aliases: aliases ?? [], kind: kind, regionID: regionID,
                  latitude: latitude, longitude: longitude)
        }
    }
}
