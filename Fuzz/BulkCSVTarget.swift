// libFuzzer target: a bulk-transfer file, read by BulkPreview.parse (CSV.swift's CSVReader, the
// header and delimiter detection, and the row checks) from arbitrary bytes (see Fuzz/README.md).
//
// Checked besides "no crash": every row accepted is sendable (a whole amount of 100 to
// 10 000 000 F CFA, an eight-digit mobile number, a wallet, an ext_id of at most 100 characters
// used once), line numbers only grow, the totals per wallet add up to the total, and, as issue
// 12 asks, no accepted row was made from a cell holding a control character (a newline inside
// `"1\n00"` must not become 100 F CFA; a control character in an ext_id must not be sent).

import BulkTransfers
import Foundation

@testable import SenfenicoAPI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBulkCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var counter = 0
    let preview: BulkPreview
    do {
        preview = try BulkPreview.parse(bytes: bytes) {
            counter += 1
            return "generated-\(counter)"
        }
    } catch {
        keep(error.message)
        return 0
    }
    precondition(preview.delimiter == "," || preview.delimiter == ";")
    var lastLine = 0
    var extIDs: Set<String> = []
    for row in preview.rows {
        precondition(row.line > lastLine, "row lines do not grow")
        lastLine = row.line
        precondition(row.amount.isWholeFrancs, "a fraction of a franc accepted")
        precondition(row.amount >= Validator.minimumTransferAmount && row.amount <= Validator.maximumAmount)
        precondition(PhoneNumber(row.recipientPhone.digits) == row.recipientPhone)
        precondition(row.extID.count <= Validator.maximumExtIDLength, "ext_id too long")
        precondition(extIDs.insert(row.extID).inserted, "ext_id \(row.extID) used twice")
        precondition(
            !row.extID.unicodeScalars.contains(where: isControl),
            "control character in ext_id \(row.extID.debugDescription) accepted (line \(row.line))")
        keep(row.request)
    }
    for problem in preview.problems {
        precondition(!problem.issues.isEmpty, "a problem without a reason")
        keep(problem.reasons)
    }
    let byWallet = preview.totalsByWallet
    precondition(byWallet.reduce(0) { $0 + $1.count } == preview.rows.count)
    precondition(byWallet.reduce(Money.zero) { $0 + $1.amount } == preview.totalAmount)
    keep(preview.batches())

    // The accepted rows' amount and phone cells, found again by line: none may hold a control
    // character. Only checked for files the reference reader below understands the same way
    // (comma-separated, no header); it is deliberately simple.
    if !preview.hasHeader, preview.delimiter == ",", let text = String(validating: bytes, as: UTF8.self) {
        let records = simpleRecords(text)
        for row in preview.rows {
            guard let record = records.first(where: { $0.line == row.line }) else { continue }
            // Blanks around a cell are trimmed by the reader and harmless; inside, they are not.
            let cells = record.cells.prefix(2).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            for cell in cells where cell.unicodeScalars.contains(where: isControl) {
                fatalError(
                    "line \(row.line): cell \(cell.debugDescription) with a control character accepted as "
                        + "\(row.amount.jsonText) to \(row.recipientPhone.digits)")
            }
        }
    }
    return 0
}

private func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
}

/// RFC 4180 records with the line each starts on (CRLF, LF or CR end a line).
private func simpleRecords(_ text: String) -> [(line: Int, cells: [String])] {
    var records: [(line: Int, cells: [String])] = []
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var line = 1
    var recordLine = 1
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var index = 0
    func endRecord() {
        cells.append(cell)
        records.append((recordLine, cells))
        cells = []
        cell = ""
    }
    while index < scalars.count {
        let scalar = scalars[index]
        index += 1
        if quoted {
            if scalar == "\"" {
                if index < scalars.count, scalars[index] == "\"" {
                    cell.unicodeScalars.append("\"")
                    index += 1
                } else {
                    quoted = false
                }
            } else {
                if scalar == "\n" && !(index >= 2 && scalars[index - 2] == "\r") || scalar == "\r" { line += 1 }
                cell.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"" where cell.isEmpty: quoted = true
        case ",":
            cells.append(cell)
            cell = ""
        case "\r", "\n":
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            line += 1
            endRecord()
            recordLine = line
        default: cell.unicodeScalars.append(scalar)
        }
    }
    if !cell.isEmpty || !cells.isEmpty { endRecord() }
    return records
}

/// Keeps a result the optimiser could otherwise drop with the traps it may raise.
@_optimize(none)
private func keep<T>(_ value: T) {}
