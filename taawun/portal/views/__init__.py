"""The public portal: every view starts from a public manager, never from `.objects`.

- home.py: the home page and its objectives
- registers.py: the public registers of partners and agreements, and public documents
- projects.py: the public projects, their map and each project's page
- residents.py: localities, news and their photos, how cooperation works (and the helpers
  home shares)
- search.py: the site-wide public search
- system.py: robots.txt and the language root
"""

from .home import HomeView
from .projects import PublicProjectDetailView, PublicProjectListView
from .registers import (
    PublicAgreementDetailView,
    PublicAgreementListView,
    PublicPartnerDetailView,
    PublicPartnerListView,
    public_document,
)
from .residents import (
    HowView,
    LocalityDetailView,
    LocalityListView,
    NewsView,
    public_update_photo,
)
from .search import SearchView
from .system import language_root, robots_txt

__all__ = [
    "HomeView",
    "HowView",
    "LocalityDetailView",
    "LocalityListView",
    "NewsView",
    "PublicAgreementDetailView",
    "PublicAgreementListView",
    "PublicPartnerDetailView",
    "PublicPartnerListView",
    "PublicProjectDetailView",
    "PublicProjectListView",
    "SearchView",
    "language_root",
    "public_document",
    "public_update_photo",
    "robots_txt",
]
