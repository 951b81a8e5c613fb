import Foundation
import Hummingbird
import SenfenicoAPI

/// Reads a JSON request body field by field, the way the real API's DRF serializers do:
/// every broken field is reported at once, under its name.
struct RequestFields {
    private let values: [String: Any]
    private(set) var errors: [String: [String]] = [:]

    init(values: [String: Any]) {
        self.values = values
    }

    /// A JSON object body; anything else is a validation error on `non_field_errors`.
    static func parse(_ buffer: ByteBuffer) -> Result<RequestFields, SandboxFailure> {
        let data = Data(buffer.readableBytesView)
        guard !data.isEmpty else { return .success(RequestFields(values: [:])) }
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let values = object as? [String: Any]
        else { return .failure(.field("non_field_errors", FieldMessages.invalidJSON)) }
        return .success(RequestFields(values: values))
    }

    var failure: SandboxFailure? { errors.isEmpty ? nil : .validation(errors) }

    mutating func fail(_ field: String, _ message: String) {
        errors[field, default: []].append(message)
    }

    func raw(_ field: String) -> Any? { values[field] }

    /// Whether the field is absent or `null`.
    func isMissing(_ field: String) -> Bool {
        values[field] == nil || values[field] is NSNull
    }

    /// A whole number of francs, as a JSON integer or a numeric string (`500`, `"500"`,
    /// `500.0`), at least `minimum`. Fractions, booleans and other types are refused.
    mutating func amount(_ field: String, minimum: Int64 = 1) -> Money? {
        switch Self.parseAmount(values[field], minimum: minimum) {
        case .success(let money): return money
        case .failure(let message):
            fail(field, message.text)
            return nil
        }
    }

    struct Message: Error {
        let text: String
    }

    static func parseAmount(_ value: Any?, minimum: Int64) -> Result<Money, Message> {
        let text: String
        switch value {
        case nil: return .failure(Message(text: FieldMessages.required))
        case is NSNull: return .failure(Message(text: FieldMessages.mayNotBeNull))
        case let number as NSNumber:
            // JSON `true`/`false` arrive as NSNumber too; their Objective-C type is "c".
            guard String(cString: number.objCType) != "c" else {
                return .failure(Message(text: FieldMessages.validInteger))
            }
            // The number's own text (`500`, `500.5`) is parsed exactly, never through Double arithmetic.
            text = number.stringValue
        case let string as String:
            text = string.trimmingCharacters(in: .whitespaces)
        default:
            return .failure(Message(text: FieldMessages.validInteger))
        }
        guard let money = Money(text), money.isWholeFrancs else {
            return .failure(Message(text: FieldMessages.validInteger))
        }
        guard money >= Money(francs: minimum) else {
            return .failure(Message(text: FieldMessages.minimum(Int(minimum))))
        }
        // The real API stores amounts in 32-bit integer columns.
        guard money <= Money(francs: 2_147_483_647) else { return .failure(Message(text: FieldMessages.maxInteger)) }
        return .success(money)
    }

    /// A required text field; numbers are accepted as their text, as DRF's CharField does.
    mutating func string(_ field: String) -> String? {
        guard let value = values[field] else {
            fail(field, FieldMessages.required)
            return nil
        }
        return text(field, value)
    }

    /// An optional text field: absent and `null` give nil.
    mutating func optionalString(_ field: String) -> String? {
        guard let value = values[field], !(value is NSNull) else { return nil }
        return text(field, value)
    }

    private mutating func text(_ field: String, _ value: Any) -> String? {
        let text: String
        switch value {
        case is NSNull:
            fail(field, FieldMessages.mayNotBeNull)
            return nil
        case let string as String:
            text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        case let number as NSNumber where String(cString: number.objCType) != "c":
            text = number.stringValue
        default:
            fail(field, FieldMessages.notAString)
            return nil
        }
        guard !text.isEmpty else {
            fail(field, FieldMessages.blank)
            return nil
        }
        return text
    }

    /// A nested object (`payment_method_details`).
    mutating func object(_ field: String) -> RequestFields? {
        guard let value = values[field], !(value is NSNull) else {
            fail(field, FieldMessages.required)
            return nil
        }
        guard let nested = value as? [String: Any] else {
            fail(field, "Invalid data. Expected a dictionary, but got \(Self.typeName(value)).")
            return nil
        }
        return RequestFields(values: nested)
    }

    /// The raw list under a field (`transfers`).
    mutating func list(_ field: String) -> [Any]? {
        guard let value = values[field], !(value is NSNull) else {
            fail(field, FieldMessages.required)
            return nil
        }
        guard let list = value as? [Any] else {
            fail(field, "Expected a list of items but got type \"\(Self.typeName(value))\".")
            return nil
        }
        return list
    }

    /// A choice among known raw values.
    mutating func choice<Choice: OpenEnum>(_ field: String, _ type: Choice.Type, required: Bool) -> Choice? {
        let value = required ? string(field) : optionalString(field)
        guard let value else { return nil }
        guard let choice = Choice.knownCases.first(where: { $0.rawValue == value }) else {
            fail(field, FieldMessages.notAChoice(value))
            return nil
        }
        return choice
    }

    /// Python's names for JSON types, as DRF prints them.
    static func typeName(_ value: Any) -> String {
        switch value {
        case is String: "str"
        case is [Any]: "list"
        case is [String: Any]: "dict"
        case let number as NSNumber: String(cString: number.objCType) == "c" ? "bool" : "int"
        default: "object"
        }
    }
}
