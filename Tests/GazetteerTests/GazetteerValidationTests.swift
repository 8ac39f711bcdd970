import CivicModel
import Testing
@testable import Gazetteer

/// `Gazetteer(places:)` refuses inconsistent data with a message naming the problem.
@Suite struct GazetteerValidationTests {
    let region = Place(id: "pla-north-region", name: "North Region", kind: .region)
    let town = Place(id: "pla-oakton", name: "Oakton", aliases: ["Oak Town"], kind: .town, regionID: "pla-north-region")

    @Test func consistentDataIsAccepted() throws {
        let gazetteer = try Gazetteer(places: [region, town])
        #expect(gazetteer.place(named: "north oblast") == region)
        #expect(gazetteer.place(named: "Oak Town") == town)
        #expect(gazetteer.region(of: town) == region)
        #expect(gazetteer.regions == [region])
    }

    @Test func duplicateIdentifiersAreRefused() {
        #expect { try Gazetteer(places: [region, town, town]) } throws: { "\($0)".contains("'pla-oakton' is used twice") }
    }

    @Test func regionsMustExistAndBeRegions() {
        let stray = Place(id: "pla-stray", name: "Stray", kind: .town, regionID: "pla-nowhere")
        #expect { try Gazetteer(places: [region, stray]) } throws: { "\($0)".contains("'pla-nowhere'") }
        let underTown = Place(id: "pla-hamlet", name: "Hamlet", kind: .village, regionID: "pla-oakton")
        #expect { try Gazetteer(places: [region, town, underTown]) } throws: { "\($0)".contains("not a region") }
    }

    @Test func oneNameCannotBelongToTwoPlacesOfOneKind() {
        let twin = Place(id: "pla-oakton-2", name: "Other", aliases: ["OAKTON"], kind: .town, regionID: "pla-north-region")
        #expect { try Gazetteer(places: [region, town, twin]) } throws: {
            "\($0)".contains("'OAKTON'") && "\($0)".contains("pla-oakton")
        }
        // A region and a town may share a bare name: the settlement wins a lookup.
        let sameName = Place(id: "pla-north", name: "North", kind: .town, regionID: "pla-north-region")
        let regionAlias = Place(id: "pla-north-region", name: "North Region", aliases: ["North"], kind: .region)
        let gazetteer = try? Gazetteer(places: [regionAlias, sameName])
        #expect(gazetteer?.place(named: "North") == sameName)
    }

    @Test func namesWithoutLettersAreRefused() {
        let blank = Place(id: "pla-blank", name: "—", kind: .region)
        #expect { try Gazetteer(places: [blank]) } throws: { "\($0)".contains("without letters") }
    }
}
