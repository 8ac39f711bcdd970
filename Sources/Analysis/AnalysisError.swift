/// An error of the analysis module, with a one-line message.
public struct AnalysisError: Error, CustomStringConvertible, Sendable {
    public let description: String
    private init(_ message: String) { description = message }

    /// Input the analysis cannot work with: a bad period, an unknown recommendation.
    public static func invalid(_ message: String) -> AnalysisError { AnalysisError(message) }
    /// A tool the analysis needs is not installed.
    public static func missingTool(_ message: String) -> AnalysisError { AnalysisError(message) }
    /// A bundled data file is malformed.
    public static func badData(_ message: String) -> AnalysisError { AnalysisError(message) }
}
