// rome-assess build page: what JavaScript adds to a page that works without it (reading a file
// into the fact-set box is app.js's, shared with the quiz): after an answer, the focus moves to
// the next question.
(function () {
  "use strict";
  // After an answer, the next question has the focus (app.js restores it only to a control that is still there).
  function toQuestion() {
    var q = document.getElementById("q-h");
    if (q && (!document.activeElement || document.activeElement === document.body)) q.focus({ preventScroll: false });
  }
  document.addEventListener("htmx:afterSwap", toQuestion);
})();
