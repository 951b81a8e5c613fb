import AsyncHTTPClient
import Foundation
import NIOCore
import SenfenicoAPI

/// The plain approach, for comparison: download the whole body, then `JSONDecoder` into
/// Codable structs, with the usual snake_case key conversion.
enum FoundationBaseline {
    struct Attempt: Codable {
        var ipAddress: String?
        var attemptDate: String?
        var confirmationStatus: String?
    }

    struct ChargeRow: Codable {
        var reference: String
        var amount: Int
        var fees: String?
        var currency: String?
        var transactionDate: String?
        var ipAddress: String?
        var status: String
        var liveMode: Bool?
        var paymentMethod: String?
        var provider: String?
        var phone: String?
        var cancelledAt: String?
        var cancellationReason: String?
        var createdAt: String?
        var updatedAt: String?
        var confirmationAttempts: [Attempt]?
    }

    struct ListEnvelope: Codable {
        var status: Bool
        var message: String
        var data: [ChargeRow]
    }

    /// Downloads the body chunk by chunk and decodes nothing: the floor any decoder adds to.
    static func downloadOnly(baseURL: String, key: String) async throws -> Int {
        var request = HTTPClientRequest(url: baseURL + "/v1/payment/charges")
        request.headers.add(name: "X-API-KEY", value: key)
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        var bytes = 0
        for try await chunk in response.body { bytes += chunk.readableBytes }
        return bytes
    }

    static func listCharges(baseURL: String, key: String) async throws -> Int {
        var request = HTTPClientRequest(url: baseURL + "/v1/payment/charges")
        request.headers.add(name: "X-API-KEY", value: key)
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 1 << 30)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let envelope = try decoder.decode(ListEnvelope.self, from: Data(body.readableBytesView))
        return envelope.data.count
    }
}
