"""Static files that come from XStatic packages (Leaflet and its marker clusters).

The packages are installed with pip, so the map is served by the application, never by a CDN.
Only the files the pages use are published: the minified marker-cluster script names a source
map its package does not ship, which would make `collectstatic` fail with the manifest storage,
so the cluster script is published in its readable build, whose source map is present.
"""

import importlib
import os
from fnmatch import fnmatch

from django.contrib.staticfiles import utils
from django.contrib.staticfiles.finders import BaseFinder, searched_locations
from django.core.checks import Error
from django.core.files.storage import FileSystemStorage

# URL prefix under STATIC_URL -> (XStatic module, published files as shell patterns)
PACKAGES = {
    "leaflet": (
        "xstatic.pkg.leaflet",
        ["leaflet.js", "leaflet.js.map", "leaflet.css", "images/*.png"],
    ),
    "leaflet-markercluster": (
        "xstatic.pkg.leaflet_markercluster",
        [
            "leaflet.markercluster-src.js",
            "leaflet.markercluster-src.js.map",
            "MarkerCluster.css",
            "MarkerCluster.Default.css",
        ],
    ),
}


class XStaticFinder(BaseFinder):
    """Finds `leaflet/…` and `leaflet-markercluster/…` in their XStatic packages."""

    def __init__(self, *args, **kwargs):
        self.packages = {}  # prefix -> (storage, patterns)
        self.missing = []
        for prefix, (module_name, patterns) in PACKAGES.items():
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                self.missing.append(module_name)
                continue
            storage = FileSystemStorage(location=module.BASE_DIR)
            storage.prefix = prefix  # collectstatic copies the files under this folder
            self.packages[prefix] = (storage, patterns)
        super().__init__(*args, **kwargs)

    def check(self, **kwargs):
        return [
            Error(
                f"The static files package {name} is not installed.",
                hint="Install the project's dependencies (make install).",
                id="taawun.E010",
            )
            for name in self.missing
        ]

    @staticmethod
    def _published(name, patterns):
        return any(fnmatch(name, pattern) for pattern in patterns)

    def find(self, path, find_all=False):
        matches = []
        for prefix, (storage, patterns) in self.packages.items():
            if storage.location not in searched_locations:
                searched_locations.append(storage.location)
            name = path.removeprefix(f"{prefix}/")
            if name == path or ".." in name.split("/") or not self._published(name, patterns):
                continue
            full_path = storage.path(name)
            if os.path.isfile(full_path):
                if not find_all:
                    return full_path
                matches.append(full_path)
        return matches

    def list(self, ignore_patterns):
        for storage, patterns in self.packages.values():
            for path in utils.get_files(storage, ignore_patterns):
                if self._published(path.replace(os.sep, "/"), patterns):
                    yield path, storage
