// Command screenshots takes the pictures in docs/screenshots: kg serve's web UI (the
// query page with results, the saved queries page, a graph-view query on the
// Visualize page) and kg report's page, each at desktop width (1280) and phone width
// (390), in headless Chromium.
//
//	kg serve --db STORE &                  # a store loaded with the corpus, or the examples
//	kg report --db STORE --out report.html
//	go run ./scripts/screenshots -url http://127.0.0.1:64210 -report report.html -out docs/screenshots
//
// The parameters of the pictures (which query, which entity) are flags, so that the
// same program pictures the corpus or the examples.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
)

// options are the command's flags.
type options struct {
	url      string // a running kg serve
	report   string // a file kg report wrote
	out      string // the folder the PNGs go to
	chromium string
	script   string // the Gizmo the query page runs
	saved    string // the saved query the saved queries page runs, NAME?PARAM=VALUE&…
	graph    string // the graph-view query drawn by Visualize, NAME?PARAM=VALUE&…
	reportAt string // an element of the report to picture below the overview (CSS)
	only     string // take only the pictures whose names contain this
}

// width is a viewport a picture is taken at.
type width struct {
	name          string
	width, height int64
	scale         float64
	mobile        bool
}

func main() {
	var o options
	flag.StringVar(&o.url, "url", "http://127.0.0.1:64210", "a running kg serve")
	flag.StringVar(&o.report, "report", "", "a page kg report wrote (no report pictures without it)")
	flag.StringVar(&o.out, "out", "docs/screenshots", "the folder the pictures go to")
	flag.StringVar(&o.chromium, "chromium", "/usr/bin/chromium", "headless Chromium")
	flag.StringVar(&o.script, "script", "// The names of what the reports link to Taiwan\n"+
		`g.V(g.IRI("kg:entity/place/taiwan")).both().out(g.IRI("schema:name")).unique().limit(12).all()`, "the Gizmo the query page runs")
	flag.StringVar(&o.saved, "saved", "contradictions?event=Taiwan", "the saved query the saved queries page runs")
	flag.StringVar(&o.graph, "graph", "event-reports?event=earthquake · Tainan", "the graph-view query Visualize draws")
	flag.StringVar(&o.reportAt, "report-at", "section.event", "the part of the report pictured after its overview (CSS)")
	flag.StringVar(&o.only, "only", "", "take only the pictures whose names contain this")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

var widths = []width{
	{name: "desktop", width: 1280, height: 900, scale: 1},
	{name: "phone", width: 390, height: 844, scale: 2, mobile: true},
}

func run(o options) error {
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return fmt.Errorf("make the folder of the pictures: %w", err)
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(o.chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("font-render-hinting", "none"))
	defer cancel()
	for _, w := range widths {
		for _, p := range pictures(o) {
			name := p.name + "-" + w.name
			if o.only != "" && !strings.Contains(name, o.only) {
				continue
			}
			if err := take(actx, o, w, name, p.actions); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			fmt.Println("wrote", filepath.Join(o.out, name+".png"))
		}
	}
	return nil
}

// picture is one page in one state: the actions that bring it there.
type picture struct {
	name    string
	actions func(w width) []chromedp.Action[chromedp.Void]
}

func pictures(o options) []picture {
	base := strings.TrimSuffix(o.url, "/")
	savedName, savedParams := splitQuery(o.saved)
	graphName, graphParams := splitQuery(o.graph)
	ps := []picture{
		{"query", func(w width) []chromedp.Action[chromedp.Void] {
			editor := chromedp.CSS(`textarea.kg-editor:not([readonly])`)
			return []chromedp.Action[chromedp.Void]{
				chromedp.Navigate(base + "/"),
				chromedp.WaitVisible(editor),
				chromedp.SetValue(editor, o.script),
				chromedp.Click(chromedp.Search(`//main//button[contains(., "Run")]`)),
				until(`(() => { const s = document.getElementById("kg-status"); return !!s && /result|No results|Error/.test(s.textContent) })()`),
			}
		}},
		{"saved-queries", func(w width) []chromedp.Action[chromedp.Void] {
			acts := []chromedp.Action[chromedp.Void]{
				chromedp.Navigate(base + "/kg/queries#" + savedName),
				chromedp.WaitVisible(chromedp.CSS(`#run`)),
			}
			acts = append(acts, fill(savedParams)...)
			return append(acts,
				chromedp.Click(chromedp.CSS(`#run`)),
				until(`/rows?|No results|Error/.test(document.getElementById("status").textContent) && !document.getElementById("run").disabled`))
		}},
		{"visualize", func(w width) []chromedp.Action[chromedp.Void] {
			acts := []chromedp.Action[chromedp.Void]{
				chromedp.Navigate(base + "/kg/queries#" + graphName),
				chromedp.WaitVisible(chromedp.CSS(`#visualize`)),
			}
			acts = append(acts, fill(graphParams)...)
			return append(acts,
				chromedp.Click(chromedp.CSS(`#visualize`)),
				until(`(() => { const s = document.getElementById("kg-status"); return location.pathname === "/" && !!s && /links drawn|No results|Error/.test(s.textContent) })()`),
				sleep(4*time.Second)) // the force layout settles
		}},
	}
	if o.report != "" {
		abs, _ := filepath.Abs(o.report)
		ps = append(ps,
			picture{"report", func(w width) []chromedp.Action[chromedp.Void] {
				return []chromedp.Action[chromedp.Void]{chromedp.Navigate("file://" + abs), chromedp.WaitVisible(chromedp.CSS(`body`))}
			}},
			picture{"report-event", func(w width) []chromedp.Action[chromedp.Void] {
				return []chromedp.Action[chromedp.Void]{
					chromedp.Navigate("file://" + abs),
					chromedp.WaitVisible(chromedp.CSS(`body`)),
					until(fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return false; e.scrollIntoView(); return true })()`, o.reportAt)),
				}
			}})
	}
	return ps
}

// take brings a new tab at width w to a picture's state and writes what it shows.
func take(actx context.Context, o options, w width, name string, actions func(width) []chromedp.Action[chromedp.Void]) error {
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	defer cancelTime()
	emulate := chromedp.EmulateViewport(w.width, w.height, chromedp.EmulateScale(w.scale))
	if w.mobile {
		emulate = chromedp.EmulateViewport(w.width, w.height, chromedp.EmulateScale(w.scale), chromedp.EmulateMobile)
	}
	if err := chromedp.Do(ctx, emulate); err != nil {
		return fmt.Errorf("set the viewport: %w", err)
	}
	if err := chromedp.Do(ctx, actions(w)...); err != nil {
		return err
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return fmt.Errorf("capture: %w", err)
	}
	if len(png) == 0 {
		return errors.New("an empty picture")
	}
	return os.WriteFile(filepath.Join(o.out, name+".png"), png, 0o644)
}

// splitQuery splits NAME?A=1&B=2 into the name and its parameters in order.
func splitQuery(s string) (string, [][2]string) {
	name, rest, _ := strings.Cut(s, "?")
	var params [][2]string
	for _, kv := range strings.Split(rest, "&") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			params = append(params, [2]string{k, v})
		}
	}
	return name, params
}

// fill sets the saved queries page's fields.
func fill(params [][2]string) []chromedp.Action[chromedp.Void] {
	var acts []chromedp.Action[chromedp.Void]
	for _, p := range params {
		acts = append(acts, chromedp.SetValue(chromedp.CSS("#p-"+p[0]), p[1]))
	}
	return acts
}

// until waits until the JavaScript expression js is true in the page.
func until(js string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		var err error
		for try := 0; try < 5; try++ {
			_, err = chromedp.Poll[bool](js, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second))(ctx, tg)
			if err == nil || !strings.Contains(err.Error(), "(-32000)") {
				break
			}
		}
		if err != nil {
			err = fmt.Errorf("waiting for %s: %w", js, err)
		}
		return chromedp.Void{}, err
	}
}

// sleep waits d.
func sleep(d time.Duration) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, _ *chromedp.Target) (chromedp.Void, error) {
		select {
		case <-time.After(d):
			return chromedp.Void{}, nil
		case <-ctx.Done():
			return chromedp.Void{}, ctx.Err()
		}
	}
}
