// rome-assess build page: what JavaScript adds to a page that works without it. A file chosen is
// read into the fact-set box (nothing is uploaded until the form is sent); the file input is
// shown only where this script runs, since without it the input could do nothing; after an
// answer, the focus moves to the next question.
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
  // After an answer, the next question has the focus (app.js restores it only to a control that is still there).
  function toQuestion() {
    var q = document.getElementById("q-h");
    if (q && (!document.activeElement || document.activeElement === document.body)) q.focus({ preventScroll: false });
  }
  document.addEventListener("htmx:afterSwap", function () { reveal(); toQuestion(); });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reveal); else reveal();
})();
