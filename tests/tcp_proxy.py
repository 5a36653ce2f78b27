"""A TCP proxy between the app and PostgreSQL that a test can freeze, stop and resume.

Frozen: connections stay open but no byte moves either way, and new connections wait in
the listen backlog unanswered - a database that hangs. Stopped: every connection is
closed and new ones are refused - a database that is down.
"""
from __future__ import annotations

import contextlib
import select
import socket
import threading


class TcpProxy:
    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.frozen = threading.Event()
        self.closing = threading.Event()
        self.lock = threading.Lock()
        self.connections: list[socket.socket] = []
        self.listener: socket.socket | None = None
        self.port = 0
        self.start()

    def start(self) -> None:
        """Listen (again, on the same port once it had one) and forward."""
        self.closing.clear()
        self.frozen.clear()
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        listener.settimeout(0.05)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def freeze(self) -> None:
        self.frozen.set()

    def resume(self) -> None:
        self.frozen.clear()

    def stop(self) -> None:
        """Close everything: connections reset, new ones refused."""
        self.closing.set()
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        with self.lock:
            for conn in self.connections:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self.connections.clear()

    def _accept(self, listener: socket.socket) -> None:
        while not self.closing.is_set():
            if self.frozen.is_set():
                self.closing.wait(0.05)
                continue
            try:
                client, _address = listener.accept()
            except (TimeoutError, OSError):
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        peers = {client: server, server: client}
        try:
            while not self.closing.is_set():
                if self.frozen.is_set():
                    self.closing.wait(0.05)
                    continue
                ready, _w, _x = select.select(list(peers), [], [], 0.05)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except OSError:
            return
        finally:
            for sock in peers:
                sock.close()
