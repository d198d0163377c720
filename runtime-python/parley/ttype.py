"""Wire type ids and message types, numbered as Apache Thrift numbers them."""

from __future__ import annotations

__all__ = ["TType", "MessageType"]


class TType:
    """The type ids of values on the wire, in the binary protocol's numbering.

    Plain int constants rather than an enum: generated codecs compare them on every field, and a
    class attribute holding an int is the cheapest thing to compare against.
    """

    STOP = 0
    VOID = 1
    BOOL = 2
    BYTE = 3
    DOUBLE = 4
    I16 = 6
    I32 = 8
    I64 = 10
    STRING = 11
    STRUCT = 12
    MAP = 13
    SET = 14
    LIST = 15
    UUID = 16


class MessageType:
    """The kinds of RPC message an envelope announces."""

    CALL = 1
    REPLY = 2
    EXCEPTION = 3
    ONEWAY = 4
