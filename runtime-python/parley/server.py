"""A threaded server: one listening socket, a bounded pool of workers, one worker per connection."""

from __future__ import annotations

import selectors
import socket
import ssl
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from types import TracebackType

from .connection import Connection
from .dispatch import handle_call, log
from .errors import ProtocolError, TransportError
from .processor import Router, ServiceProcessor
from .protocol import Framing, Limits, Protocol

__all__ = ["Server"]

_DEFAULT_LIMITS = Limits()


class _Session:
    """A served connection, and whether a call on it is in progress (so shutdown waits for it)."""

    __slots__ = ("conn", "peer", "busy", "lock", "future")

    def __init__(self, conn: Connection, peer: object) -> None:
        self.conn = conn
        self.peer = peer
        self.busy = False
        self.lock = threading.Lock()
        self.future: Future[None] | None = None

    def interrupt(self) -> None:
        # shutdown() on the plain socket wakes a worker blocked reading it, TLS or not.
        try:
            socket.socket.shutdown(self.conn.sock, socket.SHUT_RDWR)
        except OSError:
            pass


class Server:
    """Serves one processor, or several multiplexed ones, on a TCP port.

    Each connection is served by one worker of a ThreadPoolExecutor of ``max_workers`` threads,
    call after call, until it closes or stays idle for ``read_timeout`` seconds. At most
    ``max_connections`` (default: ``max_workers``) connections are open at once; those beyond
    the workers wait for one, and those beyond the cap are closed at once. A malformed message
    closes its own connection only. ``shutdown(grace)`` stops accepting, closes idle
    connections, and lets calls in progress finish for up to ``grace`` seconds.
    """

    def __init__(self, processor: ServiceProcessor | None = None, *, host: str = "127.0.0.1",
                 port: int = 0, protocol: Protocol = Protocol.BINARY,
                 framing: Framing = Framing.BUFFERED, multiplexed: Sequence[ServiceProcessor] = (),
                 max_workers: int = 32, max_connections: int | None = None,
                 read_timeout: float | None = 60.0, limits: Limits = _DEFAULT_LIMITS,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        if max_workers <= 0:
            raise ValueError(f"max_workers must be positive: {max_workers}")
        self._router = Router(processor, multiplexed)
        self._host = host
        self._requested_port = port
        self._protocol = protocol
        self._framing = framing
        self._max_workers = max_workers
        self._max_connections = max_connections if max_connections is not None else max_workers
        self._read_timeout = read_timeout
        self._limits = limits
        self._ssl = ssl_context
        self._listener: socket.socket | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._pool: ThreadPoolExecutor | None = None
        self._acceptor: threading.Thread | None = None
        self._sessions: set[_Session] = set()
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()
        self._stopping = False
        self._stopped = threading.Event()

    @property
    def port(self) -> int:
        """The port the server listens on (the one chosen by the system for port 0)."""
        if self._listener is None:
            raise RuntimeError("the server is not started")
        return int(self._listener.getsockname()[1])

    def start(self) -> Server:
        """Starts listening and serving in the background; returns once the socket listens."""
        if self._listener is not None:
            raise RuntimeError("the server is already started")
        self._listener = socket.create_server((self._host, self._requested_port), backlog=128)
        self._pool = ThreadPoolExecutor(self._max_workers, thread_name_prefix="parley-worker")
        self._acceptor = threading.Thread(target=self._accept_loop, name="parley-acceptor",
                                          daemon=True)
        self._acceptor.start()
        return self

    def serve_forever(self) -> None:
        """Starts the server if needed and blocks until ``shutdown``."""
        if self._listener is None:
            self.start()
        self._stopped.wait()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.shutdown(1.0)

    def _accept_loop(self) -> None:
        listener = self._listener
        assert listener is not None
        with selectors.DefaultSelector() as selector:
            selector.register(listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stopping:
                for key, _ in selector.select():
                    if key.fileobj is listener and not self._stopping:
                        self._accept(listener)

    def _accept(self, listener: socket.socket) -> None:
        try:
            sock, addr = listener.accept()
        except OSError:
            return
        with self._lock:
            if len(self._sessions) >= self._max_connections:
                log.warning("refusing %s: %d connections are open", addr, len(self._sessions))
                sock.close()
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            session = _Session(Connection(sock, self._protocol, self._framing, self._limits,
                                          self._read_timeout, self._ssl is None), addr)
            self._sessions.add(session)
            assert self._pool is not None
            future = self._pool.submit(self._serve, session)
            session.future = future
            self._futures.add(future)
            future.add_done_callback(self._futures.discard)

    def _serve(self, session: _Session) -> None:
        conn = session.conn
        try:
            if self._ssl is not None:
                # Before any read, so no plaintext byte waits in the stream's read-ahead.
                conn.stream.use_tls(self._ssl.wrap_socket(conn.sock, server_side=True))
            while not self._stopping:
                r = conn.receive()
                if r is None:
                    break
                with session.lock:
                    if self._stopping:
                        break
                    session.busy = True
                keep = handle_call(self._router, conn, r, session.peer)
                with session.lock:
                    session.busy = False
                if not keep:
                    break
        except TransportError as e:
            log.debug("connection from %s ended: %s", session.peer, e)
        except ProtocolError as e:
            log.warning("closing the connection from %s: %s", session.peer, e)
        except (OSError, ssl.SSLError) as e:
            log.info("connection from %s failed: %s", session.peer, e)
        except Exception:  # noqa: BLE001 - a bug here must not kill the worker silently
            log.exception("serving %s failed", session.peer)
        finally:
            conn.close()
            with self._lock:
                self._sessions.discard(session)

    def shutdown(self, grace: float = 5.0) -> None:
        """Stops accepting, closes idle connections, waits up to ``grace`` s for calls in progress."""
        if self._stopping:
            return
        self._stopping = True
        deadline = time.monotonic() + grace
        self._wake_w.send(b"x")
        if self._acceptor is not None:
            self._acceptor.join(max(grace, 1.0))
        if self._listener is not None:
            self._listener.close()
        with self._lock:
            sessions = list(self._sessions)
            futures = list(self._futures)
        for session in sessions:
            with session.lock:
                if not session.busy:
                    session.interrupt()
        if futures:
            wait(futures, timeout=max(0.0, deadline - time.monotonic()))
        with self._lock:
            late = list(self._sessions)
        for session in late:
            if session.future is not None and session.future.cancel():
                session.conn.close()  # it never reached a worker
                with self._lock:
                    self._sessions.discard(session)
            else:
                log.warning("closing %s after the grace period", session.peer)
                session.interrupt()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._wake_r.close()
        self._wake_w.close()
        self._stopped.set()
