"""The transaction import's template comes from this commune's registers: its example row
imports as it is, and the commit links to the projects the file recorded transactions on."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from taawun.projects.choices import TransactionType
from taawun.projects.models import Transaction
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def url(name, lang="ar"):
    with translation.override(lang):
        return reverse(name)


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_the_templates_example_row_imports_without_error(client_for, commune, lang):
    project = ProjectFactory(code="PRJ-EX", planned_start=date(2025, 1, 1))
    client = client_for("finance")
    response = client.get(url("projects:transactions-import-template", lang))
    data = b"".join(response.streaming_content)
    assert b"PRJ-EX" in data
    response = client.post(
        url("projects:transactions-import", lang), {"file": SimpleUploadedFile("t.csv", data)}
    )
    preview = response.context["preview"]
    assert preview.is_valid, [row.errors for row in preview.rows]
    response = client.post(url("projects:transactions-import-commit", lang), follow=True)
    tx = Transaction.objects.get()
    assert tx.project == project and tx.type == TransactionType.COMMITMENT
    assert tx.provider == project.owner and tx.receiver == commune
    assert f'href="{project.get_manage_url()}"' in response.content.decode()
