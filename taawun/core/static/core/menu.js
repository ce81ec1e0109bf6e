// The phone header's menu button (a disclosure). Without this script the navigation is open
// and the button never shows: the page works as it is. With it, on a narrow screen the
// navigation starts closed and the button opens and closes it; Escape closes it again.
(function () {
  "use strict";
  var header = document.querySelector(".site-header");
  var button = header && header.querySelector(".menu-button");
  var nav = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!nav) return;
  var phone = window.matchMedia("(max-width: 40rem)");

  function set(open) {
    header.setAttribute("data-menu", open ? "open" : "closed");
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }

  button.hidden = false;
  set(!phone.matches);
  button.addEventListener("click", function () {
    set(button.getAttribute("aria-expanded") !== "true");
  });
  header.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && phone.matches && button.getAttribute("aria-expanded") === "true") {
      set(false);
      button.focus();
    }
  });
  // Turning a tablet to landscape: the wide layout always shows the navigation.
  phone.addEventListener("change", function () { set(!phone.matches); });
})();
