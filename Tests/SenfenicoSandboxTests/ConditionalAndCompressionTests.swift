import Foundation
import NIOCore
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct ConditionalAndCompressionTests {
    @Test func listsAndBalancesAnswer304WhileUnchanged() async throws {
        try await Sandbox.with { sandbox in
            _ = try await sandbox.createCharge()
            for path in ["/charges", "/transfers", "/settlements", "/checkouts", "/balances"] {
                let first = try await sandbox.call(.GET, path)
                let etag = try #require(first.headers.first(name: "ETag"), "\(path)")
                let again = try await sandbox.call(.GET, path, headers: [("If-None-Match", etag)])
                #expect(again.status == 304, "\(path)")
                #expect(again.body.readableBytes == 0)
                #expect(again.headers.first(name: "ETag") == etag)
                let other = try await sandbox.call(.GET, path, headers: [("If-None-Match", "W/\"other\"")])
                #expect(other.status == 200)
            }

            let before = try #require(try await sandbox.call(.GET, "/charges").headers.first(name: "ETag"))
            _ = try await sandbox.createCharge(phone: "77000000")
            let after = try await sandbox.call(.GET, "/charges", headers: [("If-None-Match", before)])
            #expect(after.status == 200)
            #expect(after.list.count == 2)
            #expect(after.headers.first(name: "ETag") != before)
        }
    }

    @Test func stateChangesFromTimeChangeTheETag() async throws {
        try await Sandbox.with { sandbox in
            _ = try await sandbox.paidCharge()
            let etag = try #require(try await sandbox.call(.GET, "/balances").headers.first(name: "ETag"))
            sandbox.clock.advance(seconds: 5)
            #expect(try await sandbox.call(.GET, "/balances", headers: [("If-None-Match", etag)]).status == 200)
        }
    }

    @Test func etagsDifferBetweenAccounts() async throws {
        try await Sandbox.with { sandbox in
            let mine = try await sandbox.call(.GET, "/charges").headers.first(name: "ETag")
            var other = sandbox
            other.key = Sandbox.newKey()
            let theirs = try await other.call(.GET, "/charges").headers.first(name: "ETag")
            #expect(mine != theirs)
        }
    }

    @Test func gzipWhenAccepted() async throws {
        try await Sandbox.with(seedCharges: 500) { sandbox in
            let plain = try await sandbox.call(.GET, "/charges")
            #expect(plain.headers.first(name: "Content-Encoding") == nil)
            let zipped = try await sandbox.call(.GET, "/charges", headers: [("Accept-Encoding", "gzip, deflate")])
            #expect(zipped.status == 200)
            #expect(zipped.headers.first(name: "Content-Encoding") == "gzip")
            #expect(zipped.body.readableBytes < plain.body.readableBytes / 4)
            #expect(try Gzip.decompress(zipped.body) == plain.body)

            // Small answers too, and the cached gzip form is reused.
            let balances = try await sandbox.call(.GET, "/balances", headers: [("Accept-Encoding", "gzip")])
            #expect(balances.headers.first(name: "Content-Encoding") == "gzip")
            let again = try await sandbox.call(.GET, "/charges", headers: [("Accept-Encoding", "gzip")])
            #expect(again.body == zipped.body)
        }
    }

    @Test func acceptEncodingParsing() {
        #expect(Gzip.isAccepted(by: "gzip"))
        #expect(Gzip.isAccepted(by: "br, gzip;q=0.8"))
        #expect(Gzip.isAccepted(by: "*"))
        #expect(!Gzip.isAccepted(by: "gzip;q=0"))
        #expect(!Gzip.isAccepted(by: "identity"))
        #expect(!Gzip.isAccepted(by: nil))
    }

    @Test func ifNoneMatchComparison() {
        #expect(Reply.matches(ifNoneMatch: "W/\"a-1-c2\"", etag: "W/\"a-1-c2\""))
        #expect(Reply.matches(ifNoneMatch: "\"x\", \"a-1-c2\"", etag: "W/\"a-1-c2\""))
        #expect(Reply.matches(ifNoneMatch: "*", etag: "W/\"a\""))
        #expect(!Reply.matches(ifNoneMatch: "\"a-1-c3\"", etag: "W/\"a-1-c2\""))
    }
}
