// Progressive enhancement for the assessment form: a visible countdown and autosave.
// The server decides when time is up; this only informs and saves early.
(function () {
  "use strict";
  const form = document.querySelector("form.quiz");
  if (!form) return;
  const status = form.querySelector(".autosave-status");

  const countdown = document.querySelector(".countdown[data-deadline]");
  if (countdown) {
    const deadline = new Date(countdown.dataset.deadline).getTime();
    countdown.hidden = false;
    const tick = function () {
      const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      const minutes = Math.floor(left / 60);
      const seconds = String(left % 60).padStart(2, "0");
      countdown.textContent = countdown.dataset.label
        ? countdown.dataset.label + " " + minutes + ":" + seconds
        : minutes + ":" + seconds;
      if (left > 0) window.setTimeout(tick, 1000);
    };
    tick();
  }

  let dirty = false;
  form.addEventListener("change", function () { dirty = true; });
  form.addEventListener("input", function () { dirty = true; });
  window.setInterval(function () {
    if (!dirty) return;
    dirty = false;
    const data = new FormData(form);
    data.delete("submit");
    fetch(form.dataset.autosaveUrl, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        if (status) status.textContent = result.saved ? form.dataset.savedText || "✓" : result.error;
      })
      .catch(function () { dirty = true; });
  }, 15000);
})();
