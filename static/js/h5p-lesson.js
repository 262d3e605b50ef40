// On a lesson page: listens to the H5P frames of this lesson. A message counts only if it
// comes from the content host's origin and from one of these frames; statements are posted
// to the site with the CSRF token, and the frame is sized to its activity.
(function () {
  "use strict";
  var frames = Array.prototype.slice.call(document.querySelectorAll("iframe[data-h5p-origin]"));
  if (!frames.length) {
    return;
  }

  function frameOf(event) {
    return frames.find(function (frame) {
      return frame.contentWindow === event.source && frame.dataset.h5pOrigin === event.origin;
    });
  }

  function say(frame, text) {
    var status = frame.parentElement.querySelector(".h5p-activity__status");
    if (status && text) {
      status.textContent = text;
    }
  }

  // The server renders the panel (status, "Mark as done", the next lesson's link) as the
  // page would after a reload; it is the site's own escaped HTML.
  function showStatus(html) {
    var panel = document.querySelector("[data-lesson-status]");
    if (panel && typeof html === "string") {
      panel.innerHTML = html;
    }
  }

  function record(frame, statement) {
    if (!frame.dataset.h5pStatements) {
      return;
    }
    fetch(frame.dataset.h5pStatements, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": frame.dataset.csrfToken },
      body: JSON.stringify(statement),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        say(frame, answer.message || answer.error);
        if (answer.lesson_completed) {
          showStatus(answer.status_html);
          document.body.setAttribute("data-lesson-completed", "true");
        }
      })
      .catch(function () {});
  }

  window.addEventListener("message", function (event) {
    var frame = frameOf(event);
    var data = event.data || {};
    if (!frame) {
      return;
    }
    if (data.type === "h5p-xapi" && data.statement) {
      record(frame, data.statement);
    } else if (data.type === "h5p-resize" && typeof data.height === "number") {
      frame.style.height = Math.min(Math.max(data.height, 150), 4000) + "px";
    }
  });
})();
