// The desk keeps its agent present (a heartbeat every 10 s while the page is open; 30 s of silence
// sets the agent offline on the server) and counts down each offer; the wallboard shows how long
// each agent has been in their status. Both tick every second between live refreshes.
(() => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  const beat = () => {
    const desk = document.querySelector("[data-heartbeat]");
    if (desk) {
      const headers = header && token ? { [header.content]: token.content } : {};
      fetch(desk.dataset.heartbeat, { method: "POST", headers, credentials: "same-origin" });
    }
  };
  const tick = () => {
    const now = Date.now();
    document.querySelectorAll("[data-expires]").forEach((el) => {
      const left = Math.max(0, Math.round((Date.parse(el.dataset.expires) - now) / 1000));
      el.textContent = left > 0 ? `${left} s left` : "expired";
    });
    document.querySelectorAll("[data-since]").forEach((el) => {
      const s = Math.max(0, Math.round((now - Date.parse(el.dataset.since)) / 1000));
      el.textContent = s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
    });
  };
  beat();
  setInterval(beat, 10000);
  tick();
  setInterval(tick, 1000);
})();
