package web_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/factgraph/kg/graph/web"
)

const chromium = "/usr/bin/chromium"

// TestBrowser loads the UI in headless Chromium from a server on a random port (not
// 64210: that the page finds its API proves the rewrite), runs a Gizmo query through the
// UI as a person would (type, click Run) and waits for a fact from the store to appear,
// then draws the query's shape on the Query Shape page. The page must ask nothing of
// another host and log no errors.
func TestBrowser(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	if strings.HasSuffix(srv.URL, ":64210") {
		t.Fatal("the test server must not use Cayley's own port")
	}

	ctx, problems := startBrowser(t, srv.URL)

	const (
		queryEditor = chromedp.CSS(`textarea.kg-editor:not([readonly])`)
		resultView  = chromedp.CSS(`textarea.kg-editor[readonly]`)
		runButton   = chromedp.Search(`//button[contains(., "Run")]`)
		shapePage   = chromedp.Search(`//aside//*[contains(@class, "mdc-list-item") and normalize-space(.) = "Query Shape"]`)
		query       = `g.V("<kg-test:annan>").out("<kg-test:name>").all()`
	)
	waitFor := func(text string) chromedp.Action[chromedp.Void] {
		js := fmt.Sprintf(`(() => { const r = document.querySelector(%q); return !!r && r.value.includes(%q) })()`, string(resultView), text)
		return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			_, err := chromedp.Poll[bool](js, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second))(ctx, tg)
			return chromedp.Void{}, err
		}
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(queryEditor),
		// Replace the default query, then type the end of ours as a person would.
		chromedp.SetValue(queryEditor, query[:len(query)-6]),
		chromedp.SendKeys(queryEditor, query[len(query)-6:]),
		chromedp.Click(runButton),
		waitFor("Kofi Annan"),
	)
	if err != nil {
		t.Fatalf("running a query through the UI: %v (problems seen: %v)", err, problems())
	}
	result, err := chromedp.Run(ctx, chromedp.Value(resultView))
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(shapePage),
		chromedp.WaitVisible(queryEditor),
		chromedp.Click(runButton),
		waitFor("is_link_node"),
	)
	if err != nil {
		html, _ := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("body")))
		t.Fatalf("drawing the query's shape through the UI: %v (problems seen: %v)\npage: %.3000s", err, problems(), html)
	}
	shape, err := chromedp.Run(ctx, chromedp.Value(resultView))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(result, `"Kofi Annan"`) {
		t.Errorf("result view does not show the fact:\n%s", result)
	}
	if !strings.Contains(shape, `"<kg-test:name>"`) {
		t.Errorf("shape view does not show the query's predicate:\n%s", shape)
	}
	for _, p := range problems() {
		t.Error(p)
	}
}

// startBrowser starts headless Chromium for a test of the UI served at base (skipping
// the test where there is none) and returns its context and what went wrong in the
// page so far: requests to other hosts, uncaught exceptions, errors logged.
func startBrowser(t *testing.T, base string) (context.Context, func() []string) {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("no chromium at /usr/bin/chromium: apt-get install chromium to run the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(cancelCtx)
	// A bound on the whole test, so that a broken page fails it rather than hanging it.
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel)

	var (
		mu       sync.Mutex
		problems []string
	)
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if u := ev.Request.URL; !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") {
				problems = append(problems, "request to another host: "+u)
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			text := d.Text
			if d.Exception != nil {
				text += " " + d.Exception.Description
			}
			problems = append(problems, "uncaught exception: "+text)
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				problems = append(problems, "console error: "+strings.Join(args, " "))
			}
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				problems = append(problems, fmt.Sprintf("%s error: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		}
	})
	if err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}

	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), problems...)
	}
}
