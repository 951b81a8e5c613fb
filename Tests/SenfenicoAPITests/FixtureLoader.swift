import Foundation
import Testing

@testable import SenfenicoAPI

/// Reads the reference's samples copied under `Fixtures/`.
enum Fixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
        return Array(try Data(contentsOf: url))
    }

    static func envelope<Payload>(
        _ name: String, _ read: (inout JSONReader) throws -> Payload
    ) throws -> Envelope<Payload> {
        try bytes(name).withUnsafeBytes { try Envelope.read($0, data: read) }
    }

    static func envelope<Payload>(
        json: String, _ read: (inout JSONReader) throws -> Payload
    ) throws -> Envelope<Payload> {
        try Array(json.utf8).withUnsafeBytes { try Envelope.read($0, data: read) }
    }
}

extension JSONReader {
    /// Reads an array of models as a payload.
    mutating func readList<Element: JSONReadable>(_: Element.Type) throws -> [Element] {
        try readArray() ?? []
    }
}
