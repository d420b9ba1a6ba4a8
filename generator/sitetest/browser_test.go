package sitetest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
)

// templates are one page per template, visited for axe and screenshots.
var templates = []struct{ name, path string }{
	{"home", "/"},
	{"companies", "/companies/"},
	{"company", "/companies/aws/"},
	{"company-without-profile", "/companies/air-liquide/"},
	{"regions", "/regions/"},
	{"region", "/regions/kr-47/"},
	{"region-empty", "/regions/kr-11/"},
	{"investments", "/investments/"},
	{"investment-package", "/investments/apec-2025-seven-firms-package/"},
	{"investment", "/investments/aws-apec-ai-cloud-2025-2028/"},
	{"data", "/data/"},
	{"query", "/data/query/"},
	{"about", "/about/"},
	{"methodology", "/methodology/"},
	{"changes", "/changes/"},
	{"releases", "/releases/"},
	{"sectors", "/sectors/"},
	{"sector", "/sectors/ai-data-centres/"},
	{"year", "/years/2025/"},
	{"not-found", "/no-such-page/"},
}

// visited are the templates TestBrowser visits: every one in both
// languages in CI (thorough.On), else those of sample, the sweep of every
// template being the suite's slowest step. Korean pages have axe run on
// them too (lang attributes, names of landmarks, contrast of the markers).
func visited() []struct{ name, path string } {
	var out []struct{ name, path string }
	for _, lang := range []string{"", "ko"} {
		for _, tpl := range templates {
			if lang != "" {
				tpl.name, tpl.path = lang+"-"+tpl.name, "/"+lang+tpl.path
			}
			if thorough.On() && tpl.name != "ko-not-found" || slices.Contains(sample, tpl.name) {
				out = append(out, tpl)
			}
		}
	}
	return out
}

// sample are the pages that lay out the longest words, figures and
// tables: home with its charts and map, the commitments list with its
// filters, and a commitment and a company in Korean.
var sample = []string{"home", "investments", "ko-investment", "ko-company"}

// needChrome finds Chromium, or skips the test outside CI; in CI (CI=true)
// a missing browser fails, so the browser tests never silently stop running.
func needChrome(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs Chromium")
	}
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium found (install Debian's chromium, or set CHROME_PATH); browser tests must run in CI")
	}
	t.Skip("no Chromium found: install it with `apt-get install chromium` to run the browser tests")
	return ""
}

// needNodeModule finds a file of an npm package installed in .ci/, with the
// same skip-or-fail rule as needChrome.
func needNodeModule(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", ".ci", "node_modules", rel)
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s missing: run `npm ci --prefix .ci`", p)
	}
	t.Skipf("%s missing: run `npm ci --prefix .ci` to run this test", p)
	return ""
}

// serve serves dir on a loopback port as the host does: with netlify.toml's
// headers for every page (the Content-Security-Policy among them) and with
// 404.html for missing paths. It returns the base URL.
func serve(t *testing.T, dir string) string {
	t.Helper()
	return serveSeen(t, dir, nil)
}

// serveSeen is serve that, when seen is set, wraps every response so that
// a test can see the requests and what was answered (querypage_test.go).
func serveSeen(t *testing.T, dir string, seen func(http.ResponseWriter, *http.Request) http.ResponseWriter) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	headers := siteHeaders(t)
	files := http.FileServer(http.Dir(dir))
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if seen != nil {
			w = seen(w, r)
		}
		for k, v := range headers {
			w.Header()[k] = v
		}
		name := filepath.Join(dir, filepath.FromSlash(r.URL.Path))
		if strings.HasSuffix(r.URL.Path, "/") {
			name = filepath.Join(name, "index.html")
		}
		if _, err := os.Stat(name); err != nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			b, _ := os.ReadFile(filepath.Join(dir, "404.html"))
			w.Write(b)
			return
		}
		files.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// problems collects console errors, failed and external requests.
type problems struct {
	mu   sync.Mutex
	list []string
	// expect404 is the one URL allowed to answer 404 (the not-found page).
	expect404 string
	host      string
}

func (p *problems) add(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.list = append(p.list, fmt.Sprintf(format, args...))
}

func (p *problems) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.list
	p.list = nil
	return out
}

func (p *problems) listen(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
			p.add("console %s: %v", ev.Type, ev.Args)
		}
	case *runtime.EventExceptionThrown:
		p.add("exception: %s", ev.ExceptionDetails.Text)
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError && !strings.Contains(ev.Entry.URL, p.expect404) {
			p.add("log: %s %s", ev.Entry.Text, ev.Entry.URL)
		}
	case *network.EventRequestWillBeSent:
		if !strings.HasPrefix(ev.Request.URL, p.host) && !strings.HasPrefix(ev.Request.URL, "data:") {
			p.add("external request: %s", ev.Request.URL)
		}
	case *network.EventLoadingFailed:
		p.add("request failed: %s %s", ev.ErrorText, ev.Type)
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 && !strings.HasSuffix(ev.Response.URL, p.expect404) {
			p.add("HTTP %d: %s", ev.Response.Status, ev.Response.URL)
		}
	}
}

