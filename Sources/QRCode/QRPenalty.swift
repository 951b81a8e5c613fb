/// The standard's penalty for a masked symbol (ISO/IEC 18004, 7.8.3): the lower, the easier to
/// read. Runs of one colour, 2x2 blocks, finder-like 1:1:3:1:1 patterns and an imbalance of
/// dark and light all cost points.
enum QRPenalty {
    private static let runOfFive = 3
    private static let block = 3
    private static let finderLike = 40
    private static let imbalance = 10

    static func score(_ modules: [Bool], size: Int) -> Int {
        var score = 0
        for row in 0..<size {
            score += lineScore(size: size) { modules[row * size + $0] }
        }
        for column in 0..<size {
            score += lineScore(size: size) { modules[$0 * size + column] }
        }
        for row in 0..<size - 1 {
            for column in 0..<size - 1 {
                let colour = modules[row * size + column]
                if colour == modules[row * size + column + 1] && colour == modules[(row + 1) * size + column]
                    && colour == modules[(row + 1) * size + column + 1]
                {
                    score += block
                }
            }
        }
        let dark = modules.lazy.filter { $0 }.count
        let total = size * size
        // The smallest k such that the dark share is within (45 - 5k) % to (55 + 5k) %.
        let steps = (abs(dark * 20 - total * 10) + total - 1) / total - 1
        score += steps * imbalance
        return score
    }

    /// Runs of five or more and finder-like patterns along one row or column. The line is
    /// read as if surrounded by light modules, as the quiet zone is.
    private static func lineScore(size: Int, _ module: (Int) -> Bool) -> Int {
        var score = 0
        var history = RunHistory(size: size)
        var runColour = false
        var runLength = 0
        for index in 0..<size {
            if module(index) == runColour {
                runLength += 1
                if runLength == 5 {
                    score += runOfFive
                } else if runLength > 5 {
                    score += 1
                }
            } else {
                history.add(runLength)
                if !runColour { score += history.finderLikePatterns() * finderLike }
                runColour = module(index)
                runLength = 1
            }
        }
        // Close the line: a dark run ends, then the light border.
        if runColour {
            history.add(runLength)
            runLength = 0
        }
        history.add(runLength + size)
        score += history.finderLikePatterns() * finderLike
        return score
    }

    /// The lengths of the last seven runs, newest first.
    private struct RunHistory {
        let size: Int
        var lengths = [Int](repeating: 0, count: 7)

        mutating func add(_ length: Int) {
            // The first run of a line also counts the light border before it.
            let length = lengths[0] == 0 ? length + size : length
            lengths.removeLast()
            lengths.insert(length, at: 0)
        }

        /// 1:1:3:1:1 dark-light-dark-light-dark runs with four light modules on one side
        /// (0, 1 or 2 of them: both sides count separately).
        func finderLikePatterns() -> Int {
            let unit = lengths[1]
            let core =
                unit > 0 && lengths[2] == unit && lengths[3] == unit * 3 && lengths[4] == unit
                && lengths[5] == unit
            guard core else { return 0 }
            return (lengths[0] >= unit * 4 && lengths[6] >= unit ? 1 : 0)
                + (lengths[6] >= unit * 4 && lengths[0] >= unit ? 1 : 0)
        }
    }
}
