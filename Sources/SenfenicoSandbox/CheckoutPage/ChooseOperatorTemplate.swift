extension CheckoutPageTemplates {
    /// Step 1: the operator and the phone number that pays, each error at its field.
    static let chooseOperator = """
        {{<layout}}{{$content}}
        <h1>{{heading}}</h1>
        <p class="step">{{step}}</p>
        <form method="post" action="{{payAction}}" novalidate>
        <fieldset{{#operatorError}} class="invalid" aria-describedby="provider-error"{{/operatorError}}>
        <legend>{{operatorLegend}}</legend>
        {{#operators}}
        <label class="operator"><input type="radio" name="provider" value="{{value}}" id="provider-{{value}}"\
        {{#checked}} checked{{/checked}}> {{name}}</label>
        {{/operators}}
        {{#operatorError}}<p class="field-error" id="provider-error">{{operatorError}}</p>{{/operatorError}}
        </fieldset>
        <label for="phone">{{phoneLabel}}</label>
        <input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" value="{{phone}}" \
        placeholder="76 00 00 00" aria-describedby="phone-hint{{#phoneError}} phone-error{{/phoneError}}"\
        {{#phoneError}} aria-invalid="true"{{/phoneError}}>
        {{#phoneError}}<p class="field-error" id="phone-error">{{phoneError}}</p>{{/phoneError}}
        <p class="hint" id="phone-hint">{{phoneHint}}</p>
        <button type="submit" class="primary" id="pay">{{payButton}}</button>
        </form>
        {{> cancelForm}}
        {{/content}}{{/layout}}
        """
}
