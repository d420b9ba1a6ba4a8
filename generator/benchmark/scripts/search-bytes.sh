#!/bin/bash
# What a reader's browser downloads for one search (BENCHMARKS.md, issue 24):
#   search-bytes.sh PUBLIC PORT '/search/?q=Ulsan'
# prints the search page's status line and the bytes fetched by kind.
set -eu
public=$1 port=$2 url=$3 log=$(mktemp)
python3 "$(dirname "$0")/search-bytes.py" "$public" "$port" "$log" & server=$!
trap 'kill $server; rm -f "$log"' EXIT
sleep 1
chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=60000 --dump-dom "http://127.0.0.1:$port$url" 2>/dev/null |
  grep -o 'id="search-status"[^<]*' || true
awk -F'\t' '{
  k = $2 ~ /pf_meta/ ? "meta" : $2 ~ /\/index\// ? "index" : $2 ~ /\/fragment\// ? "fragments" : $2 ~ /wasm/ ? "wasm" : $2 ~ /\.js$|\.json$/ ? "scripts" : "page and css"
  n[k] += $1; c[k]++; t += $1; f++
} END {
  printf "%d files, %.0f KB:", f, t / 1024
  for (k in n) printf " %s %d / %.0f KB;", k, c[k], n[k] / 1024
  print ""
}' "$log"
