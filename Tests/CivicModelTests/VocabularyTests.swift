import Foundation
import Testing
@testable import CivicModel

@Suite struct VocabularyTests {
    @Test func eventTypesAreExactlyTheDesignsList() {
        let design = """
        detention administrative_arrest fine warning criminal_case_opened charged pretrial_detention house_arrest \
        conviction acquittal_or_case_closed release organization_suspended organization_banned registration_denied \
        assembly_refused assembly_dispersed internet_shutdown physical_attack property_attack surveillance \
        search_of_premises travel_restriction political_prisoner_recognized other
        """.split(separator: " ").map(String.init)
        #expect(EventType.allCases.map(\.rawValue) == design)
        #expect(SanctionKind.allCases.map(\.rawValue) == [
            "administrative_arrest", "fine", "restriction_of_freedom", "imprisonment", "suspension",
            "ban_on_activity", "warning", "other",
        ])
        #expect(Currency.allCases.map(\.rawValue) == ["KZT", "MCI", "EUR", "USD"])
    }

    @Test func unknownTermsAreRefusedWithTheAllowedList() {
        #expect(throws: ModelError.self) { try EventType.parse("arrested") }
        do {
            _ = try EventType.parse("arrested")
        } catch {
            #expect("\(error)".contains("unknown event type 'arrested'"))
            #expect("\(error)".contains("administrative_arrest"))
        }
        let json = Data(#"["detention","kidnapping"]"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([EventType].self, from: json) }
    }

    @Test func citationsParseBothCodes() throws {
        #expect(try LegalProvisionRef.parse("CC 174") == LegalProvisionRef(code: .criminal, article: "174"))
        #expect(try LegalProvisionRef.parse("CoAO 488 part 2") == LegalProvisionRef(code: .administrative, article: "488", part: "2"))
        #expect(throws: ModelError.self) { try LegalProvisionRef.parse("UK 174") }
        #expect(throws: ModelError.self) { try LegalProvisionRef.parse("CC") }
    }

    @Test func sanctionsEncodeEveryKeyAsTheExtractShapeDoes() throws {
        let sanction = Sanction(kind: .suspension, months: 6)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(sanction), as: UTF8.self)
        #expect(json == #"{"amount":null,"currency":null,"days":null,"kind":"suspension","months":6,"years":null}"#)
        #expect(sanction.phrase == "suspension, 6 months")
        #expect(Sanction(kind: .fine, amount: 530_250, currency: .kzt).phrase == "fine, 530,250 KZT")
        #expect(NumberText.grouped(1_234_567.25) == "1,234,567.25" && NumberText.grouped(6.5) == "6.5")
        #expect(NumberText.grouped(42) == "42" && NumberText.grouped(-4_325) == "-4,325")
    }
}

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Max Bokayev", "Bokaev"), ("Yeseneyev", "Eseneev"), ("Zhanaozen", "Janaozen"),
        ("Akhmedyarov", "Ahmedyarov"), ("Serikzhan Bilash", "Bilash Serikzhan"), ("Kanaliev", "Kanaliyev"),
    ])
    func transliterationsMatch(_ a: String, _ b: String) {
        #expect(NameKey(a).matches(NameKey(b)))
    }

    @Test("Each variant is replaced in order, over the whole word, and doubled letters fold, in any script")
    func foldingRules() {
        #expect(NameKey("Dzhaksybekov").description == "zhaxibekov")
        #expect(NameKey("Jaksybekov").description == NameKey("Dzhaksybekov").description)
        #expect(NameKey("Tsoi Yuri").description == "coi iuri")
        #expect(NameKey("Alkhanashvilly").description == NameKey("Alkhanashvily").description)
        // Cyrillic is transliterated first (see NameKeyCyrillicTests); other scripts keep their letters.
        #expect(NameKey("Жанна Анненкова").description == "zhana anenkova")
        #expect(NameKey("გიორგი").description == "გიორგი")
    }

    @Test(arguments: [("Max Bokayev", "Talgat Ayan"), ("Nazira Lepesova", "Nazira Lesova"), ("Lepesova", "Lepesov")])
    func differentNamesDoNotMatch(_ a: String, _ b: String) {
        #expect(!NameKey(a).matches(NameKey(b)))
    }

    @Test func aPersonIsNamedByAnyAlias() {
        let person = Person(name: "Max Bokayev", aliases: ["Maks Bokaev"])
        #expect(person.isNamed("BOKAEV"))
        #expect(!person.isNamed("Ayan"))
    }
}
