import Foundation
import QRCode
import Testing

/// A symbol committed as test data in `Golden/`: the correction level's letter on the first
/// line, the text on the second, then one line of `0` (light) and `1` (dark) per module row.
///
/// They were made once by this encoder and each read back by zbarimg before being committed;
/// the encoder must keep producing them bit for bit (a change of mask choice or placement would
/// show here even on a machine without zbarimg), and CI reads them back again.
struct GoldenMatrix: CustomTestStringConvertible, Sendable {
    let name: String
    let correction: QRCorrection
    let text: String
    let rows: [[Bool]]

    var testDescription: String { name }

    /// Every file in the Golden folder, by name.
    static let all: [GoldenMatrix] = {
        guard let folder = Bundle.module.url(forResource: "Golden", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            .compactMap { try? GoldenMatrix(file: $0) }
    }()

    init(file: URL) throws {
        let lines = try String(contentsOf: file, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        name = file.deletingPathExtension().lastPathComponent
        correction =
            switch lines[0] {
            case "L": .low
            case "Q": .quartile
            case "H": .high
            default: .medium
            }
        text = String(lines[1])
        rows = lines.dropFirst(2).filter { !$0.isEmpty }.map { line in line.map { $0 == "1" } }
    }

    /// The committed rows as a matrix-sized PBM with the standard quiet zone, for zbarimg.
    func pbm(quietZone: Int = 4, scale: Int = 4) -> [UInt8] {
        let side = (rows.count + 2 * quietZone) * scale
        let bytesPerRow = (side + 7) / 8
        var bytes = Array("P4\n\(side) \(side)\n".utf8)
        for y in 0..<side {
            var row = [UInt8](repeating: 0, count: bytesPerRow)
            for x in 0..<side {
                let r = y / scale - quietZone
                let c = x / scale - quietZone
                if rows.indices.contains(r) && rows.indices.contains(c) && rows[r][c] {
                    row[x / 8] |= 0x80 >> UInt8(x % 8)
                }
            }
            bytes.append(contentsOf: row)
        }
        return bytes
    }
}
