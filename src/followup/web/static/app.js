// followup's own script: no inline handlers anywhere (the Content-Security-Policy forbids
// them), so the few behaviours that need JavaScript are wired here.
(function () {
  "use strict";

  // A finding's button selects its words in the draft editor.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.finding") : null;
    if (!button) return;
    var area = document.getElementById("draft-text");
    if (!area) return;
    var text = area.value;
    var start = Number(button.dataset.start), end = Number(button.dataset.end);
    // The checker reads an email's body without its "Subject:" line: shift past it.
    var form = area.closest("form");
    var kind = form ? (form.querySelector("input[name=kind]") || {}).value : "";
    if (kind === "email" && /^subject:/i.test(text)) {
      var offset = text.indexOf("\n");
      if (offset >= 0) {
        var rest = text.slice(offset + 1);
        var trimmed = rest.replace(/^\n+/, "");
        offset += 1 + (rest.length - trimmed.length);
        start += offset; end += offset;
      }
    }
    area.focus();
    area.setSelectionRange(start, end);
  });

  // Drag and drop an invite onto the import form.
  function wireDropzone(zone) {
    var input = zone.querySelector("input[type=file]");
    if (!input) return;
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add("over");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (!event.dataTransfer || !event.dataTransfer.files.length) return;
      input.files = event.dataTransfer.files;
      if (window.htmx) window.htmx.trigger(zone, "submit");
    });
    input.addEventListener("change", function () {
      if (input.files.length && window.htmx) window.htmx.trigger(zone, "submit");
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".dropzone").forEach(wireDropzone);
  });

  // Move focus to a form's error after htmx swaps it in.
  document.addEventListener("htmx:afterSettle", function () {
    var error = document.getElementById("form-error");
    if (error) { error.setAttribute("tabindex", "-1"); error.focus(); }
  });
})();
