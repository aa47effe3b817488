// htmx sends the CSRF token the page was rendered with, and swaps 4xx answers (they carry the
// error message, retargeted to #flash by the server) instead of dropping them.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
htmx.config.responseHandling = [
  { code: "204", swap: false },
  { code: "[23]..", swap: true },
  { code: "[4]..", swap: true, error: false },
  { code: "...", swap: false, error: true },
];
document.addEventListener("htmx:responseError", () => {
  document.getElementById("flash").innerHTML =
    '<div class="alert error" role="alert">Something went wrong on our side. Please retry.</div>';
});

// A form whose htmx request is refused (4xx) shows why in place, what was typed kept: each message
// next to its field (aria-invalid, aria-describedby; the first bad field focused), anything that
// names no field of the form above it. The server's problem fragment carries the field paths
// (data-field); see formErrors.field for how a path finds its control (data-error-for="path" on a
// control claims a path its name does not match).
const formErrors = {
  clear(form) {
    form.querySelectorAll("[data-error-note]").forEach((note) => note.remove());
    form.querySelectorAll("[data-error-marked]").forEach((field) => {
      field.removeAttribute("aria-invalid");
      field.removeAttribute("aria-describedby");
      delete field.dataset.errorMarked;
    });
  },
  // The control a field path names: its own name, the path with "_" for ".", its last segment, or
  // the nearest enclosing path (a JSON text box: "voice_config.speed" → voice_config, note "speed").
  field(form, path) {
    const byName = (name) => form.querySelector(`[data-error-for~="${CSS.escape(name)}"]`)
      || [...form.elements].find((element) => element.name === name && element.type !== "hidden");
    const segments = path.split(".");
    for (const name of [path, path.replace(/\./g, "_"), segments[segments.length - 1]]) {
      const field = byName(name);
      if (field) {
        return { field, rest: "" };
      }
    }
    for (let end = segments.length - 1; end > 0; end--) {
      const field = byName(segments.slice(0, end).join("."));
      if (field) {
        return { field, rest: segments.slice(end).join(".") };
      }
    }
    return null;
  },
  show(form, problem) {
    formErrors.clear(form);
    const unplaced = [];
    let first = null;
    problem.querySelectorAll("[data-field-errors] li").forEach((error, index) => {
      const found = error.dataset.field ? formErrors.field(form, error.dataset.field) : null;
      if (!found) {
        unplaced.push(error.dataset.field ? `${error.dataset.field}: ${error.textContent}` : error.textContent);
        return;
      }
      const field = found.field;
      const note = document.createElement("span");
      note.className = "field-error";
      note.id = `${form.id || "form"}-error-${index}-${Date.now()}`;
      note.dataset.errorNote = "";
      note.textContent = found.rest ? `${found.rest}: ${error.textContent}` : error.textContent;
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", note.id);
      field.dataset.errorMarked = "";
      field.insertAdjacentElement("afterend", note);
      first = first || field;
    });
    if (!first || unplaced.length > 0) {
      const alert = problem.cloneNode(true);
      alert.querySelector("[data-field-errors]")?.remove();
      alert.classList.add("form-problem");
      alert.dataset.errorNote = "";
      if (first && unplaced.length > 0) {
        alert.querySelector("span").textContent = unplaced.join("; ");
      }
      form.prepend(alert);
    }
    if (first) {
      first.focus();
    } else {
      const alert = form.querySelector(".form-problem");
      alert.tabIndex = -1;
      alert.focus();
    }
  },
};
document.addEventListener("htmx:beforeSwap", (event) => {
  const form = event.detail.requestConfig && event.detail.requestConfig.elt;
  const status = event.detail.xhr.status;
  if (!form || form.tagName !== "FORM" || status < 400 || status >= 500) {
    return;
  }
  const answer = document.createElement("template");
  answer.innerHTML = event.detail.xhr.responseText;
  const problem = answer.content.querySelector("[data-problem]");
  if (problem) {
    formErrors.show(form, problem);
    event.detail.shouldSwap = false;
  }
});
document.addEventListener("htmx:afterRequest", (event) => {
  const form = event.detail.elt;
  if (event.detail.successful && event.detail.xhr && event.detail.xhr.status < 400
      && form.tagName === "FORM") {
    formErrors.clear(form);
  }
});

