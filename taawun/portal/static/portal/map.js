/* The map of projects, or of residents' priorities: Leaflet with marker clusters, fed by the
 * public GeoJSON endpoint the element names (data-geojson). Each endpoint gives its features a
 * title, a url, a status_label and a place, which is all the markers and popups read.
 *
 * Progressive: the page already lists what the map shows, so when this script or Leaflet
 * is missing the reader loses the picture, not the information. The tile server is a third
 * party: under the markers the map always draws the commune's own outline and localities (the
 * JSON block named by data-basemap), so when the tiles fail it still shows where things are,
 * and the status line says why the background is plain. The filter form of the page drives the
 * map too: any change re-fetches the GeoJSON with the same parameters (those data-forward names).
 *
 * At a national scale the server gathers the places itself: asked with the view's bbox and zoom,
 * below a street's zoom it answers clusters ({cluster: true, count, bounds}) when the view holds
 * many places. Those are drawn as count markers that zoom to their bounds when chosen; points are
 * drawn as before, gathered by the browser. When the first answer (zoom 0, no bbox) holds every
 * place as points, as for a commune, moving the map asks nothing more.
 */
(function () {
  "use strict";

  var FORWARDED = ["q", "status", "domain", "locality", "partner", "pac_axis", "year"];
  var current = null; // the live map, replaced when htmx restores the page from its history

  function mapElement() {
    return document.querySelector(".project-map[data-geojson]");
  }

  function start() {
    var element = mapElement();
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

    var map = L.map(element, { zoomControl: false, scrollWheelZoom: false, maxZoom: 19 });
    L.control.zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut }).addTo(map);
    // A plain credit: no Leaflet prefix, OpenStreetMap's only when its tiles are used.
    map.attributionControl.setPrefix(false);

    // Two things the status line may have to say, kept apart so one does not erase the other.
    var status = { tiles: "", markers: "" };
    function say(kind, text) {
      status[kind] = text || "";
      if (message) {
        message.textContent = [status.tiles, status.markers].filter(Boolean).join(" ");
      }
    }

    if (data.tiles) {
      var credit = document.createElement(data.attributionUrl ? "a" : "span");
      if (data.attributionUrl) {
        credit.href = data.attributionUrl;
      }
      credit.textContent = data.attribution || "";
      var tiles = L.tileLayer(data.tiles, {
        maxZoom: 19,
        attribution: data.attribution ? credit.outerHTML : "",
      });
      tiles.on("tileerror", function () {
        if (!status.tiles) {
          element.classList.add("map-tiles-unavailable");
          say("tiles", data.tilesFailed);
        }
      });
      tiles.addTo(map);
    }
    var basemap = drawBasemap(map, data);

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
    } else if (basemap && basemap.getBounds().isValid()) {
      // (a commune without localities yet draws nothing: its bounds are empty)
      map.fitBounds(basemap.getBounds(), { padding: [12, 12], maxZoom: 14 });
    } else {
      map.fitWorld();
    }

    var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    map.addLayer(clusters);
    var counted = L.layerGroup().addTo(map); // the server's clusters, never gathered again
    var pointsZoom = Number(data.pointsZoom) || map.getMaxZoom();
    var complete = false; // the last answer holds every matching place: a move needs no fetch

    function query() {
      // A page may fix a filter of its own (the locality page: data-filter="locality=7").
      var params = new URLSearchParams(data.filter || "");
      var source = form ? new FormData(form) : new URLSearchParams(window.location.search);
      var forwarded = data.forward ? data.forward.split(" ").filter(Boolean) : FORWARDED;
      forwarded.forEach(function (name) {
        var value = source.get(name);
        if (value) {
          params.set(name, value);
        }
      });
      params.set("lang", data.lang);
      return params;
    }

    function viewBox() {
      // A little beyond the screen, so that a short pan finds its markers drawn; on the Earth.
      var box = map.getBounds().pad(0.2);
      function clamp(value, low, high) {
        return Math.min(high, Math.max(low, value)).toFixed(5);
      }
      return [
        clamp(box.getWest(), -180, 180),
        clamp(box.getSouth(), -90, 90),
        clamp(box.getEast(), -180, 180),
        clamp(box.getNorth(), -90, 90),
      ].join(",");
    }

    function cornersOf(bounds) {
      // GeoJSON's [west, south, east, north] as Leaflet's bounds
      return L.latLngBounds([bounds[1], bounds[0]], [bounds[3], bounds[2]]);
    }

    function clusterMarker(feature) {
      var point = feature.geometry.coordinates;
      var count = Number(feature.properties.count);
      var bounds = cornersOf(feature.properties.bounds);
      var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
      // The look of the browser's own clusters (MarkerCluster.Default.css), built as elements.
      var shape = document.createElement("div");
      var number = document.createElement("span");
      number.textContent = String(count);
      shape.appendChild(number);
      var label = (data.clusterLabel || "{count}").replace("{count}", String(count));
      var marker = L.marker([point[1], point[0]], {
        icon: L.divIcon({
          html: shape,
          className: "marker-cluster marker-cluster-" + size + " map-server-cluster",
          iconSize: L.point(40, 40),
        }),
        title: label,
      });
      marker.on("click", function () {
        // Closer by at least one level, at most to the zoom where the places are drawn.
        var fit = map.getBoundsZoom(bounds, false, L.point(48, 48));
        map.setView(bounds.getCenter(), Math.max(map.getZoom() + 1, Math.min(pointsZoom, fit)));
      });
      return marker;
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

    function show(collection, fit) {
      clusters.clearLayers();
      counted.clearLayers();
      var markers = [];
      var extent = L.latLngBounds([]);
      collection.features.forEach(function (feature) {
        var point = feature.geometry.coordinates;
        var properties = feature.properties;
        if (properties.cluster) {
          counted.addLayer(clusterMarker(feature));
          extent.extend(cornersOf(properties.bounds));
          return;
        }
        markers.push(
          L.marker([point[1], point[0]], {
            icon: icon,
            title: properties.title,
            alt: properties.title + " — " + properties.place,
          }).bindPopup(popup(properties))
        );
        extent.extend([point[1], point[0]]);
      });
      clusters.addLayers(markers);
      // data-fit="bounds" keeps the page's first view (a locality) instead of every marker.
      if (fit && extent.isValid() && data.fit !== "bounds") {
        map.fitBounds(extent, { padding: [24, 24], maxZoom: 14 });
      }
      say("markers", "");
    }

    var pending = null;
    // fresh: the page opened or its filters changed. Then the whole extent is asked at zoom 0:
    // every place when they are few (nothing more to ask), else clusters to fit the view to,
    // after which the view's own box and zoom are asked (on "moveend").
    function load(fresh) {
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      var params = query();
      if (fresh) {
        params.set("zoom", "0");
      } else {
        params.set("zoom", String(Math.max(0, Math.min(19, Math.round(map.getZoom())))));
        params.set("bbox", viewBox());
      }
      fetch(data.geojson + "?" + params.toString(), {
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
        .then(function (collection) {
          var gathered = collection.features.some(function (feature) {
            return feature.properties.cluster;
          });
          complete = fresh && !gathered;
          show(collection, fresh);
          if (gathered && data.fit === "bounds") {
            load(false); // the page's view stays: ask what it holds
          }
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            say("markers", data.failed);
          }
        });
    }

    function refresh() {
      load(true);
    }

    // A popup pans the map to show itself: redrawing then would close it. The view is asked
    // for once the popup closes.
    var popupOpen = false;
    var stale = false;
    function moved() {
      if (complete) {
        return;
      }
      if (popupOpen) {
        stale = true;
        return;
      }
      stale = false;
      load(false);
    }
    map.on("popupopen", function () {
      popupOpen = true;
    });
    map.on("popupclose", function () {
      popupOpen = false;
      if (stale) {
        moved();
      }
    });
    map.on("moveend", moved);

    if (form) {
      var timer = null;
      form.addEventListener("change", refresh);
      form.addEventListener("input", function (event) {
        if (event.target.type === "search") {
          clearTimeout(timer);
          timer = setTimeout(refresh, 400);
        }
      });
    }
    load(true);
    return map;
  }

  // The commune's own basemap: its outline (surveyed, or the hull of its localities) and its
  // localities as labelled points, in the overlay pane under the markers. Returns the layer
  // group, or null when the page gives no data.
  function drawBasemap(map, data) {
    var block = data.basemap && document.getElementById(data.basemap);
    var basemap = null;
    try {
      basemap = block ? JSON.parse(block.textContent) : null;
    } catch (error) {
      basemap = null;
    }
    if (!basemap) {
      return null;
    }
    var group = L.featureGroup();
    if (basemap.outline && basemap.outline.length >= 3) {
      var ring = basemap.outline.map(function (position) {
        return [position[1], position[0]];
      });
      L.polygon(ring, {
        className: "commune-outline",
        interactive: false,
        color: "#0b5d5b",
        weight: 2,
        fillColor: "#0b5d5b",
        fillOpacity: 0.06,
        dashArray: basemap.approximate ? "6 4" : null,
      }).addTo(group);
    }
    (basemap.localities || []).forEach(function (place) {
      // An element, never HTML text: names come from the database.
      var label = document.createElement("span");
      label.dir = data.dir;
      label.textContent = place.name;
      L.circleMarker([place.lat, place.lon], {
        className: "locality-point",
        interactive: false,
        radius: 4,
        color: "#0b5d5b",
        weight: 1,
        fillColor: "#ffffff",
        fillOpacity: 1,
      })
        .bindTooltip(label, {
          permanent: true,
          direction: "right",
          offset: [6, 0],
          className: "locality-label",
          interactive: false,
        })
        .addTo(group);
    });
    group.addTo(map);
    // The outline's SVG path is named for assistive technology and for tests.
    group.eachLayer(function (layer) {
      var path = layer.getElement && layer.getElement();
      if (path && layer instanceof L.Polygon) {
        path.setAttribute("aria-label", data.outlineLabel || "");
        path.setAttribute("role", "img");
      }
    });
    return group;
  }

  // htmx keeps a copy of the page for "back". Leaflet's DOM stays out of it: its inline styles
  // would be refused by the CSP when the copy is put back. The copy is taken synchronously
  // after this event, so the live map is emptied only for that instant.
  function leaveMapOutOfHistory() {
    var element = mapElement();
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
