// The scoring pages' behaviour, for content loaded with the page or swapped in by htmx (the
// Content-Security-Policy allows no inline scripts): score histories drawn as sparklines with Chart.js
// (times come rendered in the viewer's zone by the server).
function scoringInit(root) {
  if (!window.Chart) {
    return;
  }
  root.querySelectorAll("canvas[data-sparkline]:not([data-drawn])").forEach((canvas) => {
    const scores = canvas.dataset.sparkline.split(",").filter((s) => s !== "").map(Number);
    canvas.dataset.drawn = "1";
    new window.Chart(canvas, {
      type: "line",
      data: { labels: scores.map((_, i) => i), datasets: [{ data: scores, borderColor: "#2563eb", pointRadius: 0, tension: 0.25 }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { display: false }, y: { display: false, suggestedMin: 0, suggestedMax: 100 } },
      },
    });
  });
}
document.addEventListener("DOMContentLoaded", () => scoringInit(document));
document.addEventListener("htmx:load", (event) => scoringInit(event.detail.elt));
