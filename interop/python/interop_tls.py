"""The key and certificate the test peers use for ``--ssl``.

A self-signed certificate for ``CN=localhost`` (subjectAltName ``DNS:localhost, IP:127.0.0.1``) in
``interop/target/ssl/``: ``server.pem`` and ``server.key`` for Python, ``server.p12`` for Java.
Created with the ``openssl`` command on first use; clients trust exactly that certificate.
``PARLEY_INTEROP_SSL_DIR`` points elsewhere.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import ssl
import subprocess
import tempfile

KEYSTORE_PASSWORD = "parley"


def directory() -> pathlib.Path:
    """Where the material lives: ``PARLEY_INTEROP_SSL_DIR``, else ``interop/target/ssl``."""
    configured = os.environ.get("PARLEY_INTEROP_SSL_DIR")
    if configured:
        return pathlib.Path(configured)
    return pathlib.Path(__file__).resolve().parent.parent / "target" / "ssl"


def ensure() -> pathlib.Path:
    """Returns the directory, creating the material first if any file is missing."""
    where = directory()
    if all((where / name).is_file() for name in ("server.pem", "server.key", "server.p12")):
        return where
    where.parent.mkdir(parents=True, exist_ok=True)
    # Made in a scratch directory and renamed into place, so that peers starting at the same
    # moment never read half-written files: the first rename wins, the others use its files.
    scratch = tempfile.mkdtemp(prefix="ssl-", dir=where.parent)
    try:
        _openssl(scratch, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
                 "-keyout", "server.key", "-out", "server.pem", "-subj", "/CN=localhost",
                 "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1")
        _openssl(scratch, "pkcs12", "-export", "-in", "server.pem", "-inkey", "server.key",
                 "-name", "server", "-out", "server.p12", "-passout", "pass:" + KEYSTORE_PASSWORD)
        try:
            os.rename(scratch, where)
        except OSError:
            pass  # another peer made them first
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return where


def _openssl(cwd: str, *args: str) -> None:
    try:
        done = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True,
                              timeout=60, check=False)
    except FileNotFoundError:
        raise RuntimeError("the openssl command is needed for --ssl") from None
    if done.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: {done.stderr.strip()}")


def server_context() -> ssl.SSLContext:
    """A server context presenting the test key."""
    where = ensure()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(where / "server.pem", where / "server.key")
    return context


def client_context() -> ssl.SSLContext:
    """A client context that trusts the test certificate only, checking the host name."""
    return ssl.create_default_context(cafile=str(ensure() / "server.pem"))
