// rome-assess web page: what JavaScript adds to pages that work without it. htmx (served beside
// this file) swaps the main element after a change; this file keeps the focus on the control the
// reader was on, and says what changed in the live region outside main (#announce), since a
// screen reader does not announce a region that arrives with the swap; and it says why a facts
// form was not sent (a required date left empty); a file chosen beside a fact-set box (the build
// page, the quiz on one's own fact set) is read into the box — nothing is uploaded until the form
// is sent — and the file input is shown only where this script runs, since without it the input
// could do nothing.
(function () {
  "use strict";
  function reveal() {
    var boxes = document.querySelectorAll("p.upload[hidden]");
    for (var i = 0; i < boxes.length; i++) boxes[i].hidden = false;
  }
  document.addEventListener("change", function (e) {
    var input = e.target;
    if (!input || input.type !== "file" || !input.getAttribute("data-into")) return;
    var file = input.files && input.files[0];
    var box = document.getElementById(input.getAttribute("data-into"));
    if (!file || !box) return;
    file.text().then(function (text) { box.value = text; box.focus(); });
  });
  document.addEventListener("htmx:afterSwap", reveal);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reveal); else reveal();
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
