// The error summary of a form page (core/includes/_error_summary.html): focused when the page
// opens, so a screen reader announces that the form failed; each of its links moves the focus
// to its field and shows the field's label with it (the browser would scroll the label away).
(function () {
  "use strict";
  function ready() {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) return;
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      if (!link) return;
      var input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!input) return;
      event.preventDefault();
      var label = document.querySelector("label[for='" + input.id + "']");
      (label || input).scrollIntoView();
      input.focus({ preventScroll: true });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
