package main

import (
	"flag"
	"fmt"
	"io"
	"net"

	"github.com/korea-investment-tracker/kit/generator/serve"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var opt serve.Options
	fl.StringVar(&opt.Root, "root", ".", "the repository `folder`")
	addr := fl.String("addr", "127.0.0.1:1313", "the `address` to serve on")
	fl.DurationVar(&opt.Debounce, "debounce", 0, "quiet time after a change before rebuilding (default 150ms)")
	if fl.Parse(args) != nil || fl.NArg() > 0 {
		return exitUsage
	}
	opt.Log = stderr
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "generator serve: %v\n", err)
		return exitUsage
	}
	s, err := serve.New(opt)
	if err != nil {
		fmt.Fprintf(stderr, "generator serve: %v\n", err)
		return exitInvalid
	}
	ctx, stop := stopContext()
	defer stop()
	fmt.Fprintf(stdout, "serving http://%s/ (Ctrl+C to stop); watching data/, content/, schema/, site/\n", ln.Addr())
	if err := s.Serve(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "generator serve: %v\n", err)
		return exitInvalid
	}
	return exitOK
}
