// Package web owns kg serve's HTTP handler: Cayley's bundled web UI, adapted at start-up
// to work at any address and offline, and the part of Cayley's HTTP API the UI calls
// (queries, reads, writes, formats), over one store.
//
// It also owns what Cayley's own server lacks: the query shape endpoint
// (/api/v1/shape/gizmo); kg's saved queries, on a page of their own (/kg/queries) and
// through the API (/api/kg/queries), run as kg query runs them; a UI that hides its
// Write page on a read-only server and says when a query runs and when it found
// nothing (assets/ui.js); and the hardening a server that runs other people's scripts
// needs: read-only unless Config.Writable, a time limit and a result cap per query,
// a body size cap, CORS only for named origins, cross-origin writes from browsers
// refused, and a guard around Gizmo so that no script can crash the server or outlive
// its query.
package web
