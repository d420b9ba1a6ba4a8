package preview_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/preview"
)

// previewed is a Session over a repository, built once, as serve runs
// it; the test sees each step as it is shown.
type previewed struct {
	*preview.Session
	root, out string
	// onShown, when set, is called with each step shown.
	onShown func(preview.Step)
}

// newPreview makes a Session over root, with opt's Hugo and search, and
// runs its first update, the whole build.
func newPreview(t *testing.T, root string, opt preview.Options) *previewed {
	t.Helper()
	p := &previewed{root: root, out: filepath.Join(t.TempDir(), "site")}
	opt.Root, opt.Out = root, p.out
	if opt.HugoBinary == "" {
		opt.HugoBinary = hugobin.Path(t)
	}
	opt.Shown = func(st preview.Step) {
		if p.onShown != nil {
			p.onShown(st)
		}
	}
	s, err := preview.New(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	p.Session = s
	if _, err := s.Update(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	return p
}

// page is a file of the preview's site; nil when there is none.
func (p *previewed) page(name string) []byte {
	b, _ := os.ReadFile(filepath.Join(p.out, filepath.FromSlash(name)))
	return b
}

// fullBuild is the site a whole build of root makes, as SiteFiles reads it.
func fullBuild(t *testing.T, root string) map[string][]byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "full")
	if _, err := build.Run(context.Background(), build.Options{Root: root, Out: out, HugoBinary: hugobin.Path(t)}); err != nil {
		t.Fatal(err)
	}
	return testrepo.SiteFiles(t, out)
}

// TestUndoneEdit: a company renamed, and the rename undone after the
// first look showed it and before the rebuild read it, with no update
// after: the rebuild renders the company's pages again, since the first
// look rewrote them, and the site is the one before the edit.
func TestUndoneEdit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	t.Parallel()
	root := testrepo.Copy(t)
	p := newPreview(t, root, preview.Options{})
	const rec, page = "data/companies/renault-korea.json", "companies/renault-korea/index.html"
	before := testrepo.SiteFiles(t, p.out)
	orig, err := os.ReadFile(filepath.Join(root, rec))
	if err != nil {
		t.Fatal(err)
	}
	testrepo.Replace(t, root, rec, `"name": "Renault Korea"`, `"name": "Renault Korea Motors (edited)"`)
	var looked []byte
	p.onShown = func(st preview.Step) {
		if st.Kind == preview.FirstLook {
			looked = p.page(page)
			if err := os.WriteFile(filepath.Join(root, rec), orig, 0o644); err != nil {
				t.Error(err)
			}
		}
	}
	if _, err := p.Update(context.Background(), []string{rec}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(looked, []byte("Renault Korea Motors (edited)")) {
		t.Fatalf("the first look did not show the edit")
	}
	for _, d := range testrepo.SiteDiff(testrepo.SiteFiles(t, p.out), before) {
		t.Errorf("after the edit was undone, the site %s", d)
	}
}

// TestNewerSaveCancels: an update held in Hugo, in its first look or in
// its rebuild, is cancelled by the next save: Hugo is killed and reaped,
// the site is as the last finished step left it, and the update after
// shows every save, the newest last, as a whole build does.
func TestNewerSaveCancels(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	t.Parallel()
	root := testrepo.Copy(t)
	gate := testrepo.NewGate(t)
	p := newPreview(t, root, preview.Options{HugoBinary: gate.Hugo(t, hugobin.Path(t))})
	const company, commitment = "data/companies/renault-korea.json", "data/investments/aws-ulsan-ai-data-hub.json"

	testrepo.Replace(t, root, company, `"name": "Renault Korea"`, `"name": "Renault Korea (save 1)"`)
	site := testrepo.SiteFiles(t, p.out)
	gate.Arm(t) // the first look's Hugo
	cancelled(t, p, gate, company)
	for _, d := range testrepo.SiteDiff(testrepo.SiteFiles(t, p.out), site) {
		t.Errorf("after an update cancelled in its first look, the site %s", d)
	}

	testrepo.Replace(t, root, commitment, "AI data hub in Ulsan with SK Group", "AI data hub in Ulsan (save 2)")
	p.onShown = func(st preview.Step) {
		if st.Kind == preview.FirstLook {
			site = testrepo.SiteFiles(t, p.out)
			gate.Arm(t) // the rebuild's Hugo
		}
	}
	cancelled(t, p, gate, commitment)
	for _, d := range testrepo.SiteDiff(testrepo.SiteFiles(t, p.out), site) {
		t.Errorf("after an update cancelled in its rebuild, the site %s", d)
	}

	p.onShown = nil
	testrepo.Replace(t, root, company, "(save 1)", "(save 3)")
	res, err := p.Update(context.Background(), []string{company})
	if err != nil {
		t.Fatal(err)
	}
	if res.FirstLook.Pages != 4 || !res.Rebuild.Quick {
		t.Errorf("the update after: %+v; want a first look at both records' pages (4) and a quick rebuild", res)
	}
	for _, d := range testrepo.SiteDiff(testrepo.SiteFiles(t, p.out), fullBuild(t, root)) {
		t.Errorf("after the update, the site %s", d)
	}
	if !bytes.Contains(p.page("companies/renault-korea/index.html"), []byte("(save 3)")) {
		t.Error("the company's page does not show the newest save")
	}
}

// cancelled runs an update after changed, cancels it once Hugo stops at
// the armed gate, and checks that it returned the cancellation and that
// Hugo is gone.
func cancelled(t *testing.T, p *previewed, gate *testrepo.Gate, changed string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := p.Update(ctx, []string{changed})
		done <- err
	}()
	pid := gate.Started(t)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("the cancelled update returned %v", err)
		}
	case <-time.After(time.Minute):
		gate.Release()
		t.Fatal("the cancelled update has not returned after a minute")
	}
	if !testrepo.Reaped(pid) {
		t.Errorf("Hugo (process %d) is still there after the update was cancelled", pid)
	}
}
