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
