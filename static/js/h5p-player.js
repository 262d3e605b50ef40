// Runs on the H5P content host, inside the lesson's frame. Plays one activity with
// h5p-standalone and tells the lesson page (and only the site's origin) what happened:
// xAPI statements to record, and the height the frame needs.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("h5p-player-config").textContent);
  var siteOrigin = config.siteOrigin;
  delete config.siteOrigin;

  function tell(message) {
    if (window.parent !== window) {
      window.parent.postMessage(message, siteOrigin);
    }
  }

  function reportHeight() {
    tell({ type: "h5p-resize", height: Math.ceil(document.documentElement.scrollHeight) });
  }

  // Browsers that block third-party storage refuse localStorage to this frame, and H5P's core
  // stops with an error without it. Nothing here needs to outlive the page: keep it in memory.
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; },
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      window[name].getItem("h5p");
    } catch (blocked) {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    }
  });

  function newStatementId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    return window.H5P.createUUID();
  }

  function ready() {
    if (!window.H5P || !window.H5P.externalDispatcher) {
      return;
    }
    window.H5P.externalDispatcher.on("xAPI", function (event) {
      // H5P's statements carry no id. With one per event the site stores each answer once,
      // however often its message is posted, and two answers alike as two.
      var statement = Object.assign({ id: newStatementId() }, event.data.statement);
      tell({ type: "h5p-xapi", statement: statement });
    });
    if (window.ResizeObserver) {
      new ResizeObserver(reportHeight).observe(document.body);
    }
    reportHeight();
    document.body.setAttribute("data-h5p-ready", "true");
  }

  var container = document.getElementById("h5p-container");
  new H5PStandalone.H5P(container, config).then(ready, function (error) {
    window.console.error(error);
    ready();
  });
})();
