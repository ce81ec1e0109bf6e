"""The form patterns every record form shares (core's manage/form.html and RecordFormView): the
error summary linked to the fields, "Error:" in the title, the upload kept across a validation
error, and the way back to the edited row with the record named."""

import re

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import path, reverse

from taawun import urls as site_urls
from taawun.core.forms import KEPT_PREFIX
from taawun.core.views import RecordFormView

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

ENGLISH = {"accept-language": "en"}  # the test URLs have no language prefix
RECEIVED = []  # what the throwaway service was given: (first name, file name, file bytes)


class ProofForm(forms.Form):
    first_name = forms.CharField(max_length=50, help_text="As on the identity card.")
    last_name = forms.CharField(max_length=50)
    proof = forms.FileField()

    def __init__(self, *args, instance=None, **kwargs):
        super().__init__(*args, **kwargs)

    def clean(self):
        if self.cleaned_data.get("first_name") == "clash":
            raise forms.ValidationError("These two names clash.")
        return self.cleaned_data


class ProofView(RecordFormView):
    permission = "partners.add_partner"  # editors only (admin, officer)
    form_class = ProofForm
    title = "Proof"
    parent_field = "pk"

    def get_parent_queryset(self):
        return get_user_model().objects.all()

    def get_record_queryset(self):
        return get_user_model().objects.all()

    def load(self):
        if not hasattr(self, "parent"):
            self.parent = self.record = get_user_model().objects.get(pk=self.kwargs["pk"])
        return self.parent

    def save(self, form):
        proof = form.cleaned_data["proof"]
        RECEIVED.append((form.cleaned_data["first_name"], proof.name, proof.read()))
        self.record.first_name = form.cleaned_data["first_name"]
        self.record.save()
        return self.record

    def get_success_url(self):
        return "/done/"


urlpatterns = [
    *site_urls.urlpatterns,
    path("test/proof/<int:pk>/", ProofView.as_view(), name="test-proof"),
]
handler403 = site_urls.handler403
handler404 = site_urls.handler404


@pytest.fixture(autouse=True)
def _clean_received():
    RECEIVED.clear()


def url(user):
    return reverse("test-proof", args=[user.pk])


def upload(name="proof.pdf", content=b"%PDF-1.4 the proof"):
    return SimpleUploadedFile(name, content, "application/pdf")


def kept_token(page):
    match = re.search(rf'name="{KEPT_PREFIX}proof" value="([^"]+)"', page)
    return match and match.group(1)


def test_a_form_with_errors_opens_with_a_summary_linking_each_field_in_error(client_for, users):
    response = client_for("officer").post(
        url(users["partner"]), {"first_name": ""}, headers=ENGLISH
    )
    assert response.status_code == 400
    page = response.content.decode()
    summary = page[
        page.index('id="error-summary"') : page.index("</ul>", page.index("error-summary"))
    ]
    assert 'role="alert"' in page and 'tabindex="-1"' in page and "data-error-summary" in page
    assert "There is a problem" in summary
    for name in ("first_name", "last_name", "proof"):
        assert f'href="#id_{name}"' in summary
    assert page.index('id="error-summary"') < page.index("<h1>")
    assert re.search(r'<script src="[^"]*core/forms\.js[^"]*" defer>', page)


def test_the_summary_also_lists_the_errors_of_the_whole_form(client_for, users):
    data = {"first_name": "clash", "last_name": "Idrissi", "proof": upload()}
    page = client_for("officer").post(url(users["partner"]), data).content.decode()
    summary = page[page.index('id="error-summary"') :]
    assert "These two names clash." in summary[: summary.index("</div>")]


