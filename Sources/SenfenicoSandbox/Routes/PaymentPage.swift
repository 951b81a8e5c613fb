import Hummingbird
import SenfenicoAPI

extension SandboxRoutes {
    /// `authorization_url` of a checkout: a minimal page that shows what the customer would
    /// pay. The sandbox has no hosted payment flow; the checkout stays `pending`.
    func addPaymentPage(to group: SandboxRouterGroup) {
        group.get("payment_page/:reference") { request, context -> Response in
            let reference = context.parameters.get("reference") ?? ""
            guard let checkout = await directory.findCheckout(reference) else {
                return await respond(
                    .html(
                        Self.page(title: "Paiement introuvable", body: "<p>Ce paiement n'existe pas.</p>"),
                        status: .notFound), request, context)
            }
            let body = """
                <p>Montant : <strong>\(Self.escape(checkout.amount.formatted(.french)))</strong></p>
                <p>Référence : <code>\(Self.escape(checkout.reference))</code></p>
                <p>Statut : \(Self.escape(checkout.status.rawValue))</p>
                <p>Bac à sable Senfenico (mode test) : aucune somme réelle n'est débitée.</p>
                <p><a href="\(Self.escape(checkout.cancelURL ?? ""))">Annuler</a></p>
                """
            return await respond(.html(Self.page(title: "Paiement Senfenico (test)", body: body)), request, context)
        }
    }

    static func page(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="fr"><head><meta charset="utf-8"><title>\(escape(title))</title></head>
        <body><h1>\(escape(title))</h1>
        \(body)
        </body></html>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
