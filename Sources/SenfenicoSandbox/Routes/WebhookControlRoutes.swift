import Foundation
import Hummingbird
import SenfenicoAPI

/// Where the sandbox's webhooks go, changed while it runs:
///
/// - `GET /_sandbox/webhooks`: the receivers, the header the hash travels in, the key (masked:
///   `…1a2b`) and the file it came from, and the latest delivery attempts.
/// - `POST /_sandbox/webhooks` with `{"url": "http://127.0.0.1:9000/hook"}` (or a list of
///   URLs): adds receivers.
/// - `DELETE /_sandbox/webhooks` with `{"url": "..."}`: removes one; with no body, all.
///
/// Like the other control routes they take no API key; the sandbox listens on loopback only.
extension SandboxRoutes {
    func addWebhookControlRoutes(to group: SandboxRouterGroup) {
        group.get("webhooks") { request, context -> Response in
            await respond(webhookState(message: "Webhooks"), request, context)
        }
        group.post("webhooks") { request, context -> Response in
            guard let urls = await Self.webhookURLs(in: request), !urls.isEmpty else {
                return await respond(.field("url", "Expected an http:// or https:// URL."), request, context)
            }
            for url in urls { webhooks.add(receiver: url) }
            return await respond(webhookState(message: "Webhook receivers added"), request, context)
        }
        group.delete("webhooks") { request, context -> Response in
            let urls = await Self.webhookURLs(in: request) ?? []
            if urls.isEmpty {
                webhooks.remove(receiver: nil)
            } else {
                for url in urls { webhooks.remove(receiver: url) }
            }
            return await respond(webhookState(message: "Webhook receivers removed"), request, context)
        }
    }

    private func webhookState(message: String) -> Reply {
        let receivers = webhooks.receivers
        let deliveries = webhooks.recentDeliveries
        let key = webhooks.key.masked
        let keyFile = webhooks.keyFile
        return .success(message) { json in
            json.object { json in
                json.key("urls")
                json.array { json in for url in receivers { json.string(url) } }
                json.member("header", WebhookHeader.hash)
                json.member("key", key)
                json.member("key_file", keyFile)
                json.key("deliveries")
                json.array { json in
                    for delivery in deliveries {
                        json.object { json in
                            json.member("event", delivery.event)
                            json.member("url", delivery.url)
                            json.member("attempt", number: String(delivery.attempt))
                            json.member("result", delivery.line)
                            json.key("status")
                            switch delivery.outcome {
                            case .delivered(let status), .refused(let status, _): json.number(status)
                            case .unreachable, .dropped: json.null()
                            }
                        }
                    }
                }
            }
        }
    }

    /// `{"url": "..."}`, `{"urls": [...]}`, `["...", ...]` or `"..."`; nil when the body holds
    /// anything that is not an http(s) URL. An empty body is an empty list.
    private static func webhookURLs(in request: Request) async -> [String]? {
        var request = request
        let buffer = (try? await request.collectBody(upTo: 65_536)) ?? ByteBuffer()
        guard buffer.readableBytes > 0 else { return [] }
        let object = try? JSONSerialization.jsonObject(
            with: Data(buffer.readableBytesView), options: [.fragmentsAllowed])
        let urls: [String]? =
            switch object {
            case let single as String: [single]
            case let list as [String]: list
            case let wrapped as [String: Any]:
                (wrapped["url"] as? String).map { [$0] } ?? wrapped["urls"] as? [String]
            default: nil
            }
        guard let urls, urls.allSatisfy(isWebhookURL) else { return nil }
        return urls
    }

    static func isWebhookURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), url.host != nil else { return false }
        return scheme == "http" || scheme == "https"
    }
}
