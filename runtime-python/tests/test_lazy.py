"""parley.rpc and parley.aio import their clients and servers when a program first names them."""

from __future__ import annotations

import subprocess
import sys
import unittest
from pathlib import Path

RUNTIME = str(Path(__file__).resolve().parent.parent)

PROGRAM = """
import sys
import parley, parley.rpc, parley.aio
heavy = [m for m in ("asyncio", "ssl", "concurrent.futures", "parley.client", "parley.server",
                    "parley.aioclient", "parley.aioserver") if m in sys.modules]
print("loaded:", heavy)
from parley.rpc import Client, Server, ServiceProcessor
from parley.aio import AsyncClient, AsyncServer, AsyncServiceProcessor
import parley.client, parley.aioserver
assert Client is parley.client.Client and AsyncServer is parley.aioserver.AsyncServer
assert "Client" in dir(parley.rpc) and "AsyncClient" in dir(parley.aio)
try:
    parley.rpc.Nothing
except AttributeError as e:
    print("missing:", e)
"""


class LazyImportTest(unittest.TestCase):
    def test_clients_and_servers_load_on_first_use(self) -> None:
        out = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                             env={"PYTHONPATH": RUNTIME}, timeout=60)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("loaded: []", out.stdout)
        self.assertIn("missing: module 'parley.rpc' has no attribute 'Nothing'", out.stdout)


if __name__ == "__main__":
    unittest.main()
