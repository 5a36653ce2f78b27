"""The first JSON API: structured fees, times and absolute URLs."""


def test_service_list_items_have_structured_fee_and_time(client):
    body = client.get("/api/v1/services?per_page=100").get_json()
    assert body["region"] == "kota-contoh"
    assert body["total"] >= 30 and len(body["items"]) == body["total"]
    ktp = next(item for item in body["items"] if item["slug"] == "ktp-el")
    assert ktp["name"] == "KTP-el (Kartu Tanda Penduduk Elektronik)"
    assert ktp["agency"] == "Dinas Kependudukan dan Pencatatan Sipil Kota Contoh"
    assert ktp["fee"]["free"] is True
    assert ktp["fee"]["lines"][0]["kind"] == "free"
    assert ktp["fee"]["lines"][0]["currency"] == "IDR"
    assert ktp["completion_time"] == {"value": 60, "unit": "minutes"}
    assert ktp["url"] == "http://registry.test/kota-contoh/layanan/ktp-el"


def test_pagination(client):
    first = client.get("/api/v1/services?per_page=5").get_json()
    second = client.get("/api/v1/services?per_page=5&page=2").get_json()
    assert len(first["items"]) == 5 and len(second["items"]) == 5
    assert not {i["slug"] for i in first["items"]} & {i["slug"] for i in second["items"]}


def test_filters_agency_category_and_q(client):
    by_agency = client.get("/api/v1/services?agency=disdukcapil&per_page=100").get_json()
    assert by_agency["items"] and all(
        i["agency_slug"] == "disdukcapil" for i in by_agency["items"])
    births = client.get("/api/v1/services?category=kelahiran").get_json()
    assert "akta-kelahiran" in [i["slug"] for i in births["items"]]
    assert all(i["category"] == "kelahiran" for i in births["items"])
    found = client.get("/api/v1/services?q=akte+kelahiran").get_json()
    assert found["items"][0]["slug"] == "akta-kelahiran"


def test_amounts_are_integer_rupiah(client):
    items = client.get("/api/v1/services?per_page=100").get_json()["items"]
    amounts = [line["amount"] for item in items for line in item["fee"]["lines"]
               if line["amount"] is not None]
    assert amounts and all(isinstance(a, int) for a in amounts)
    kinds = {line["kind"] for item in items for line in item["fee"]["lines"]}
    assert {"free", "fixed", "range", "per_unit", "formula"} <= kinds


def test_service_detail_is_the_whole_current_standard(client):
    body = client.get("/api/v1/services/akta-kelahiran").get_json()
    assert body["slug"] == "akta-kelahiran"
    assert body["requirements"] and body["procedure"] and body["legal_basis"]
    assert body["completion_time"] == {"value": 5, "unit": "working_days"}
    assert body["fee"]["lines"][0]["regulation"] == "UU No. 24 Tahun 2013 Pasal 79A"


def test_api_errors_are_json(client):
    missing = client.get("/api/v1/services/tidak-ada")
    assert missing.status_code == 404 and missing.get_json() == {"error": {
        "code": "not_found",
        "message": "Tidak ada layanan terbit \"tidak-ada\" di Kota Contoh."}}
    bad = client.get("/api/v1/services?page=abc")
    assert bad.status_code == 400 and bad.get_json() == {"error": {
        "code": "invalid_parameter", "parameter": "page",
        "message": "\"page\" harus berupa bilangan bulat."}}
    assert client.get("/api/v1/services?agency=nope").status_code == 404


def test_items_link_their_a4_poster_and_qr_code(client):
    items = client.get("/api/v1/services?per_page=100").get_json()["items"]
    ktp = next(item for item in items if item["slug"] == "ktp-el")
    assert ktp["poster_url"] == "http://registry.test/kota-contoh/layanan/ktp-el/poster.pdf?size=a4"
    assert ktp["qr_url"] == "http://registry.test/kota-contoh/layanan/ktp-el/qr.svg"
    detail = client.get("/api/v1/services/ktp-el").get_json()
    assert (detail["poster_url"], detail["qr_url"]) == (ktp["poster_url"], ktp["qr_url"])
    assert client.get(ktp["poster_url"].removeprefix("http://registry.test")).mimetype \
        == "application/pdf"
