package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/factgraph/kg/graph/web"
)

// until waits until the JavaScript expression js is true in the page, through a
// navigation of the page (a poll the page leaves fails, and is tried again).
func until(js string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		var err error
		for try := 0; try < 5; try++ {
			_, err = chromedp.Poll[bool](js, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second))(ctx, tg)
			if err == nil || !strings.Contains(err.Error(), "(-32000)") { // the page went: "navigated or closed", "Cannot find context"
				break
			}
		}
		if err != nil {
			err = fmt.Errorf("waiting for %s: %w", js, err)
		}
		return chromedp.Void{}, err
	}
}

// expected are the problems a test provokes on purpose: the answers of queries that
// fail, which Chromium logs as resources that did not load.
func expected(problems []string) []string {
	var out []string
	for _, p := range problems {
		if !strings.Contains(p, "Failed to load resource: the server responded with a status of") || !strings.Contains(p, "/api/") {
			out = append(out, p)
		}
	}
	return out
}

// statusSays is true when kg's status line holds text.
func statusSays(text string) string {
	return fmt.Sprintf(`(() => { const s = document.getElementById("kg-status"); return !!s && s.textContent.includes(%q) })()`, text)
}

// TestBrowserKg tries what kg adds to Cayley's UI, over the examples, in headless
// Chromium: a read-only server shows no Write page; a query says while it runs (and
// Run is disabled), how many results came, that it found nothing, or its error; kg's
// short IRIs work without a call; the page of saved queries runs one with its
// parameters and says what is missing; a graph-view query is drawn by the Visualize
// page with nodes labelled by name, no name over another, the drawing within its box.
func TestBrowserKg(t *testing.T) {
	srv := kgServer(t, web.Config{QueryTimeout: 3 * time.Second})
	ctx, problems := startBrowser(t, srv.URL)
	const (
		queryEditor = chromedp.CSS(`textarea.kg-editor:not([readonly])`)
		runButton   = chromedp.Search(`//main//button[contains(., "Run")]`)
	)
	runScript := func(script string) []chromedp.Action[chromedp.Void] {
		return []chromedp.Action[chromedp.Void]{chromedp.SetValue(queryEditor, script), chromedp.Click(runButton)}
	}
	steps := []struct {
		name    string
		actions []chromedp.Action[chromedp.Void]
	}{
		{"read-only: no Write page, a link to the saved queries", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/"),
			chromedp.WaitVisible(queryEditor),
			until(`!!document.getElementById("kg-saved-queries") && !!document.getElementById("kg-read-only")`),
			until(`[...document.querySelectorAll("aside .mdc-list-item")].some(e => e.textContent.trim() === "Write" && e.offsetParent === null)`),
		}},
		{"a query that runs says so", append(runScript(`while (true) {}`),
			until(statusSays("Running the query")+` && document.querySelector("main .actions button").disabled`),
			until(statusSays("timed out")+` && !document.querySelector("main .actions button").disabled`),
		)},
		{"an empty result says so", append(runScript(`g.V("<nothing-here>").all()`), until(statusSays("No results")))},
		{"kg's IRIs without a call", append(runScript(`g.V(g.IRI("kg:entity/place/izmir")).out(g.IRI("schema:name")).all()`),
			until(statusSays("1 result")),
			until(`document.querySelector("textarea.kg-editor[readonly]").value.includes("Izmir")`),
		)},
		{"an error says so", append(runScript("var x = 1;\nfoo()"), until(statusSays("Error: ReferenceError: foo is not defined (line 2")))},
		{"saved queries: a missing parameter", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/kg/queries#entity"),
			chromedp.WaitVisible(chromedp.CSS(`#p-name`)),
			chromedp.Click(chromedp.CSS(`#run`)),
			until(`document.getElementById("status").textContent.includes("entity needs name")`),
		}},
		{"saved queries: a run", []chromedp.Action[chromedp.Void]{
			chromedp.SetValue(chromedp.CSS(`#p-name`), "AFAD"),
			chromedp.Click(chromedp.CSS(`#run`)),
			until(`document.querySelector("#rows table") && document.querySelector("#rows table").textContent.includes("AFAD")`),
			until(`/^\d+ rows?\.$/.test(document.getElementById("status").textContent)`),
		}},
		{"saved queries: a claim reads as a sentence", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/kg/queries#contradictions"),
			chromedp.WaitVisible(chromedp.CSS(`#p-event`)),
			chromedp.Click(chromedp.CSS(`#run`)),
			until(`[...document.querySelectorAll("#rows td .item")].some(e => e.textContent.startsWith("at least 11 — AFAD (Channel 9 News, 2031-05-10 14:00): \u201cThe death toll"))`),
		}},
		{"saved queries: nothing matched", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/kg/queries#figures"),
			chromedp.WaitVisible(chromedp.CSS(`#p-measure`)),
			chromedp.SetValue(chromedp.CSS(`#p-measure`), "no such measure"),
			chromedp.Click(chromedp.CSS(`#run`)),
			until(`document.getElementById("status").textContent.includes("No results")`),
		}},
		{"graph view: names, not IRIs", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/kg/queries#neighbourhood"),
			chromedp.WaitVisible(chromedp.CSS(`#p-name`)),
			chromedp.SetValue(chromedp.CSS(`#p-name`), "Turkey"),
			chromedp.Click(chromedp.CSS(`#visualize`)),
			until(`location.pathname === "/" && [...document.querySelectorAll("aside .mdc-list-item--activated")].some(e => e.textContent.trim() === "Visualize")`),
			until(`[...document.querySelectorAll("main svg .vx-network-nodes text")].some(e => e.textContent === "Turkey") && [...document.querySelectorAll("main svg .vx-network-nodes text")].some(e => e.textContent === "Greece")`),
			until(statusSays("links drawn")),
		}},
		{"graph view: an event's reports, every name apart and in sight", []chromedp.Action[chromedp.Void]{
			chromedp.EmulateViewport(1280, 800),
			chromedp.Navigate(srv.URL + "/kg/queries#event-reports"),
			chromedp.WaitVisible(chromedp.CSS(`#p-event`)),
			chromedp.SetValue(chromedp.CSS(`#p-event`), "earthquake"),
			chromedp.Click(chromedp.CSS(`#visualize`)),
			until(statusSays("links drawn")),
			until(`document.querySelectorAll("main svg .vx-network-nodes text").length >= 15`),
			// The layout settles within seconds: then no name covers another, and the
			// drawing fits its box, which is most of the page below the editor.
			until(namesApartAndInSight),
			until(`document.querySelector("main .graph").getBoundingClientRect().height > 0.5 * innerHeight`),
		}},
	}
	for _, st := range steps {
		if err := chromedp.Do(ctx, st.actions...); err != nil {
			html, _ := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("body")))
			dbg, _ := chromedp.Run(ctx, chromedp.Evaluate[string](namesDebug))
			t.Fatalf("%s: %v (problems seen: %v)\n%s\npage: %.300s", st.name, err, expected(problems()), dbg, html)
		}
	}
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("main svg .vx-network-nodes text")].map(e => e.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range labels {
		if strings.HasPrefix(l, "<") || strings.HasPrefix(l, "http") || strings.HasPrefix(l, "kg:") {
			t.Errorf("the graph view labels a node %q: want names", l)
		}
	}
	for _, p := range expected(problems()) {
		t.Error(p)
	}
}

