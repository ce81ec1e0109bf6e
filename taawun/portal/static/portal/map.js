/* The projects map: Leaflet with marker clusters, fed by the public GeoJSON endpoint.
 *
 * Progressive: the page already lists every project by place, so when this script, Leaflet or
 * the tile server is missing the reader loses the picture, not the information. The filter form
 * of the page drives the map too: any change re-fetches the GeoJSON with the same parameters.
 */
(function () {
  "use strict";

  var FORWARDED = ["q", "status", "domain", "locality", "partner", "pac_axis", "year"];
  var current = null; // the live map, replaced when htmx restores the page from its history

  function start() {
    var element = document.getElementById("project-map");
    if (!element || !window.L || !window.L.markerClusterGroup) {
      return;
    }
    if (current) {
      current.remove();
      current = null;
    }
    // After a history restore the element holds a dead copy of the previous map.
    element.replaceChildren();
    element.className = "project-map";
    current = draw(element);
  }

  function draw(element) {
    var data = element.dataset;
    var message = document.getElementById("map-message");
    var form = document.querySelector("form.filters");

    // Explicit icon files: Leaflet's guess from its stylesheet fails with hashed static names.
    var icon = L.icon({
      iconUrl: data.icon,
      iconRetinaUrl: data.iconRetina,
      shadowUrl: data.shadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      tooltipAnchor: [16, -28],
      shadowSize: [41, 41],
    });

    var map = L.map(element, { zoomControl: false, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut }).addTo(map);
    var attribution = document.createElement("a");
    attribution.href = "https://www.openstreetmap.org/copyright";
    attribution.textContent = "© " + data.attribution;
    L.tileLayer(data.tiles, { maxZoom: 19, attribution: attribution.outerHTML }).addTo(map);

    // The page's places give the first view; the fetched markers refine it.
    var bounds = (data.bounds || "").split(",").map(Number);
    if (bounds.length === 4 && bounds.every(isFinite)) {
      map.fitBounds(
        [
          [bounds[0], bounds[1]],
          [bounds[2], bounds[3]],
        ],
        { padding: [24, 24], maxZoom: 14 }
      );
    } else {
      map.fitWorld();
    }

    var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    map.addLayer(clusters);

    function say(text) {
      if (message) {
        message.textContent = text || "";
      }
    }

    function query() {
      // A page may fix a filter of its own (the locality page: data-filter="locality=7").
      var params = new URLSearchParams(data.filter || "");
      var source = form ? new FormData(form) : new URLSearchParams(window.location.search);
      FORWARDED.forEach(function (name) {
        var value = source.get(name);
        if (value) {
          params.set(name, value);
        }
      });
      params.set("lang", data.lang);
      return params.toString();
    }

    function popup(properties) {
      // Built as elements, never as HTML text: titles come from the database.
      var box = document.createElement("div");
      box.dir = data.dir;
      var title = document.createElement("p");
      var link = document.createElement("a");
      link.href = properties.url;
      link.textContent = properties.title;
      title.appendChild(link);
      var details = document.createElement("p");
      details.textContent = properties.status_label + " · " + properties.place;
      box.appendChild(title);
      box.appendChild(details);
      return box;
    }

    function show(collection) {
      clusters.clearLayers();
      var markers = collection.features.map(function (feature) {
        var point = feature.geometry.coordinates;
        var properties = feature.properties;
        return L.marker([point[1], point[0]], {
          icon: icon,
          title: properties.title,
          alt: properties.title + " — " + properties.place,
        }).bindPopup(popup(properties));
      });
      clusters.addLayers(markers);
      // data-fit="bounds" keeps the page's first view (a locality) instead of every marker.
      if (markers.length && data.fit !== "bounds") {
        map.fitBounds(clusters.getBounds(), { padding: [24, 24], maxZoom: 14 });
      }
      say("");
    }

    var pending = null;
    function load() {
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch(data.geojson + "?" + query(), {
        headers: { Accept: "application/geo+json" },
        credentials: "same-origin",
        signal: pending.signal,
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(show)
        .catch(function (error) {
          if (error.name !== "AbortError") {
            say(data.failed);
          }
        });
    }

    if (form) {
      var timer = null;
      form.addEventListener("change", load);
      form.addEventListener("input", function (event) {
        if (event.target.type === "search") {
          clearTimeout(timer);
          timer = setTimeout(load, 400);
        }
      });
    }
    load();
    return map;
  }

  // htmx keeps a copy of the page for "back". Leaflet's DOM stays out of it: its inline styles
  // would be refused by the CSP when the copy is put back. The copy is taken synchronously
  // after this event, so the live map is emptied only for that instant.
  function leaveMapOutOfHistory() {
    var element = document.getElementById("project-map");
    if (!element || !current) {
      return;
    }
    var children = Array.prototype.slice.call(element.childNodes);
    var classes = element.className;
    var style = element.style.cssText; // CSSOM: allowed by the CSP, unlike a style attribute
    element.replaceChildren();
    element.className = "project-map";
    element.removeAttribute("style");
    queueMicrotask(function () {
      element.replaceChildren.apply(element, children);
      element.className = classes;
      element.style.cssText = style;
    });
  }

  start();
  document.addEventListener("htmx:beforeHistorySave", leaveMapOutOfHistory);
  // On "back", htmx puts the copy back: draw a live map in it again.
  document.addEventListener("htmx:historyRestore", start);
})();
