"""Tiny HTTP servers on loopback that the fault tests start themselves: one that records
every request and answers as told, one that redirects, one that trickles its answer."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Seen:
    """One request a loopback server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT
    seen: list[Seen] = field(default_factory=list)


#: what a handler function returns: status, headers, body
Answer = tuple[int, dict[str, str], bytes]


@contextmanager
def serve(answer: Callable[[Seen], Answer] | None = None) -> Iterator[Server]:
    """A server that records every request and answers with answer(request) (204 if None)."""
    server = Server("")

    class Handler(http.server.BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length", 0) or 0)
            seen = Seen(self.command, self.path, dict(self.headers), self.rfile.read(length))
            server.seen.append(seen)
            status, headers, body = answer(seen) if answer else (204, {}, b"")
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _any  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    with _running(Handler) as url:
        server.url = url
        yield server


@contextmanager
def trickle(*, in_headers: bool, interval: float, count: int) -> Iterator[Server]:
    """A server that answers 200 and then sends one byte every `interval` seconds, `count`
    times (in the headers, or in the body after complete headers), then finishes."""
    server = Server("")
    body = b'{"head": {"vars": []}, "results": {"bindings": []}}'[: max(count, 1)]

    class Handler(http.server.BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length", 0) or 0)
            server.seen.append(
                Seen(self.command, self.path, dict(self.headers), self.rfile.read(length))
            )
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                if in_headers:
                    for _ in range(count):  # bounded: the test ends even if the client waits
                        self.wfile.write(b"X")
                        self.wfile.flush()
                        time.sleep(interval)
                    self.wfile.write(b"-Slow: yes\r\n")
                head = (
                    "Content-Type: application/sparql-results+json\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
                )
                self.wfile.write(head.encode("ascii"))
                self.wfile.flush()
                for byte in body if not in_headers else [body]:
                    self.wfile.write(bytes([byte]) if isinstance(byte, int) else byte)
                    self.wfile.flush()
                    if not in_headers:
                        time.sleep(interval)
            except OSError:  # the client gave up and closed the connection
                pass
            self.close_connection = True

        do_GET = do_POST = do_PUT = _any  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    with _running(Handler) as url:
        server.url = url
        yield server


@contextmanager
def _running(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