// namesApartAndInSight is true when the Visualize page's names, each with a margin
// of a pixel, overlap none of the others, and all lie within the graph's box.
const namesApartAndInSight = `(() => {
	const box = document.querySelector("main .graph").getBoundingClientRect();
	const r = [...document.querySelectorAll("main svg .vx-network-nodes text")].map(e => e.getBoundingClientRect());
	if (!r.length) return false;
	for (let i = 0; i < r.length; i++) {
		if (r[i].left < box.left || r[i].right > box.right || r[i].top < box.top || r[i].bottom > box.bottom) return false;
		for (let j = i + 1; j < r.length; j++) {
			if (r[i].left < r[j].right - 1 && r[j].left < r[i].right - 1 && r[i].top < r[j].bottom - 1 && r[j].top < r[i].bottom - 1) return false;
		}
	}
	return true;
})()`

// namesDebug says, for a failure, where the graph's box is and which names lie outside
// it or overlap.
const namesDebug = `(() => {
	const g = document.querySelector("main .graph");
	if (!g) return "no graph";
	const box = g.getBoundingClientRect();
	const t = [...document.querySelectorAll("main svg .vx-network-nodes text")];
	const r = t.map(e => e.getBoundingClientRect());
	const out = [JSON.stringify(box)];
	for (let i = 0; i < r.length; i++) {
		if (r[i].left < box.left || r[i].right > box.right || r[i].top < box.top || r[i].bottom > box.bottom) out.push("out: " + t[i].textContent + " " + JSON.stringify(r[i]));
		for (let j = i + 1; j < r.length; j++) {
			if (r[i].left < r[j].right - 1 && r[j].left < r[i].right - 1 && r[i].top < r[j].bottom - 1 && r[j].top < r[i].bottom - 1) out.push("overlap: " + t[i].textContent + " / " + t[j].textContent);
		}
	}
	return out.join("\n");
})()`

