// rome-assess web page: what JavaScript adds to pages that work without it. htmx (served beside
// this file) swaps the main element after a change; this file keeps the focus on the control the
// reader was on, and says what changed in the live region outside main (#announce), since a
// screen reader does not announce a region that arrives with the swap.
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (e) {
    var active = document.activeElement;
    window.__romeAssessFocus = active && active.id ? active.id : active && active.name ? { name: active.name, value: active.value } : null;
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
