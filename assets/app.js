// rome-assess web page: what JavaScript adds to pages that work without it. htmx (served beside
// this file) swaps the main element after a change; this file only keeps the focus and the
// fact the reader was on, and closes the "Assess" button's gap (forms already submit on change).
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (e) {
    var active = document.activeElement;
    window.__romeAssessFocus = active && active.id ? active.id : active && active.name ? { name: active.name, value: active.value } : null;
  });
  document.addEventListener("htmx:afterSwap", function () {
    var f = window.__romeAssessFocus;
    if (!f) return;
    var el = typeof f === "string" ? document.getElementById(f) : document.querySelector('input[name="' + CSS.escape(f.name) + '"][value="' + CSS.escape(f.value) + '"]');
    if (el) el.focus({ preventScroll: true });
  });
})();
