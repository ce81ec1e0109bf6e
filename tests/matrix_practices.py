"""The authorization matrix's entries for good practices and their replications (merged into
tests/test_authorization.py's MATRIX)."""

from tests.roles import DENIED, everyone, expect

# `practice`: a draft of the matrix's partner representative's organisation, with a file and a
# replication; `public_practice`: a published card of the commune, with a file.
OWN = {"partner": 200, "association": DENIED}
MATRIX = {
    "knowledge:practice-list": ("get", None, expect(200)),
    "knowledge:practice-create": ("get", None, expect(DENIED, editors=200, reps=200)),
    "knowledge:practice-detail": ("get", "practice", expect(200, **OWN)),
    "knowledge:practice-edit": ("get", "practice", expect(DENIED, editors=200, **OWN)),
    "knowledge:practice-step": ("post", "practice_step", expect(DENIED, editors=302)),
    "knowledge:practice-return": ("get", "practice", expect(DENIED, editors=200)),
    "knowledge:practice-file-add": ("get", "practice", expect(DENIED, editors=200, **OWN)),
    "knowledge:practice-file": ("get", "practice_file", expect(200, **OWN)),
    "knowledge:replication-create": ("get", "practice", expect(DENIED, editors=200)),
    "knowledge:replication-edit": ("get", "replication", expect(DENIED, editors=200)),
    "practices:list": ("get", None, everyone(200)),
    "practices:detail": ("get", "public_practice_slug", everyone(200)),
    "practices:file": ("get", "public_practice_file", everyone(200)),
    # The API: the published cards, for everyone; a draft is 404 for everyone, its owner too.
    "api:practice-list": ("get", None, everyone(200)),
    "api:practice-detail": ("get", "public_practice", everyone(200)),
    "api:capacity-list": ("get", None, everyone(200)),
}


def objects(*, project, partner):
    """The records these entries ask about, built once for the module: name -> URL kwargs (or a
    callable giving them)."""
    from django.core.files.base import ContentFile

    from taawun.accounts.models import User
    from taawun.knowledge.models import Practice, PracticeFile, Replication

    texts = {
        "title_ar": "ممارسة", "title_fr": "Pratique", "summary_ar": "م", "summary_fr": "R",
        "problem_ar": "م", "problem_fr": "P", "steps_ar": "م", "steps_fr": "É",
    }  # fmt: skip
    own = User.objects.get(username="partner").partner
    draft = Practice.objects.create(submitted_by=own, project=project, **texts)
    published = Practice.objects.create(state="published", **texts)
    files = [
        PracticeFile.objects.create(
            practice=card,
            kind="document",
            content_type="application/pdf",
            file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="p.pdf"),
        )  # fmt: skip
        for card in (draft, published)
    ]
    replication = Replication.objects.create(practice=draft, partner=partner)
    return {
        "practice": {"pk": draft.pk},
        "practice_step": {"pk": draft.pk, "step": "validate"},
        "practice_file": {"pk": files[0].pk},
        "replication": {"pk": replication.pk},
        "public_practice_slug": lambda: {"pk": published.pk, "slug": published.slug},
        "public_practice_file": {"pk": files[1].pk},
        "public_practice": {"pk": published.pk},
    }
