// The analytics dashboard's charts, drawn with Chart.js from the numbers the page carries in data
// attributes (the Content-Security-Policy allows no inline scripts).
function analyticsInit(root) {
  if (!window.Chart) {
    return;
  }
  root.querySelectorAll("canvas[data-first]:not([data-drawn])").forEach((canvas) => {
    const numbers = (text) => text.split(",").filter((s) => s !== "").map(Number);
    const names = canvas.dataset.names.split("|");
    canvas.dataset.drawn = "1";
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: canvas.dataset.labels.split("|"),
        datasets: [
          { label: names[0], data: numbers(canvas.dataset.first), borderColor: "#2563eb", yAxisID: "y" },
          { label: names[1], data: numbers(canvas.dataset.second), borderColor: "#16a34a", yAxisID: "y1" },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: "bottom" } },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkip: true } },
          y: { beginAtZero: true, ticks: { precision: 0 } },
          y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } },
        },
      },
    });
  });
}
document.addEventListener("DOMContentLoaded", () => analyticsInit(document));
document.addEventListener("htmx:load", (event) => analyticsInit(event.detail.elt));
