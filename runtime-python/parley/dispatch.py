"""What a server does with one incoming call: route it, run it, and reply or report the error."""

from __future__ import annotations

import logging

from .connection import Connection
from .errors import ApplicationError, ApplicationErrorType, ProtocolError, TransportError
from .processor import ResultWriter, Router, SyncEntry
from .protocol import Framing, MessageType, ProtocolReader, ProtocolWriter, TType

__all__ = ["log", "Failure", "classify", "write_error", "handle_call"]

log = logging.getLogger("parley.server")

class Failure:
    """What to tell the caller about a handler that raised, and whether the connection survives."""

    __slots__ = ("type", "message", "keep")

    def __init__(self, type: ApplicationErrorType, message: str, keep: bool) -> None:  # noqa: A002
        self.type = type
        self.message = message
        self.keep = keep


def classify(e: Exception, r: ProtocolReader, name: str, framed: bool, peer: object) -> Failure:
    """Maps a handler's exception to Thrift's error codes, logging what the caller must not see.

    Arguments that do not decode are PROTOCOL_ERROR; in an unframed stream the end of the bad
    message cannot be found, so that connection closes after the reply. An ApplicationError keeps
    its type. Anything else is INTERNAL_ERROR with the exception's message only: the traceback
    goes to the server's log, never over the wire. A transport failure while the arguments were
    still arriving is re-raised: there is no one left to reply to.
    """
    if isinstance(e, ProtocolError) and not r.args_read:
        log.info("arguments of %r from %s do not decode: %s", name, peer, e)
        return Failure(ApplicationErrorType.PROTOCOL_ERROR, e.message, framed)
    if isinstance(e, TransportError) and not r.args_read:
        raise e
    if isinstance(e, ApplicationError):
        return Failure(e.type, e.message or "", True)
    log.error("handler of %r failed for %s", name, peer, exc_info=e)
    return Failure(ApplicationErrorType.INTERNAL_ERROR, str(e) or f"Internal error processing {name}",
                   True)


def write_error(w: ProtocolWriter, name: str, seqid: int, type: ApplicationErrorType,  # noqa: A002
                message: str) -> None:
    """Writes an EXCEPTION reply carrying a TApplicationException."""
    w.message_begin(name, MessageType.EXCEPTION, seqid)
    ApplicationError(type, message).write(w)


def _reply_error(conn: Connection, name: str, seqid: int, type: ApplicationErrorType,  # noqa: A002
                 message: str) -> None:
    write_error(conn.start_message(), name, seqid, type, message)
    conn.send()


def handle_call(router: Router[SyncEntry], conn: Connection, r: ProtocolReader, peer: object) -> bool:
    """Reads one message from ``r`` and answers it on ``conn``.

    Returns whether the connection can carry another message. Raises ProtocolError or
    TransportError when the message cannot even be answered; the caller then closes.
    """
    name, mtype, seqid = r.message_begin()
    if mtype != MessageType.CALL and mtype != MessageType.ONEWAY:
        # Not a request: what follows cannot be trusted, so answer and hang up.
        _reply_error(conn, name, seqid, ApplicationErrorType.INVALID_MESSAGE_TYPE,
                     f"Invalid message type {mtype} for '{name}'")
        return False
    method, plain, missing = router.route(name)
    if method is None:
        r.skip(TType.STRUCT)
        if mtype == MessageType.CALL:
            _reply_error(conn, plain, seqid, ApplicationErrorType.UNKNOWN_METHOD, missing)
        return True
    framed = conn.framing is Framing.FRAMED
    silent = mtype == MessageType.ONEWAY or method.oneway
    try:
        result: ResultWriter | None = method.handler(r)
    except Exception as e:  # noqa: BLE001 - every failure of user code becomes a reply
        failure = classify(e, r, name, framed, peer)
        if not silent:
            _reply_error(conn, plain, seqid, failure.type, failure.message)
        return failure.keep
    if not r.args_read and r.depth == 0 and not framed:
        r.skip(TType.STRUCT)  # the handler ignored its arguments; step over them in the stream
    if silent:
        return True
    if result is None:
        log.warning("handler of %r returned no result writer", name)
        _reply_error(conn, plain, seqid, ApplicationErrorType.INTERNAL_ERROR,
                     f"Internal error processing {plain}")
        return True
    w = conn.start_message()
    try:
        w.message_begin(plain, MessageType.REPLY, seqid)
        result(w)
    except Exception as e:  # noqa: BLE001
        log.error("writing the result of %r failed", name, exc_info=e)
        _reply_error(conn, plain, seqid, ApplicationErrorType.INTERNAL_ERROR, str(e) or
                     f"Internal error processing {plain}")
        return True
    conn.send()
    return True
