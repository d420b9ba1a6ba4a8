package sitetest

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestFeatures searches in both languages, opens a filtered commitments URL,
// clicks a region on the map, and runs axe on the pages this adds.
func TestFeatures(t *testing.T) {
	t.Parallel()
	chrome := needChrome(t)
	axe, err := os.ReadFile(needNodeModule(t, "axe-core/axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	dir := buildSeed(t)
	if _, err := os.Stat(filepath.Join(dir, "pagefind", "pagefind.js")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("no search index: the build found no Pagefind (npm ci --prefix .ci)")
		}
		t.Skip("no search index: run `npm ci --prefix .ci` to build it")
	}
	base := serve(t, dir)
	ctx := newBrowser(t, chrome)
	probs := watchProblems(t, ctx, base)

	searchBoth(t, ctx, base)

	// A reader who lands on a missing page can search from there.
	t.Run("not found", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/no-such-page/"),
			chromedp.SendKeys(chromedp.CSS("#notfound-q"), "AWS"), chromedp.Submit(chromedp.CSS("#notfound-q"))); err != nil {
			t.Fatal(err)
		}
		waitLoaded(t, ctx, base+"/search/?q=AWS")
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#search-list a[href="/companies/aws/"]`))); err != nil {
			t.Fatalf("searching from the not-found page: %v", err)
		}
	})

	// On a phone a list of commitments shows each one's amount without
	// scrolling sideways; on a desktop no table is wider than its column.
	t.Run("tables", func(t *testing.T) {
		defer view(ctx, 1280, 800, false, "light")
		for _, size := range []struct {
			width  int64
			mobile bool
		}{{390, true}, {1366, false}} {
			if err := view(ctx, size.width, 900, size.mobile, "light"); err != nil {
				t.Fatal(err)
			}
			for _, path := range []string{"/investments/", "/companies/aws/", "/ko/regions/kr-31/", "/ko/investments/"} {
				if err := chromedp.Do(ctx, chromedp.Navigate(base+path)); err != nil {
					t.Fatal(err)
				}
				got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](tableProbe))
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range got {
					t.Errorf("%s at %d px: %s", path, size.width, p)
				}
			}
		}
	})

	t.Run("filter", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/investments/?region=KR-31&amount=disclosed"),
			chromedp.WaitVisible(chromedp.CSS("#filters"))); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
			const rows = [...document.querySelectorAll("table tbody tr[data-facets]")];
			const want = rows.filter(r => r.dataset.facets.split(" ").includes("region:KR-31") && r.dataset.facets.split(" ").includes("amount:disclosed"));
			const shown = rows.filter(r => !r.hidden);
			return [String(want.length), String(shown.length), document.querySelector("select[name=region]").value,
				document.getElementById("filter-csv").href.slice(0, 5), document.getElementById("filter-status").textContent,
				document.querySelector("select[name=region] option[value='KR-31']").textContent];
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if got[0] == "0" || got[0] != got[1] || got[2] != "KR-31" || !strings.HasPrefix(got[4], got[1]+" of ") {
			t.Errorf("filtered view: want %s rows, shown %s, select %q, CSV link %q, status %q", got[0], got[1], got[2], got[3], got[4])
		}
		if !strings.HasSuffix(got[5], "("+got[1]+")") {
			t.Errorf("Ulsan's option says %q; want its count among disclosed amounts, %s", got[5], got[1])
		}
		// Choosing another value changes the address, so the view can be shared.
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const s = document.querySelector("select[name=amount]");
			s.value = "undisclosed"; return s.dispatchEvent(new Event("change", {bubbles: true})); })()`)); err != nil {
			t.Fatal(err)
		}
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(loc, "/investments/?region=KR-31&amount=undisclosed") {
			t.Errorf("after choosing undisclosed, the address is %s", loc)
		}
	})

	// Filtered to a region, the list says what its rows add up to by the
	// counting rules (the region page's total) and how many there are, and
	// offers exactly those rows as the published spreadsheet CSV's records.
	t.Run("filter total", func(t *testing.T) {
		for _, c := range []struct{ region, list string }{
			{"/regions/kr-26/", "/investments/?region=KR-26"},
			{"/ko/regions/kr-26/", "/ko/investments/?region=KR-26"},
			{"/regions/kr-31/", "/investments/?region=KR-31"},
		} {
			if err := chromedp.Do(ctx, chromedp.Navigate(base+c.region)); err != nil {
				t.Fatal(err)
			}
			page, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.querySelector("main .total .figure").textContent.trim(),
				String(document.querySelectorAll("main table.stack tbody tr").length)]`))
			if err != nil {
				t.Fatal(err)
			}
			// WaitReady first: a poll begun as the page changes can run in the
			// old page's script context, which Chromium has just discarded.
			if err := chromedp.Do(ctx, chromedp.Navigate(base+c.list), chromedp.WaitReady(chromedp.CSS("footer")),
				chromedp.Poll[chromedp.Void](`document.getElementById("filter-csv").href.startsWith("blob:")`)); err != nil {
				t.Fatalf("%s: the CSV of the rows shown is never made: %v", c.list, err)
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(async () => {
				const whole = await (await fetch(document.getElementById("filters").dataset.csv)).text();
				const ids = [...document.querySelectorAll("table tbody tr[data-facets]:not([hidden]) th a")].map(a => a.pathname.split("/").filter(Boolean).pop());
				return [document.getElementById("filter-total").textContent, document.getElementById("filter-status").textContent,
					whole.split("\n")[0], ids.join(" ")];
			})()`, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatal(err)
			}
			checkFilteredCSV(t, c.list, downloadFrom(t, ctx, "#filter-csv"), got[2], got[3])
			if !strings.Contains(got[0], page[0]) {
				t.Errorf("%s: the total says %q; want the region page's %q", c.list, got[0], page[0])
			}
			if n := page[1]; !strings.HasPrefix(got[1], n+" of ") && !strings.HasSuffix(got[1], " "+n+"건 표시") {
				t.Errorf("%s: the status says %q; want the region page's %s commitments", c.list, got[1], n)
			}
		}
	})

	// On a phone the filters are folded behind one button; on a desktop
	// they are open.
	t.Run("filter fold", func(t *testing.T) {
		defer view(ctx, 1280, 800, false, "light")
		for _, size := range []struct {
			width    int64
			mobile   bool
			wantOpen string
		}{{390, true, "false"}, {1366, false, "true"}} {
			if err := view(ctx, size.width, 900, size.mobile, "light"); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(base+"/investments/"), chromedp.WaitVisible(chromedp.CSS("#filters summary"))); err != nil {
				t.Fatal(err)
			}
			open, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(document.querySelector("#filters details").open)`))
			if err != nil {
				t.Fatal(err)
			}
			if open != size.wantOpen {
				t.Errorf("at %d px the filters are open: %s, want %s", size.width, open, size.wantOpen)
			}
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#filters summary"), chromedp.NodeVisible)); err != nil {
			t.Fatal(err)
		}
		if open, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(document.querySelector("#filters details").open)`)); err != nil || open != "false" {
			t.Errorf("the summary does not fold the filters: open %s, %v", open, err)
		}
	})

	// A filter that matches nothing says so and offers a reset; a region
	// with no commitment is named in the form, not shown as its code.
	t.Run("empty filter", func(t *testing.T) {
		probe := `(() => { const e = document.getElementById("filter-empty");
			return [String(e.hidden), document.querySelector("select[name=region]").selectedOptions[0].textContent,
				String(document.querySelectorAll("table tbody tr[data-facets]:not([hidden])").length),
				document.getElementById("filter-total").textContent]; })()`
		for _, c := range []struct{ query, want string }{
			{"region=KR-11", "false|Seoul (0)|0|Total of the commitments shown, by the counting rules: no commitment recorded."},
			{"region=KR-26", "true|Busan (1)|1|Total of the commitments shown, by the counting rules: up to $4 billion. Without a disclosed amount (not counted as zero): 1."},
		} {
			if err := chromedp.Do(ctx, chromedp.Navigate(base+"/investments/?"+c.query), chromedp.WaitVisible(chromedp.CSS("#filters"))); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](probe))
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "|") != c.want {
				t.Errorf("%s: empty state hidden, region option, rows shown, total = %q, want %s", c.query, got, c.want)
			}
		}
		// Its reset shows the whole list again.
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/investments/?region=KR-11"), chromedp.WaitVisible(chromedp.CSS("#filter-empty")),
			chromedp.Click(chromedp.CSS("#filter-empty button"))); err != nil {
			t.Fatal(err)
		}
		waitLoaded(t, ctx, base+"/investments/")
	})

	t.Run("map", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"),
			chromedp.Click(chromedp.CSS(`svg.map a[href="/regions/kr-47/"] path`), chromedp.NodeVisible),
			chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
			t.Fatal(err)
		}
		waitLoaded(t, ctx, base+"/regions/kr-47/")
	})

	for _, p := range probs.take() {
		t.Errorf("%s", p)
	}

	// Pages in a state the templates' sweep (TestBrowser) does not reach:
	// a filtered list and search results.
	for _, path := range []string{"/investments/?region=KR-31", "/search/?q=amazon", "/ko/search/?q=아마존"} {
		for _, scheme := range []string{"light", "dark"} {
			violations, err := axeRun(ctx, base+path, string(axe), scheme)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, v := range violations {
				t.Errorf("axe %s (%s): %s", path, scheme, v)
			}
		}
	}
	for _, p := range probs.take() {
		t.Errorf("axe pages: %s", p)
	}
}

// checkFilteredCSV holds the "download what I see" file of the list at
// list to the rows shown (ids): the spreadsheet copy's header (head, as
// the page read it, without its byte-order mark) with the mark, one
// record per row shown in its order, amounts as plain numbers.
func checkFilteredCSV(t *testing.T, list string, file []byte, head, ids string) {
	t.Helper()
	if !bytes.HasPrefix(file, []byte("\uFEFF"+head+"\n")) {
		t.Errorf("%s: the CSV starts %q; want the byte-order mark and %q", list, file[:min(len(file), 60)], head)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(file, []byte("\uFEFF")))).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("%s: the CSV does not parse: %v", list, err)
	}
	value, usd := slices.Index(recs[0], "amount_value"), slices.Index(recs[0], "usd_min")
	var got []string
	for _, r := range recs[1:] {
		got = append(got, r[0])
		for _, k := range []int{value, usd} {
			if k < 0 || strings.Trim(r[k], "0123456789") != "" {
				t.Errorf("%s: %s's amount columns (%d, %d) hold %q, not a number", list, r[0], value, usd, r[max(k, 0)])
			}
		}
	}
	if strings.Join(got, " ") != ids {
		t.Errorf("%s: the CSV has the records %q; want the rows shown, %q", list, got, ids)
	}
}

// searchBoth searches in both languages: names in either script find
// their record, of its kind, and a record's own pages come first.
func searchBoth(t *testing.T, ctx context.Context, base string) {
	t.Run("search", func(t *testing.T) {
		for _, s := range []struct{ page, query, want, kind string }{
			{"/search/", "아마존", "Amazon", "Company"},  // a Korean name on English pages
			{"/search/", "amkor", "Amkor", "Company"}, // an English name
			{"/ko/search/", "Amazon", "아마존", "기업"},    // an English name on Korean pages
			{"/ko/search/", "울산", "울산", ""},           // Hangul in the Korean index
		} {
			text := searchFor(t, ctx, base+s.page, s.query)
			if !strings.Contains(text, s.want) || !strings.Contains(text, s.kind) {
				t.Errorf("%s?q=%s: results %q lack %q (%s)", s.page, s.query, text, s.want, s.kind)
			}
		}
	})

	// A record's own pages come before the pages that merely mention it.
	t.Run("ranking", func(t *testing.T) {
		for _, s := range []struct {
			page, query string
			first       []string // the first results, in any order
		}{
			{"/search/", "AWS", []string{"/companies/aws/", "/investments/aws-apec-ai-cloud-2025-2028/",
				"/investments/aws-incheon-gyeonggi-ai-data-centres/", "/investments/aws-ulsan-ai-data-hub/"}},
			{"/ko/search/", "울산", []string{"/ko/regions/kr-31/", "/ko/investments/aws-ulsan-ai-data-hub/"}},
		} {
			got := searchResults(t, ctx, base+s.page, s.query)
			if len(got) < len(s.first) || !sameSet(got[:len(s.first)], s.first) {
				t.Errorf("%s?q=%s: results begin %q; want %q first", s.page, s.query, got[:min(len(got), len(s.first)+2)], s.first)
			}
		}
	})
}

// searchFor loads a search page with a query in its address and returns
// the results' text once they are there.
func searchFor(t *testing.T, ctx context.Context, url, q string) string {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"?q="+q),
		chromedp.WaitVisible(chromedp.CSS("#search-list li"))); err != nil {
		t.Fatalf("%s?q=%s: %v", url, q, err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#search-list")))
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// tableProbe lists the tables of records wider than their container
// (with stacked rows on a phone, none may be), every table wider than
// its container on a desktop, and amounts of records out of the window.
const tableProbe = `(() => {
  const out = [], phone = innerWidth < 640;
  for (const s of document.querySelectorAll(".table-scroll")) {
    const stacked = s.querySelector("table.stack");
    if ((stacked || !phone) && s.scrollWidth > s.clientWidth + 1)
      out.push(s.querySelector("caption").textContent + ": " + s.scrollWidth + " px wide in " + s.clientWidth);
  }
  for (const a of document.querySelectorAll("table.stack tbody tr:not([hidden]) td.amount")) {
    const r = a.getBoundingClientRect();
    if (r.width === 0 || r.left < 0 || r.right > innerWidth) out.push("an amount out of the window: " + a.textContent);
  }
  return out;
})()`

// searchResults loads a search page with a query in its address and
// returns the results' paths, best first.
func searchResults(t *testing.T, ctx context.Context, url, q string) []string {
	t.Helper()
	searchFor(t, ctx, url, q)
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll("#search-list > li > a")].map(a => new URL(a.href).pathname)`))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// sameSet reports whether a and b hold the same strings.
func sameSet(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(s string) bool { return !slices.Contains(b, s) })
}

// TestPageWeight holds the pages this issue adds to to a budget: the home
// page with its map and charts, the regions index with its map, and the
// stylesheet and scripts every page or the list pages load.
func TestPageWeight(t *testing.T) {
	dir := buildSeed(t)
	budget := map[string]int64{
		"index.html":               80 << 10,
		"regions/index.html":       60 << 10,
		"regions/kr-31/index.html": 60 << 10,
		"investments/index.html":   60 << 10,
		"search/index.html":        20 << 10,
		"js/filters.js":            14 << 10,
		"js/search.js":             4 << 10,
		"data/query/index.html":    12 << 10,
		"js/query.js":              6 << 10,
	}
	css, _ := filepath.Glob(filepath.Join(dir, "css", "*.css"))
	if len(css) != 1 {
		t.Fatalf("want one stylesheet, have %v", css)
	}
	rel, _ := filepath.Rel(dir, css[0])
	budget[rel] = 14 << 10
	for name, max := range budget {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Error(err)
			continue
		}
		t.Logf("%-28s %6d bytes (budget %d)", name, st.Size(), max)
		if st.Size() > max {
			t.Errorf("%s is %d bytes, over its budget of %d", name, st.Size(), max)
		}
	}
}
