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

// Behaviour without inline scripts (the Content-Security-Policy allows none):
// forms marked data-reset-on-success clear after a successful htmx request,
document.addEventListener("htmx:afterRequest", (event) => {
  const form = event.detail.elt;
  if (event.detail.successful && form.matches && form.matches("form[data-reset-on-success]")) {
    form.reset();
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
