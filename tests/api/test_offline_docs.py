"""The interactive API page works on a closed network: every asset it loads is served by the app."""

import re

from django.contrib.staticfiles import finders


def test_swagger_page_loads_only_local_assets(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', response.content.decode())
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert finders.find(asset.removeprefix("/static/")), asset


def test_the_api_index_links_its_documentation_page(client):
    """/api/v1/ named its documentation 「docs/api.md」, a path of the source repository no user of an installation has."""
    index = client.get("/api/v1/").json()
    assert index["documentation"] == "/api/v1/docs"
    assert client.get(index["documentation"]).status_code == 200
    assert client.get(index["openapi"]).status_code == 200


def test_api_and_api_docs_lead_to_the_documentation_page(client):
    """/api/docs was the HTML 404 (the page is one version deeper, at /api/v1/docs): /api/ and /api/docs redirect there."""
    for url in ("/api/", "/api/docs", "/api/docs/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/api/v1/docs"), url
    assert client.get("/api/docs", follow=True).status_code == 200
    assert client.get("/api/v1/").json()["title"]  # the API's own index is unchanged
