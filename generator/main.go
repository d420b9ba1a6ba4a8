// Command generator validates the Korea Investment Tracker's records, writes
// its datasets and renders its site with a pinned Hugo.
//
//	go run ./generator check [paths…]   validate only; exit 1 on invalid data
//	go run ./generator build            validate, export and render into public/
//	go run ./generator serve            live preview that rebuilds on change
//
// Exit codes: 0 ok, 1 invalid data (or a failed build), 2 usage.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

const usage = `usage: generator <command> [flags]

commands:
  check [paths…]  validate the records in data/ and pages in content/ (or the named files)
  build           validate, write the datasets and render the site into public/
  merge DIR…      merge the folders of a sharded build (build --shard i/n) into public/, with the search index
  serve           live preview on localhost that rebuilds when a file changes
  diff <rev> [<rev>]  print the records and totals changed between two git revisions (or since one)
  releases        list the data's releases (data-YYYY.MM.DD tags) with counts, totals and changes
  release-tag     tag HEAD as the next data release, unless the data has not changed since the last
  bench           time whole builds of synthetic data against Hugo alone (BENCHMARKS.md)
  synth           write a synthetic repository (every record labelled synthetic) for scale tests
  schema          write schema/*.schema.json from the Go types (run by go generate)

Run "generator <command> -h" for a command's flags.
`

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is main without os.Exit, so tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	commands := map[string]func([]string, io.Writer, io.Writer) int{
		"check":       runCheck,
		"build":       runBuild,
		"merge":       runMerge,
		"serve":       runServe,
		"synth":       runSynth,
		"diff":        runDiff,
		"releases":    runReleases,
		"release-tag": runReleaseTag,
		"bench":       runBench,
		"schema":      runSchema,
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "generator: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return cmd(args[1:], stdout, stderr)
}

// stopContext is cancelled by Ctrl+C (SIGINT) or by SIGTERM (what a CI
// runner, a container or kill sends), so that a build stopped either way
// removes its staging folder and stops Hugo rather than dying mid-way.
func stopContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
