// kg serve: Cayley's UI does not need a service worker. This one replaces any worker
// an older Cayley registered at this address: it empties the caches that worker filled
// (they hold a bundle that calls http://localhost:64210), unregisters itself and
// reloads the open pages so that they load the current UI.
self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(names.map(function (name) { return caches.delete(name); }));
      })
      .then(function () { return self.registration.unregister(); })
      .then(function () { return self.clients.matchAll({ type: "window" }); })
      .then(function (clients) {
        clients.forEach(function (client) { client.navigate(client.url); });
      })
  );
});
