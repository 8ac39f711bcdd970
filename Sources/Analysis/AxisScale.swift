import Foundation

/// A value axis with round gridlines: a step of 1, 2, 2.5 or 5 times a power of ten, chosen so that a
/// handful of lines cover the largest value, and a top that is a whole number of steps. Every line is
/// labelled with the value it stands at (quarters of the maximum would label 6.5 as "7").
struct AxisScale: Equatable {
    let step: Double
    let top: Double

    /// The most gridlines above zero the axis draws.
    static let targetLines = 4.0
    /// The round steps, as multiples of a power of ten; counts skip 2.5.
    static let roundSteps = [1.0, 2, 2.5, 5, 10], wholeSteps = [1.0, 2, 5, 10]

    /// `whole`: the values are counts, so steps below 1 (and of 2.5) are not used.
    init(maximum: Double, whole: Bool = true) {
        let largest = max(maximum, whole ? 1 : .ulpOfOne)
        let rough = largest / Self.targetLines
        let power = pow(10, floor(log10(rough)))
        let multiple = (whole ? Self.wholeSteps : Self.roundSteps).first { $0 * power >= rough } ?? 10
        step = whole ? max(1, multiple * power) : multiple * power
        top = (largest / step).rounded(.up) * step
    }

    /// The values of the gridlines, from zero to the top.
    var ticks: [Double] {
        (0...Int((top / step).rounded())).map { Double($0) * step }
    }
}
