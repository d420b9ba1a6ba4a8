package sitetest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
)

// seedSite is the seed site, built once for all the tests, which only read it.
var seedSite struct {
	once     sync.Once
	tmp, dir string
	err      error
}

// buildSeed runs the real pipeline (validate, export, render, search
// index) on the repository's seed data, once, into a temporary folder (or
// $KIT_SITE_OUT when set, to keep it for a look) and returns the folder.
func buildSeed(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the site with Hugo")
	}
	hugo := hugobin.Path(t)
	seedSite.once.Do(func() {
		seedSite.dir = os.Getenv("KIT_SITE_OUT")
		if seedSite.dir == "" {
			if seedSite.tmp, seedSite.err = os.MkdirTemp("", "kit-sitetest-"); seedSite.err != nil {
				return
			}
			seedSite.dir = filepath.Join(seedSite.tmp, "site")
		}
		_, seedSite.err = build.Run(context.Background(), build.Options{Root: "../..", Out: seedSite.dir, BaseURL: "http://127.0.0.1/", HugoBinary: hugo})
	})
	if seedSite.err != nil {
		t.Fatal(seedSite.err)
	}
	return seedSite.dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if seedSite.tmp != "" {
		os.RemoveAll(seedSite.tmp)
	}
	os.Exit(code)
}

func TestBuild(t *testing.T) { buildSeed(t) }
