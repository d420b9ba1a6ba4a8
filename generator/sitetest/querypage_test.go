package sitetest

import (
	"cmp"
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"
	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// databaseFile is the SQLite file the query page reads, below data/.
const databaseFile = "korea-investment-tracker.sqlite"

// TestQueryPage runs SQL on the query page in Chromium, on a synthetic
// publication of 1,000 commitments (a database of some 500 pages; the
// seed's is so small that reading its schema reads most of it): a
// region's commitments come back as regions/<code>.csv holds them, the
// browser reads the database with range requests (206) and fetches at
// most half of it, and a full-text search finds a commitment by a word of
// its Korean title. $KIT_QUERY_SITE, when set, is a built site to run on
// instead (to measure a larger one).
func TestQueryPage(t *testing.T) {
	t.Parallel()
	chrome := needChrome(t)
	if os.Getenv("KIT_QUERY_SITE") == "" {
		thorough.Require(t) // it builds a synthetic site
	}
	axe, err := os.ReadFile(needNodeModule(t, "axe-core/axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	needNodeModule(t, "sql.js-httpvfs/dist/sql-wasm.wasm")
	dir := os.Getenv("KIT_QUERY_SITE")
	if dir == "" {
		dir = buildSynthetic(t, 100, 1000)
	}
	st, err := os.Stat(filepath.Join(dir, "data", databaseFile))
	if err != nil {
		t.Fatal(err)
	}
	var reads rangeLog
	base := serveSeen(t, dir, reads.wrap)
	ctx := newBrowser(t, chrome)
	probs := watchProblems(t, ctx, base)

	const region = "KR-26"
	want := csvRows(t, filepath.Join(dir, "data", "regions", region+".csv"))
	if len(want) < 2 {
		t.Fatalf("regions/%s.csv has no commitment: the test shows nothing", region)
	}
	sql := "SELECT i.* FROM investment_regions AS r JOIN investments AS i ON i.id = r.investment_id WHERE r.region_code = '" + region + "'"
	got := queryRows(t, ctx, base+"/data/query/?sql="+url.QueryEscape(sql))
	if d := diffRows(got, want); d != "" {
		t.Errorf("%s's commitments on the query page differ from regions/%s.csv: %s", region, region, d)
	}
	reads.check(t, st.Size())

	// The full-text index, written by the build's SQLite, reads in the browser's.
	id, word := want[1][0], firstWord(want[1][slices.Index(want[0], "title_ko")])
	fts := "SELECT id FROM investments WHERE rowid IN (SELECT rowid FROM investments_fts WHERE investments_fts MATCH 'title_ko:\"" + word + "\"')"
	found := queryRows(t, ctx, base+"/data/query/?sql="+url.QueryEscape(fts))
	if !slices.ContainsFunc(found, func(r []string) bool { return len(r) > 0 && r[0] == id }) {
		t.Errorf("searching the Korean titles for %q: %d rows without %s", word, len(found)-1, id)
	}
	for _, p := range probs.take() {
		t.Errorf("query page: %s", p)
	}
	for _, scheme := range []string{"light", "dark"} {
		violations, err := axeRun(ctx, base+"/ko/data/query/?sql="+url.QueryEscape(sql), string(axe), scheme)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range violations {
			t.Errorf("axe /ko/data/query/ (%s): %s", scheme, v)
		}
	}
}

// firstWord is the first run of letters and digits in s.
func firstWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// buildSynthetic builds a synthetic publication of companies and
// investments with the real pipeline into a temporary folder: a
// repository of synthetic data/ whose site/, schema/, tools/ and .ci/ are
// this one's, as the benchmark makes it.
func buildSynthetic(t *testing.T, companies, investments int) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a synthetic site with Hugo")
	}
	hugo := hugobin.Path(t)
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	d, errs := build.Validate(os.DirFS(repo))
	if errs.Err() != nil {
		t.Fatal(errs.Err())
	}
	root := t.TempDir()
	cfg := synth.Config{Companies: companies, Investments: investments, Seed: 1, Regions: d.Regions}
	if err := synth.Write(root, cfg); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"site", "schema", "tools", "go.mod", "go.sum", ".ci"} {
		if err := os.Symlink(filepath.Join(repo, name), filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(root, "public")
	if _, err := build.Run(context.Background(), build.Options{Root: root, Out: out, BaseURL: "http://127.0.0.1/", HugoBinary: hugo}); err != nil {
		t.Fatal(err)
	}
	return out
}

// queryRows opens a query page's address and returns the result table's
// header and rows once the query has run.
func queryRows(t *testing.T, ctx context.Context, url string) [][]string {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	rows, err := chromedp.Run(ctx, chromedp.Poll[[][]string](`(() => {
		const status = document.getElementById("query-status").textContent;
		const form = document.getElementById("query-form");
		if (!status || status === form.dataset.running) return null;
		if (!document.getElementById("query-csv").href) return [["failed", status]];
		return [...document.querySelectorAll("#query-table tr")].map(tr => [...tr.cells].map(c => c.textContent));
	})()`))
	if err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	if len(rows) > 0 && len(rows[0]) == 2 && rows[0][0] == "failed" {
		t.Fatalf("%s: %s", url, rows[0][1])
	}
	return rows
}

// csvRows reads a CSV file whole, its header first.
func csvRows(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// diffRows compares a query's result with a CSV file's rows, in id order
// (the first column): the CSV writes booleans as true and false, which
// SQLite holds as 1 and 0.
func diffRows(got, want [][]string) string {
	if len(got) == 0 || !slices.Equal(got[0], want[0]) {
		return fmt.Sprintf("columns %q, want %q", got[:min(1, len(got))], want[0])
	}
	if len(got) != len(want) {
		return fmt.Sprintf("%d rows, want %d", len(got)-1, len(want)-1)
	}
	byID := func(a, b []string) int { return cmp.Compare(a[0], b[0]) }
	g, w := slices.Clone(got[1:]), slices.Clone(want[1:])
	slices.SortFunc(g, byID)
	slices.SortFunc(w, byID)
	bools := strings.NewReplacer("true", "1", "false", "0")
	for i := range w {
		for j := range w[i] {
			if cell := w[i][j]; (cell == "true" || cell == "false") && g[i][j] == bools.Replace(cell) {
				continue
			}
			if g[i][j] != w[i][j] {
				return fmt.Sprintf("row %s column %s: %q, want %q", w[i][0], want[0][j], g[i][j], w[i][j])
			}
		}
	}
	return ""
}

// rangeLog records the server's answers to requests for the database.
type rangeLog struct {
	mu   sync.Mutex
	list []rangeRead
}

type rangeRead struct {
	method, rangeHeader string
	status              int
	bytes               int64
}

// wrap records the answer to r when it asks for the database.
func (l *rangeLog) wrap(w http.ResponseWriter, r *http.Request) http.ResponseWriter {
	if !strings.HasSuffix(r.URL.Path, "/"+databaseFile) {
		return w
	}
	return &recorded{ResponseWriter: w, log: l, read: rangeRead{method: r.Method, rangeHeader: r.Header.Get("Range")}}
}

// check fails t unless the database was read, every GET asked for a range
// and got 206, and the bytes sent add up to at most half the file.
func (l *rangeLog) check(t *testing.T, size int64) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	var sent int64
	gets := 0
	for _, r := range l.list {
		sent += r.bytes
		if r.method != http.MethodGet {
			continue
		}
		gets++
		if r.rangeHeader == "" || r.status != http.StatusPartialContent {
			t.Errorf("GET of the database with Range %q answered %d; want a range answered 206", r.rangeHeader, r.status)
		}
	}
	if gets == 0 {
		t.Fatal("the query page never read the database")
	}
	if sent > size/2 {
		t.Errorf("the query read %d bytes of a %d-byte database; want only the pages it needs (at most half)", sent, size)
	}
	t.Logf("the query read %d bytes of the %d-byte database in %d range requests", sent, size, gets)
	if t.Failed() {
		for _, r := range l.list {
			t.Logf("%s %s: %d, %d bytes", r.method, r.rangeHeader, r.status, r.bytes)
		}
	}
}

// recorded is a response that adds itself to its log when its header is
// written, counting the bytes of its body.
type recorded struct {
	http.ResponseWriter
	log  *rangeLog
	read rangeRead
	idx  int
}

func (r *recorded) WriteHeader(status int) {
	r.read.status = status
	r.log.mu.Lock()
	r.idx = len(r.log.list)
	r.log.list = append(r.log.list, r.read)
	r.log.mu.Unlock()
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorded) Write(b []byte) (int, error) {
	if r.read.status == 0 {
		r.WriteHeader(http.StatusOK)
	}
	n, err := r.ResponseWriter.Write(b)
	r.log.mu.Lock()
	r.log.list[r.idx].bytes += int64(n)
	r.log.mu.Unlock()
	return n, err
}
