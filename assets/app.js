// rome-assess web page: what JavaScript adds to pages that work without it. htmx (served beside
// this file) swaps the main element after a change; this file keeps the focus on the control the
// reader was on, and says what changed in the live region outside main (#announce), since a
// screen reader does not announce a region that arrives with the swap; and it says why a facts
// form was not sent (a required date left empty).
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (e) {
    var active = document.activeElement;
    window.__romeAssessFocus = active && active.id ? active.id : active && active.name ? { name: active.name, value: active.value } : null;
  });
  // A required date emptied: htmx sends nothing (HTML validation), so the browser says why, on the field.
  document.addEventListener("htmx:validation:halted", function (e) {
    var first = e.detail && e.detail.errors && e.detail.errors[0];
    if (first && first.elt && first.elt.closest(".facts")) first.elt.reportValidity();
  });
  document.addEventListener("htmx:afterSwap", function () {
    var said = document.querySelector("[data-announce]");
    var box = document.getElementById("announce");
    if (said && box) box.textContent = said.textContent;
    var f = window.__romeAssessFocus;
    if (!f) return;
    var el = typeof f === "string" ? document.getElementById(f) : document.querySelector('input[name="' + CSS.escape(f.name) + '"][value="' + CSS.escape(f.value) + '"]');
    if (el) el.focus({ preventScroll: true });
  });
})();
