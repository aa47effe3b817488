// The campaign monitor's chart of calls placed and answered per time bucket, drawn with Chart.js
// for content loaded with the page or swapped in by htmx as the monitor updates live (the
// Content-Security-Policy allows no inline scripts).
function campaignsInit(root) {
  if (!window.Chart) {
    return;
  }
  root.querySelectorAll("canvas[data-placed]:not([data-drawn])").forEach((canvas) => {
    const numbers = (text) => text.split(",").filter((s) => s !== "").map(Number);
    canvas.dataset.drawn = "1";
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: canvas.dataset.labels.split("|"),
        datasets: [
          { label: "placed", data: numbers(canvas.dataset.placed), backgroundColor: "#c7d2fe" },
          { label: "answered", data: numbers(canvas.dataset.answered), backgroundColor: "#2563eb" },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: "bottom" } },
        scales: { x: { ticks: { maxRotation: 0, autoSkip: true } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  });
}
document.addEventListener("DOMContentLoaded", () => campaignsInit(document));
document.addEventListener("htmx:load", (event) => campaignsInit(event.detail.elt));
