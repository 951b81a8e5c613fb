extension CheckoutPageTemplates {
    /// A small stylesheet, inline so that the page needs no second request and no file next
    /// to the binary.
    static let styles = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
        .banner{margin:0;padding:.5rem 1rem;background:#ffcc00;color:#1d2330;font-weight:600;text-align:center}
        main{max-width:28rem;margin:1.5rem auto;padding:1.5rem;background:#fff;border-radius:.5rem;\
        box-shadow:0 1px 3px rgba(0,0,0,.15)}
        .amount{font-size:2rem;font-weight:700;margin:.25rem 0}
        .merchant,.reference,.step,.hint,.paying{color:#5b6475;font-size:.9rem}
        h1{font-size:1.3rem}
        fieldset{border:1px solid #d0d5dd;border-radius:.375rem;margin:1rem 0;padding:.5rem 1rem}
        fieldset.invalid{border-color:#b42318}
        .operator{display:block;padding:.35rem 0;font-weight:400}
        label{font-weight:600}
        input[type=tel],input[type=text]{display:block;width:100%;box-sizing:border-box;font-size:1.25rem;\
        padding:.5rem;margin:.25rem 0;border:1px solid #98a2b3;border-radius:.375rem}
        input[aria-invalid=true]{border-color:#b42318}
        .field-error{color:#b42318;font-weight:600;margin:.25rem 0}
        .instructions{background:#eef4ff;border-left:4px solid #2e5aac;padding:.5rem 1rem;margin:1rem 0}
        .instructions .label{font-weight:600;margin:0 0 .25rem}
        button{font-size:1rem;padding:.6rem 1rem;border-radius:.375rem;cursor:pointer}
        .primary{width:100%;background:#1b7f3b;color:#fff;border:0;font-weight:700;margin-top:.75rem}
        .link{background:none;border:0;color:#2e5aac;text-decoration:underline;padding:.75rem 0}
        .success{color:#1b7f3b}
        .failure{color:#b42318}
        a.button{display:inline-block;background:#2e5aac;color:#fff;padding:.6rem 1rem;border-radius:.375rem;\
        text-decoration:none}
        """
}