func newBrowser(t *testing.T, chrome string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("font-render-hinting", "none"), chromedp.WindowSize(1280, 800),
	}
	ctx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(ctx)
	t.Cleanup(cancelCtx)
	if err := chromedp.Do(ctx); err != nil { // open the tab before listening
		t.Fatal(err)
	}
	return withDeadline(t, ctx)
}

// newTab opens another tab of the browser that browser's tab belongs to,
// closed when t ends, so that subtests can visit pages side by side; it
// has a deadline of its own, not that of browser's tab.
func newTab(t *testing.T, browser context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(context.WithoutCancel(browser))
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	return withDeadline(t, ctx)
}

// withDeadline bounds what t does in a tab, so that a page that never
// loads fails the test instead of hanging it. Cancelling the derived
// context leaves the tab open: chromedp closes a tab with its own context.
func withDeadline(t *testing.T, tab context.Context) context.Context {
	ctx, cancel := context.WithTimeout(tab, 4*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// call runs one protocol command on the tab.
func call[P, R any](ctx context.Context, cmd cdp.Command[P, R], params P) error {
	_, err := chromedp.Call(ctx, cmd, params)
	return err
}

// view sets the viewport and the colour scheme for the next page load.
func view(ctx context.Context, width, height int64, mobile bool, scheme string) error {
	if err := call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: width, Height: height, DeviceScaleFactor: 1, Mobile: mobile}); err != nil {
		return err
	}
	return call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
}

