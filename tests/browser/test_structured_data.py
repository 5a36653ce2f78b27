"""The JSON-LD in service pages, read by real Chromium with the site's CSP enforced."""
from tests.browser.conftest import PHONE

READ_JSON_LD = "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')" \
    ".textContent)"


def test_json_ld_is_data_the_csp_lets_through(live_server, browser):
    context = browser.new_context(viewport=PHONE, locale="id-ID")  # no bypass_csp
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script("window.cspViolations = [];"
                         "document.addEventListener('securitypolicyviolation',"
                         " e => window.cspViolations.push(e.violatedDirective));")
    response = page.goto(f"{live_server}/kota-contoh/layanan/uji-kir")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    data = page.evaluate(READ_JSON_LD)
    assert data["@type"] == "GovernmentService"
    assert [offer["price"] for offer in data["offers"]] == [75000, 100000, 60000, 30000]
    assert page.evaluate("window.cspViolations") == []
    assert not [text for text in console if "Content Security Policy" in text]
    context.close()
