import Foundation
import Hummingbird
import SenfenicoAPI

/// Routes outside the API, for end-to-end tests that drive a running sandbox:
///
/// - `GET /_sandbox/health`: `{"status": true, "message": "Senfenico sandbox (test mode)", "data": {...}}`.
/// - `GET /_sandbox/faults`: the rules in force, as spec strings.
/// - `PUT /_sandbox/faults` with `["spec", ...]` (or `{"faults": [...]}`): replaces them.
/// - `POST /_sandbox/faults` with the same body: adds to them.
/// - `DELETE /_sandbox/faults`: removes them all.
/// - `POST /_sandbox/time/advance` with `{"seconds": 120}`: moves sandbox time forward, so
///   OTPs expire and settlements move on without waiting.
///
/// They take no API key and are never subject to faults. The sandbox listens on loopback
/// only, so only the machine's own programs can reach them.
extension SandboxRoutes {
    func addControlRoutes(to group: SandboxRouterGroup) {
        group.get("health") { request, context -> Response in
            let now = clock.now()
            let reply = Reply.success("Senfenico sandbox (test mode)") { json in
                json.object { json in
                    json.member("live_mode", false)
                    json.member("time_scale", number: String(timeScale))
                    json.member("now", now)
                    json.key("faults")
                    json.array { json in for rule in faults.current { json.string(rule.description) } }
                }
            }
            return await respond(reply, request, context)
        }

        group.get("faults") { request, context -> Response in
            await respond(faultList(), request, context)
        }
        group.put("faults") { request, context -> Response in
            await changeFaults(request, context) { faults.replace(with: $0) }
        }
        group.post("faults") { request, context -> Response in
            await changeFaults(request, context) { faults.append($0) }
        }
        group.delete("faults") { request, context -> Response in
            faults.replace(with: [])
            return await respond(faultList(), request, context)
        }

        group.post("time/advance") { request, context -> Response in
            var request = request
            let buffer = (try? await request.collectBody(upTo: 4096)) ?? ByteBuffer()
            let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any]
            guard let seconds = (object?["seconds"] as? NSNumber)?.doubleValue, seconds >= 0 else {
                return await respond(.field("seconds", FieldMessages.validInteger), request, context)
            }
            live.clockOffset.withLock { $0 += Int64(seconds * 1_000_000) }
            let now = clock.now()
            return await respond(.success("Time advanced") { $0.object { $0.member("now", now) } }, request, context)
        }
    }

    private func faultList() -> Reply {
        let specs = faults.current.map(\.description)
        return .success("Faults in force") { json in
            json.array { json in for spec in specs { json.string(spec) } }
        }
    }

    private func changeFaults(
        _ request: Request, _ context: SandboxRequestContext, apply: ([FaultRule]) -> Void
    ) async -> Response {
        var request = request
        let buffer = (try? await request.collectBody(upTo: 65_536)) ?? ByteBuffer()
        let object = try? JSONSerialization.jsonObject(
            with: Data(buffer.readableBytesView), options: [.fragmentsAllowed])
        let specs: [String]? =
            switch object {
            case let list as [String]: list
            case let wrapped as [String: Any]: wrapped["faults"] as? [String]
            case let single as String: [single]
            default: nil
            }
        guard let specs else {
            return await respond(.field("faults", "Expected a JSON list of fault specs."), request, context)
        }
        do {
            let rules = try specs.map(FaultRule.parse)
            apply(rules)
            return await respond(faultList(), request, context)
        } catch {
            return await respond(.field("faults", "\(error)"), request, context)
        }
    }
}
