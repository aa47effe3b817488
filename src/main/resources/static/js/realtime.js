// Live updates from the real-time hub. An element with data-live="call:<id> calls" and an
// hx-trigger containing "live" is refreshed (htmx) when a message arrives on one of its topics;
// bursts are coalesced. WebSocket first; server-sent events when WebSockets keep failing.
(() => {
  const topicsOnPage = () => [...new Set([...document.querySelectorAll("[data-live]")]
    .flatMap((el) => el.dataset.live.split(/\s+/)).filter(Boolean))];
  const waiting = new Map();
  let subscribed = new Set();
  let socket = null;
  let failures = 0;

  const deliver = (message) => {
    document.querySelectorAll("[data-live]").forEach((el) => {
      if (el.dataset.live.split(/\s+/).includes(message.topic) && !waiting.has(el)) {
        waiting.set(el, setTimeout(() => {
          waiting.delete(el);
          if (el.isConnected) {
            htmx.trigger(el, "live", message);
          }
        }, 300));
      }
    });
    document.dispatchEvent(new CustomEvent("switchboard:live", { detail: message }));
  };

  const status = (state) => { document.body.dataset.liveState = state; };

  const useEvents = (topics) => {
    const source = new EventSource(`/realtime/events?topics=${encodeURIComponent(topics.join(","))}`);
    source.addEventListener("subscribed", () => status("sse"));
    source.onmessage = (event) => deliver(JSON.parse(event.data));
    source.onerror = () => status("offline");
  };

  const connect = () => {
    const topics = topicsOnPage();
    if (topics.length === 0) {
      return;
    }
    subscribed = new Set(topics);
    if (failures >= 3 || !("WebSocket" in window)) {
      useEvents(topics);
      return;
    }
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(`${scheme}://${location.host}/realtime?topics=${encodeURIComponent(topics.join(","))}`);
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === "subscribed") {
        failures = 0;
        status("websocket");
      } else if (message.topic) {
        deliver(message);
      }
    };
    socket.onclose = () => {
      socket = null;
      failures += 1;
      status("offline");
      setTimeout(connect, Math.min(30000, 500 * 2 ** failures));
    };
  };

  // Content swapped in later may show new topics: subscribe to them too (and connect, when a card
  // loaded after the page brings the page's first topic).
  document.addEventListener("htmx:afterSettle", () => {
    const fresh = topicsOnPage().filter((topic) => !subscribed.has(topic));
    if (fresh.length && subscribed.size === 0 && !socket) {
      connect();
      return;
    }
    if (fresh.length && socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ subscribe: fresh.join(",") }));
      fresh.forEach((topic) => subscribed.add(topic));
    }
  });
  document.addEventListener("DOMContentLoaded", connect);
})();