def test_each_field_in_error_is_invalid_and_described_by_its_message_and_help(client_for, users):
    page = client_for("officer").post(url(users["partner"]), {}).content.decode()
    first = re.search(r'<input[^>]*name="first_name"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in first
    assert 'aria-describedby="id_first_name_helptext id_first_name_error"' in first
    assert 'id="id_first_name_error"' in page and 'id="id_first_name_helptext"' in page


def test_the_title_starts_with_the_error_word_only_when_the_form_has_errors(client_for, users):
    client = client_for("officer")
    opened = client.get(url(users["partner"]), headers=ENGLISH).content.decode()
    assert "<title>Proof ·" in opened
    assert 'id="error-summary"' not in opened
    failed = client.post(url(users["partner"]), {}, headers=ENGLISH).content.decode()
    assert "<title>Error: Proof ·" in failed


def test_a_file_sent_with_an_error_elsewhere_is_kept_and_sent_with_the_next_post(client_for, users):
    client = client_for("officer")
    first = client.post(
        url(users["partner"]), {"first_name": "Salma", "proof": upload()}, headers=ENGLISH
    )
    assert first.status_code == 400
    page = first.content.decode()
    token = kept_token(page)
    assert token
    assert "File kept: <bdi>proof.pdf</bdi>" in page and "choose another to replace it" in page
    file_input = re.search(r'<input type="file"[^>]*>', page).group(0)
    assert 'aria-describedby="id_proof_kept"' in file_input
    assert 'id="id_proof_kept"' in page

    second = client.post(
        url(users["partner"]),
        {"first_name": "Salma", "last_name": "Idrissi", KEPT_PREFIX + "proof": token},
    )
    assert second.status_code == 302
    assert RECEIVED == [("Salma", "proof.pdf", b"%PDF-1.4 the proof")]


def test_a_kept_file_is_replaced_by_a_new_choice_and_forgotten_after_saving(client_for, users):
    client = client_for("officer")
    token = kept_token(client.post(url(users["partner"]), {"proof": upload()}).content.decode())
    data = {"first_name": "Salma", "last_name": "Idrissi", KEPT_PREFIX + "proof": token}
    client.post(url(users["partner"]), {**data, "proof": upload("new.pdf", b"%PDF new")})
    assert RECEIVED == [("Salma", "new.pdf", b"%PDF new")]
    # Saved: the token now finds nothing, the file is asked for again.
    again = client.post(url(users["partner"]), data)
    assert again.status_code == 400
    assert "proof" in again.context["form"].errors


def test_a_kept_file_is_found_only_by_the_user_who_sent_it(client_for, users):
    token = kept_token(
        client_for("officer").post(url(users["partner"]), {"proof": upload()}).content.decode()
    )
    data = {"first_name": "Salma", "last_name": "Idrissi", KEPT_PREFIX + "proof": token}
    response = client_for("admin").post(url(users["partner"]), data)
    assert response.status_code == 400
    assert "proof" in response.context["form"].errors
    assert RECEIVED == []


def test_a_forged_token_finds_nothing(client_for, users):
    for token in ("../../etc", "x" * 32, ""):
        response = client_for("officer").post(
            url(users["partner"]),
            {"first_name": "Salma", "last_name": "Idrissi", KEPT_PREFIX + "proof": token},
        )
        assert response.status_code == 400
        assert "proof" in response.context["form"].errors


def test_saving_an_edit_returns_to_the_list_at_the_edited_row_and_names_the_record(
    client_for, users
):
    target = users["partner"]
    listed = "/ar/manage/partners/?kind=association&page=3"
    client = client_for("officer")
    form = client.get(url(target), {"next": listed}).content.decode()
    assert f'name="next" value="{listed.replace("&", "&amp;")}"' in form
    response = client.post(
        url(target),
        {"first_name": "Salma", "last_name": "Idrissi", "proof": upload(), "next": listed},
        headers=ENGLISH,
    )
    assert response.status_code == 302
    assert response["Location"] == f"{listed}#user-{target.pk}"
    target.refresh_from_db()
    assert [str(m) for m in response.wsgi_request._messages] == [f"Saved: <bdi>{target}</bdi>"]


def test_a_next_address_of_another_site_is_ignored(client_for, users):
    target = users["partner"]
    for forged in ("https://evil.example/", "//evil.example/x", "javascript:alert(1)"):
        response = client_for("officer").post(
            url(target),
            {"first_name": "Salma", "last_name": "Idrissi", "proof": upload(), "next": forged},
        )
        assert response["Location"] == f"/done/#user-{target.pk}"
