# Serves PUBLIC on 127.0.0.1:PORT and appends each response's size and path
# to LOG, so that a headless Chromium's visit says what a reader downloads
# (search-bytes.sh). Pagefind's index files are gzipped already; pages and
# scripts are counted as stored, uncompressed.
import functools, http.server, sys, threading

public, port, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lock = threading.Lock()


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def copyfile(self, src, dst):
        n = 0
        while chunk := src.read(65536):
            dst.write(chunk)
            n += len(chunk)
        with lock, open(log, "a") as f:
            f.write(f"{n}\t{self.path}\n")


http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=public)).serve_forever()