// TestBrowser builds the seed site, follows links from home to a company,
// a region, a commitment and a CSV download, and runs axe on every template
// in light and dark mode, taking desktop and phone screenshots.
func TestBrowser(t *testing.T) {
	t.Parallel()
	chrome := needChrome(t)
	axe, err := os.ReadFile(needNodeModule(t, "axe-core/axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	dir := buildSeed(t)
	base := serve(t, dir)
	ctx := newBrowser(t, chrome)
	probs := watchProblems(t, ctx, base)

	journey(t, ctx, base)
	for _, p := range probs.take() {
		t.Errorf("journey: %s", p)
	}
	switchLanguage(t, ctx, base)
	for _, p := range probs.take() {
		t.Errorf("language switch: %s", p)
	}
	keyboard(t, ctx, base)
	mapRegionFocus(t, ctx, base)
	withoutScript(t, ctx, base)
	for _, p := range probs.take() {
		t.Errorf("keyboard or no script: %s", p)
	}

	shots := filepath.Join("..", "..", "screenshots")
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Run("templates", func(t *testing.T) {
		for _, tpl := range visited() {
			t.Run(tpl.name, func(t *testing.T) {
				t.Parallel()
				tab := newTab(t, ctx)
				probs := watchProblems(t, tab, base)
				visitTemplate(t, tab, base+tpl.path, string(axe), filepath.Join(shots, tpl.name))
				for _, p := range probs.take() {
					t.Errorf("%s: %s", tpl.path, p)
				}
			})
		}
	})
}

// visitTemplate runs axe on the page at url in light and dark mode, checks
// its layout at each of layoutSizes, and, in a thorough run, saves its
// desktop (1366 px) and phone (390 px) screenshots as shot-<size>.png.
func visitTemplate(t *testing.T, ctx context.Context, url, axe, shot string) {
	for _, scheme := range []string{"light", "dark"} {
		violations, err := axeRun(ctx, url, axe, scheme)
		if err != nil {
			t.Fatalf("%v", err)
		}
		for _, v := range violations {
			t.Errorf("axe (%s): %s", scheme, v)
		}
	}
	for _, size := range layoutSizes {
		// The page is laid out again for the new size; no reload (the
		// layout is the same in both schemes).
		if err := view(ctx, size.width, size.height, size.mobile, "light"); err != nil {
			t.Fatal(err)
		}
		problems, err := layoutProblems(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			t.Errorf("at %d px: %s", size.width, p)
		}
		name := map[int64]string{390: "phone", 1366: "desktop"}[size.width]
		if name == "" || !thorough.On() { // screenshots are for people: CI's run and KIT_THOROUGH=1 take them
			continue
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(shot+"-"+name+".png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// journey follows links as a reader would, by clicking them.
func journey(t *testing.T, ctx context.Context, base string) {
	steps := []struct {
		click, want string
	}{
		{`a[href="/companies/aws/"]`, "/companies/aws/"},
		{`a[href="/regions/kr-31/"]`, "/regions/kr-31/"},
		{`a[href="/investments/aws-ulsan-ai-data-hub/"]`, "/investments/aws-ulsan-ai-data-hub/"},
		{`nav[aria-label="Main"] a[href="/data/"]`, "/data/"},
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		clickTo(t, ctx, base, s.click, s.want)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("main")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "BibTeX") {
		t.Errorf("data page has no BibTeX")
	}
	download(t, ctx)
}

// switchLanguage opens AWS's page in English, clicks the language switch,
// and expects the same page in Korean: the Korean name, an amount in Korean
// units, and lang="ko" on the document; then it switches back.
func switchLanguage(t *testing.T, ctx context.Context, base string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/companies/aws/")); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		click, want, lang string
		texts             []string
	}{
		{`nav.langs a[hreflang="ko"]`, "/ko/companies/aws/", "ko", []string{"아마존웹서비스", "50억 달러 이상", "400억 달러 이상", "2025년 10월"}},
		{`nav.langs a[hreflang="en"]`, "/companies/aws/", "en", []string{"Amazon Web Services", "more than $5 billion"}},
	}
	for _, s := range steps {
		clickTo(t, ctx, base, s.click, s.want)
		lang, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
		if err != nil {
			t.Fatal(err)
		}
		if lang != s.lang {
			t.Errorf("%s: <html lang=%q>, want %q", s.want, lang, s.lang)
		}
		text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("main")))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range s.texts {
			if !strings.Contains(text, w) {
				t.Errorf("%s does not show %q", s.want, w)
			}
		}
	}
}

// download clicks the CSV link on the data page and checks the file.
func download(t *testing.T, ctx context.Context) {
	b := downloadFrom(t, ctx, `a[href="/data/investments.csv"]`)
	// The canonical CSVs are plain UTF-8 without a byte-order mark (pandas,
	// R and DuckDB read the header as "id"); Excel copies live in /data/excel/.
	if !strings.HasPrefix(string(b), "id,") {
		t.Errorf("downloaded CSV starts %q", string(b[:min(40, len(b))]))
	}
}

// downloadFrom clicks the link link and returns the file it downloads.
func downloadFrom(t *testing.T, ctx context.Context, link string) []byte {
	t.Helper()
	dir := t.TempDir()
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	err := chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: ptr(true)})
			return err
		}),
		chromedp.Click(chromedp.CSS(link), chromedp.NodeVisible))
	if err != nil {
		t.Fatal(err)
	}
	for ev, err := range progress {
		if err != nil {
			t.Fatal(err)
		}
		if ev.State == browser.DownloadProgressStateInProgress {
			continue
		}
		if ev.State != browser.DownloadProgressStateCompleted {
			t.Fatalf("download %s", ev.State)
		}
		b, err := os.ReadFile(filepath.Join(dir, ev.GUID))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	t.Fatalf("no download from %s", link)
	return nil
}

func ptr[T any](v T) *T { return &v }

// clickTo clicks the element click and expects to land on the page want.
func clickTo(t *testing.T, ctx context.Context, base, click, want string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(click), chromedp.NodeVisible)); err != nil {
		t.Fatalf("clicking %s: %v", click, err)
	}
	waitLoaded(t, ctx, base+want)
}

// waitLoaded waits until the page a click opened is at want and fully
// loaded: the click only starts the navigation, and a query run before
// the new document replaces the old one finds nodes that then vanish.
func waitLoaded(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	var loc, state string
	for range 100 {
		loc, _ = chromedp.Run(ctx, chromedp.Location())
		state, _ = chromedp.Run(ctx, chromedp.Evaluate[string](`document.readyState`))
		if loc == want && state == "complete" {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("at %s (%s), want %s loaded", loc, state, want)
}

// watchProblems starts collecting console errors and failed requests of the
// pages ctx opens on base; the tests check them after each step.
func watchProblems(t *testing.T, ctx context.Context, base string) *problems {
	t.Helper()
	probs := &problems{host: base, expect404: "/no-such-page/"}
	if err := chromedp.Listen(ctx, probs.listen); err != nil {
		t.Fatal(err)
	}
	if err := call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return probs
}

// axeRun loads a page in a colour scheme and returns axe-core's WCAG 2.1
// A/AA and best-practice violations, one line each.
func axeRun(ctx context.Context, url, axe, scheme string) ([]string, error) {
	if err := view(ctx, 1280, 800, false, scheme); err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](axe+";0")); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[[]string](`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
		.then(r => r.violations.map(v => v.id + ": " + v.help + " — " + v.nodes.map(n => n.target.join(" ")).join(", ")))`,
		chromedp.EvalAwaitPromise))
}