// Behaviour without inline scripts (the Content-Security-Policy allows none):
// forms marked data-reset-on-success clear after a successful htmx request (a 4xx answer counts
// as "successful" for htmx here, since it is swapped; it must not clear what the user typed),
const succeeded = (event) => event.detail.successful && event.detail.xhr && event.detail.xhr.status < 400;
document.addEventListener("htmx:afterRequest", (event) => {
  const form = event.detail.elt;
  if (succeeded(event) && form.matches && form.matches("form[data-reset-on-success]")) {
    form.reset();
  }
});
// on a narrow screen the menu button opens and closes the navigation (a link in it closes it),
document.addEventListener("click", (event) => {
  const toggle = event.target.closest("[data-nav-toggle]");
  if (toggle) {
    const open = document.body.classList.toggle("nav-open");
    toggle.setAttribute("aria-expanded", String(open));
  } else if (event.target.closest(".sidebar a")) {
    document.body.classList.remove("nav-open");
  }
});
// alerts close with their × button,
document.addEventListener("click", (event) => {
  const close = event.target.closest(".alert .close");
  if (close) {
    close.closest(".alert").remove();
  }
});
// and selects marked data-submit-on-change submit their form.
document.addEventListener("change", (event) => {
  if (event.target.matches("select[data-submit-on-change]")) {
    event.target.form.submit();
  }
});

// Buttons marked data-confirm ask first (plain forms and htmx alike).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// A header checkbox data-select-all="name" ticks every checkbox of that name.
document.addEventListener("change", (event) => {
  const all = event.target.closest("[data-select-all]");
  if (all) {
    document.querySelectorAll(`input[type=checkbox][name="${all.dataset.selectAll}"]`)
      .forEach((box) => { box.checked = all.checked; });
  }
});

// Forms marked data-local-tz send the browser's time zone, so a due time means local time.
document.addEventListener("htmx:configRequest", (event) => {
  if (event.detail.elt.matches && event.detail.elt.matches("form[data-local-tz]")) {
    event.detail.parameters.tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }
});

// Forms marked data-reload-on-success reload the page once their htmx request succeeded.
document.addEventListener("htmx:afterRequest", (event) => {
  const form = event.detail.elt;
  if (succeeded(event) && form.matches && form.matches("form[data-reload-on-success]")) {
    window.location.reload();
  }
});

// The pipeline board: drag a lead card onto another stage's column to move the lead.
document.addEventListener("dragstart", (event) => {
  const card = event.target.closest && event.target.closest(".lead-card[draggable=true]");
  if (card) {
    event.dataTransfer.setData("text/plain", card.dataset.leadId);
    card.classList.add("dragging");
  }
});
document.addEventListener("dragend", (event) => {
  const card = event.target.closest && event.target.closest(".lead-card");
  if (card) {
    card.classList.remove("dragging");
  }
});
document.addEventListener("dragover", (event) => {
  if (event.target.closest && event.target.closest(".board .column")) {
    event.preventDefault();
  }
});
document.addEventListener("drop", (event) => {
  const column = event.target.closest && event.target.closest(".board .column");
  if (!column) {
    return;
  }
  event.preventDefault();
  const leadId = event.dataTransfer.getData("text/plain");
  const card = document.querySelector(`.lead-card[data-lead-id="${leadId}"]`);
  if (!leadId || !card || card.closest(".column") === column) {
    return;
  }
  htmx.ajax("POST", `/leads/${leadId}/stage`, { values: { stage_id: column.dataset.stageId }, swap: "none" })
    .then(() => column.querySelector(".cards").prepend(card));
});
