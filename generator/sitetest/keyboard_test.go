package sitetest

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// keyboard reaches and opens a company from the companies index with Tab
// and Enter only, after the skip link comes first and moves focus to the
// main content.
func keyboard(t *testing.T, ctx context.Context, base string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/companies/")); err != nil {
		t.Fatal(err)
	}
	if got := tabTo(t, ctx); got != "skip" {
		t.Fatalf("the first Tab focuses %q, want the skip link", got)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	for range 80 {
		if tabTo(t, ctx) == "/companies/aws/" {
			err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.WaitReady(chromedp.CSS("footer")))
			if err != nil {
				t.Fatal(err)
			}
			if loc, _ := chromedp.Run(ctx, chromedp.Location()); loc != base+"/companies/aws/" {
				t.Errorf("Enter on the AWS link opened %s", loc)
			}
			return
		}
	}
	t.Error("80 presses of Tab after the skip link never reached the link to AWS")
}

// tabTo presses Tab and names what has focus: "skip" for the skip link,
// else the focused link's href.
func tabTo(t *testing.T, ctx context.Context) string {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`(e => e.classList.contains("skip") ? "skip" : (e.getAttribute("href") || e.tagName))(document.activeElement)`))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// withoutScript opens pages with JavaScript switched off: the commitments
// list still lists its rows and the search page its plain listing.
func withoutScript(t *testing.T, ctx context.Context, base string) {
	if err := call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	defer call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
	checks := []struct{ path, sel string }{
		// filters.js shows the filter form; with scripts off it stays hidden.
		{"/investments/", `main form#filters[hidden]`},
		{"/investments/", `main table tbody tr`},
		{"/search/", `main ul.inline-list li a`},
		// The headline total says the day it holds for.
		{"/", `main .headline-total .as-of time[datetime]`},
		{"/ko/", `main .headline-total .as-of time[datetime]`},
		// A search sent without JavaScript says why nothing was found, and where to look.
		{"/search/?q=AWS", `main form p.no-script a[href="#browse"]`},
		{"/ko/search/?q=울산", `main form p.no-script a[href="#browse"]`},
		{"/ko/regions/", `main svg a`},
	}
	for _, c := range checks {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+c.path)); err != nil {
			t.Fatal(err)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+"`"+c.sel+"`"+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("without JavaScript, %s shows no %s", c.path, c.sel)
		}
	}
}

// mapRegionFocus tabs to the first region of the regions map, in light and dark
// mode, and checks that it takes a fill other than its class's, the
// page's text or background colour (the contrast of which TestContrast
// checks): the focus stroke alone can vanish against a class of its
// lightness.
func mapRegionFocus(t *testing.T, ctx context.Context, base string) {
	const probe = `(() => {
  const a = document.activeElement, p = a.querySelector("path"), box = a.closest(".map-box");
  if (!p || !box) return "";
  const q = [...p.classList].find(c => /^q\d$/.test(c));
  const legend = box.querySelector(".map-legend rect." + q);
  const rgb = v => { const s = document.createElement("span"); s.style.color = v; document.body.append(s); const c = getComputedStyle(s).color; s.remove(); return c; };
  const root = getComputedStyle(document.documentElement);
  return [getComputedStyle(p).fill, legend ? getComputedStyle(legend).fill : "", rgb(root.getPropertyValue("--fg")), rgb(root.getPropertyValue("--bg"))].join("|");
})()`
	for _, scheme := range []string{"light", "dark"} {
		if err := view(ctx, 1280, 800, false, scheme); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/regions/")); err != nil {
			t.Fatal(err)
		}
		var got string
		for i := 0; i < 60 && got == ""; i++ {
			tabTo(t, ctx)
			var err error
			if got, err = chromedp.Run(ctx, chromedp.Evaluate[string](probe)); err != nil {
				t.Fatal(err)
			}
		}
		f := strings.Split(got, "|")
		if len(f) != 4 {
			t.Fatalf("%s: 60 presses of Tab never reached a region of the map", scheme)
		}
		if f[1] == "" {
			t.Fatalf("%s: the map's legend has no swatch of the focused region's class", scheme)
		}
		if focused, unfocused, fg, bg := f[0], f[1], f[2], f[3]; focused == unfocused || (focused != fg && focused != bg) {
			t.Errorf("%s: a focused region is filled %s (unfocused %s), want the text colour %s or the background %s", scheme, focused, unfocused, fg, bg)
		}
	}
}
