/// What happened, in the controlled vocabulary of the design (stable identifiers).
public enum EventType: String, Vocabulary {
    case detention
    case administrativeArrest = "administrative_arrest"
    case fine
    case warning
    case criminalCaseOpened = "criminal_case_opened"
    case charged
    case pretrialDetention = "pretrial_detention"
    case houseArrest = "house_arrest"
    case conviction
    case acquittalOrCaseClosed = "acquittal_or_case_closed"
    case release
    case organizationSuspended = "organization_suspended"
    case organizationBanned = "organization_banned"
    case registrationDenied = "registration_denied"
    case assemblyRefused = "assembly_refused"
    case assemblyDispersed = "assembly_dispersed"
    case internetShutdown = "internet_shutdown"
    case physicalAttack = "physical_attack"
    case propertyAttack = "property_attack"
    case surveillance
    case searchOfPremises = "search_of_premises"
    case travelRestriction = "travel_restriction"
    case politicalPrisonerRecognized = "political_prisoner_recognized"
    case other

    public static let vocabularyName = "event type"

    /// A short human label ("administrative arrest").
}
