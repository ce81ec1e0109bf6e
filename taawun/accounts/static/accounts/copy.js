// The "copy" button of a read-only field (accounts/calendar_feed.html): shown only when the
// browser can copy, it puts the field's text on the clipboard and says so in a status line.
(function () {
  "use strict";
  function ready() {
    if (!navigator.clipboard) return;
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var input = document.getElementById(button.dataset.copy);
      var status = button.parentElement.querySelector("[data-copy-status]");
      if (!input) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(input.value).then(function () {
          if (status) status.textContent = button.dataset.copied;
        });
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
