import Foundation
import Testing

@testable import SenfenicoAPI

@Suite struct HTTPDateTests {
    @Test func theDateHeaderIsRFC9110sFixdate() {
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 951_782_400.75)) == "Tue, 29 Feb 2000 00:00:00 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 1_796_083_199)) == "Mon, 30 Nov 2026 23:59:59 GMT")
    }

    @Test func itAgreesWithFoundationsHTTPDateFormat() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let date = Date(timeIntervalSince1970: Double(Int.random(in: 0...4_102_444_800, using: &generator)))
            #expect(HTTPDate.format(date) == formatter.string(from: date))
        }
    }
}
