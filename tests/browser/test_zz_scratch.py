import pytest
from tests.browser.conftest import AXE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def test_dump(phone_tab, users):
    from taawun.partners.factories import PartnerFactory
    p = PartnerFactory(name_fr="Ville de Tiznit", name_ar="مدينة تيزنيت")
    page = phone_tab.page
    c = page.context
    # sign in via cookie
    for path in ["/ar/", "/ar/partners/", f"/ar/partners/{p.pk}/ville-de-tiznit/", "/ar/accounts/login/", "/fr/"]:
        page.goto(phone_tab.url(path))
        v = AXE.run(page).response["violations"]
        print(path, [(x["id"], x["impact"], len(x["nodes"])) for x in v])
    page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.x=1'; document.body.append(s);
      const l = document.createElement('link'); l.rel='stylesheet'; l.href='https://cdn.example.com/x.css'; document.head.append(l);
      const d = document.createElement('div'); d.setAttribute('style','width:3000px;height:10px'); document.body.append(d); }""")
    page.wait_for_timeout(500)
    print(phone_tab._browser_problems(), phone_tab._layout_problems())