// TestBrowserPhone tries kg's pages at a phone's width (390 CSS pixels): nothing is
// wider than the screen; the drawer is a bar of links in one or two rows; a saved
// query's rows are cards, and the answer is brought into view below the form; the
// Visualize page's graph takes most of the screen, its names apart.
func TestBrowserPhone(t *testing.T) {
	srv := kgServer(t, web.Config{})
	ctx, problems := startBrowser(t, srv.URL)
	const fits = `document.documentElement.scrollWidth <= innerWidth`
	steps := []struct {
		name    string
		actions []chromedp.Action[chromedp.Void]
	}{
		{"the query page", []chromedp.Action[chromedp.Void]{
			chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
			chromedp.Navigate(srv.URL + "/"),
			chromedp.WaitVisible(chromedp.CSS(`textarea.kg-editor`)),
			until(`!!document.getElementById("kg-saved-queries")`),
			until(fits),
			// The drawer's links: in at most two rows, each row's links on one line.
			until(`(() => {
				const tops = [...document.querySelectorAll("aside .mdc-list-item")].filter(e => e.offsetParent).map(e => Math.round(e.getBoundingClientRect().top));
				return tops.length >= 4 && new Set(tops).size <= 2 && document.querySelector("aside").getBoundingClientRect().height < 150;
			})()`),
		}},
		{"saved queries: rows as cards, in view", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/kg/queries#figures"),
			chromedp.WaitVisible(chromedp.CSS(`#run`)),
			chromedp.Click(chromedp.CSS(`#run`)),
			until(`/rows?\.$/.test(document.getElementById("status").textContent)`),
			until(fits),
			until(`getComputedStyle(document.querySelector("#rows thead")).display === "none" && getComputedStyle(document.querySelector("#rows td")).display === "block"`),
			until(`(() => { const r = document.getElementById("status").getBoundingClientRect(); return r.top >= -1 && r.bottom <= innerHeight && scrollY > 0 })()`),
		}},
		{"visualize: the graph has the screen", []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(srv.URL + "/kg/queries#neighbourhood"),
			chromedp.WaitVisible(chromedp.CSS(`#p-name`)),
			chromedp.SetValue(chromedp.CSS(`#p-name`), "Turkey"),
			chromedp.Click(chromedp.CSS(`#visualize`)),
			until(statusSays("links drawn")),
			until(fits),
			until(`document.querySelector("main .graph").getBoundingClientRect().height > 0.6 * innerHeight`),
			until(namesApartAndInSight),
		}},
	}
	for _, st := range steps {
		if err := chromedp.Do(ctx, st.actions...); err != nil {
			html, _ := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("body")))
			dbg, _ := chromedp.Run(ctx, chromedp.Evaluate[string](namesDebug))
			t.Fatalf("%s: %v (problems seen: %v)\n%s\npage: %.300s", st.name, err, expected(problems()), dbg, html)
		}
	}
	for _, p := range expected(problems()) {
		t.Error(p)
	}
}

// TestBrowserWritable: a writable server keeps Cayley's Write page.
func TestBrowserWritable(t *testing.T) {
	srv, _ := newServer(t, web.Config{Writable: true})
	ctx, problems := startBrowser(t, srv.URL)
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		until(`!!document.getElementById("kg-saved-queries")`),
		until(`[...document.querySelectorAll("aside .mdc-list-item")].some(e => e.textContent.trim() === "Write" && e.offsetParent !== null)`),
	)
	if err != nil {
		t.Fatalf("%v (problems seen: %v)", err, problems())
	}
	if ok, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.getElementById("kg-read-only")`)); !ok {
		t.Error("a writable server says it is read-only")
	}
}
