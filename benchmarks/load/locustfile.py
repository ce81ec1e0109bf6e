"""What the concurrent clients do in the load run (benchmarks/load/run.py).

Residents and visitors read the portal (home, project list with filters, a project, partners,
search) and the API; a few officers sign in and save a partner's page as it is (the form with
its version, through the service: a write that takes the row's lock and moves history). The
floor run (`FloorUser`) asks the smallest Django view as fast, for the ratio of throughputs.
The addresses of records are read from the environment the runner sets (LOAD_PROJECTS,
LOAD_PARTNERS: a few ids from the database), so no client guesses one that does not exist.
"""

import os
import random

from locust import HttpUser, between, task
from lxml import html

PROJECTS = [int(pk) for pk in os.environ.get("LOAD_PROJECTS", "").split(",") if pk]
PARTNERS = [int(pk) for pk in os.environ.get("LOAD_PARTNERS", "").split(",") if pk]
PASSWORD = os.environ.get("LOAD_PASSWORD", "")
WORDS = ["route", "ماء", "مدرسة", "eau", "Aourir", "اعاده تاهيل"]


class Reader(HttpUser):
    weight = 9
    wait_time = between(0, 0.2)

    @task(3)
    def home(self):
        self.client.get("/fr/", name="/fr/")

    @task(4)
    def projects(self):
        page = random.choice([1, 2, 50])
        self.client.get(f"/ar/projects/?page={page}", name="/ar/projects/?page=")

    @task(2)
    def projects_filtered(self):
        self.client.get("/fr/projects/?status=2", name="/fr/projects/?status=2")

    @task(3)
    def project(self):
        if PROJECTS:
            pk = random.choice(PROJECTS)
            self.client.get(f"/fr/projects/{pk}/", name="/fr/projects/<pk>/")

    @task(2)
    def partners(self):
        self.client.get("/ar/partners/", name="/ar/partners/")

    @task(1)
    def search(self):
        word = random.choice(WORDS)
        self.client.get(f"/ar/search/?q={word}", name="/ar/search/?q=")

    @task(2)
    def api_projects(self):
        self.client.get("/api/v1/projects/", name="/api/v1/projects/")

    @task(1)
    def api_partners(self):
        self.client.get("/api/v1/partners/", name="/api/v1/partners/")


class Officer(HttpUser):
    weight = 1
    wait_time = between(0.5, 1)

    def on_start(self):
        page = self.client.get("/fr/accounts/login/", name="login form")
        token = page.cookies.get("csrftoken") or self.client.cookies.get("csrftoken")
        self.client.post(
            "/fr/accounts/login/",
            data={"username": "load-officer", "password": PASSWORD, "csrfmiddlewaretoken": token},
            headers={"Referer": self.host + "/fr/accounts/login/"},
            name="login",
        )

    @task(3)
    def workspace_list(self):
        self.client.get("/fr/manage/projects/?status=2", name="/fr/manage/projects/?status=2")

    @task(1)
    def save_partner(self):
        """The partner's form sent back as it is: a real write through the service."""
        if not PARTNERS:
            return
        address = f"/fr/manage/partners/{random.choice(PARTNERS)}/edit/"
        page = self.client.get(address, name="/fr/manage/partners/<pk>/edit/")
        if page.status_code != 200:
            return
        form = html.fromstring(page.content).xpath("//main//form[@method='post']")[0]
        data = dict(form.form_values())
        with self.client.post(
            address,
            data=data,
            headers={"Referer": self.host + address},
            name="POST /fr/manage/partners/<pk>/edit/",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            # Saved (a redirect), or refused with the reason because another officer saved the
            # same partner meanwhile (409): both are right answers, not errors.
            if response.status_code in (302, 303, 409):
                response.success()
            else:
                response.failure(f"answered {response.status_code}")


class FloorUser(HttpUser):
    wait_time = between(0, 0.2)

    @task
    def floor(self):
        self.client.get("/bench/floor/", name="/bench/floor/")
