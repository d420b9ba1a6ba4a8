#!/usr/bin/env python3
"""Time from saving a changed record to the preview's first reload event, to the
new page being served and to the rebuild that follows being logged, against `go run ./generator serve`. Usage:
  python3 generator/serve/testdata/latency.py ROOT N [COMPANY NAME]
(ROOT: a scratch clone of the repository, e.g. git clone . /tmp/lat, or a
synthetic one from `go run ./generator synth`; the script edits the name of
data/companies/COMPANY.json there N times and restores it. COMPANY and its
NAME default to renault-korea and "Renault Korea"; for a synthetic
repository use synthetic-company-000001 "Synthetic Company 1".)"""
import os, re, subprocess, sys, threading, time, urllib.request, statistics

root, n = sys.argv[1], int(sys.argv[2])
company, old = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ("renault-korea", "Renault Korea")
port = 18313
srv = subprocess.Popen(["go", "run", "./generator", "serve", "-root", root, "-addr", f"127.0.0.1:{port}"],
                       cwd=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       start_new_session=True)
builds = []
def read_log():
    for line in srv.stderr:
        builds.append((time.monotonic(), line.strip()))
threading.Thread(target=read_log, daemon=True).start()
base = f"http://127.0.0.1:{port}"
while not any("built in" in l for _, l in builds):  # the first, full build (with Pagefind)
    if srv.poll() is not None: sys.exit("serve exited")
    time.sleep(0.1)

events = []
def read_events():
    with urllib.request.urlopen(base + "/__kit/events") as r:
        for raw in r:
            line = raw.decode().strip()
            if line.startswith("data:"):
                events.append((time.monotonic(), line[5:].strip()))
threading.Thread(target=read_events, daemon=True).start()
while not events: time.sleep(0.05)

rec = os.path.join(root, f"data/companies/{company}.json")
good = open(rec).read()
reload_t, page_t, done_t, build_lines = [], [], [], []
try:
    for i in range(n):
        name = f"{old} edit {i}"
        seen, logged = len(events), len(builds)
        t0 = time.monotonic()
        with open(rec, "w") as f:
            f.write(good.replace(f'"name": "{old}"', f'"name": "{name}"', 1))
        while len(events) == seen: time.sleep(0.005)
        reload_t.append(events[seen][0] - t0)
        while name not in urllib.request.urlopen(base + f"/companies/{company}/").read().decode():
            time.sleep(0.005)
        page_t.append(time.monotonic() - t0)
        # the rebuild that follows a first look: wait for it before the next save
        while not any("built in" in l or "failed" in l for _, l in builds[logged:]): time.sleep(0.005)
        done = next(t for t, l in builds[logged:] if "built in" in l or "failed" in l)
        done_t.append(done - t0)
        build_lines.append(" | ".join(l for _, l in builds[logged:]))
        time.sleep(0.5)
    fmt = lambda xs: ", ".join(f"{x*1000:.0f}" for x in xs)
    print("first reload event after save (ms):", fmt(reload_t), "median", f"{statistics.median(reload_t)*1000:.0f}")
    print("new page served after save (ms):", fmt(page_t), "median", f"{statistics.median(page_t)*1000:.0f}")
    print("whole rebuild logged after save (ms):", fmt(done_t), "median", f"{statistics.median(done_t)*1000:.0f}")
    print("server log:", build_lines)
finally:
    open(rec, "w").write(good)
    os.killpg(srv.pid, 2)  # go run and the server it started
    srv.wait(timeout=600)  # it removes its preview's files: 470,000 at 100k
