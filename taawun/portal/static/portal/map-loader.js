/* Loads the projects map only when its section comes near the screen.
 *
 * The home page must stay light on a phone: Leaflet, the marker clusters and map.js weigh about
 * as much as the rest of the page together, and a resident who never scrolls to the map should
 * not pay for it. The wrapper names the files (data-styles, data-scripts, in order); they are
 * added once, scripts in order (async = false), and map.js draws the map as on the projects page.
 * Without IntersectionObserver the files load at once.
 */
(function () {
  "use strict";

  var wrapper = document.querySelector("[data-lazy-map]");
  if (!wrapper) {
    return;
  }

  function names(attribute) {
    return (wrapper.getAttribute(attribute) || "").split(" ").filter(Boolean);
  }

  function load() {
    names("data-styles").forEach(function (href) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      document.head.appendChild(link);
    });
    names("data-scripts").forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false; // keep the order: Leaflet, then the clusters, then map.js
      document.head.appendChild(script);
    });
  }

  if (!("IntersectionObserver" in window)) {
    load();
    return;
  }
  var observer = new IntersectionObserver(
    function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        load();
      }
    },
    { rootMargin: "400px 0px" }
  );
  observer.observe(wrapper);
})();
