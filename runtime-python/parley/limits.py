"""Bounds on what a peer can make this side allocate or recurse into."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Limits"]


@dataclass(frozen=True)
class Limits:
    """Bounds checked against every length, size and depth read from the wire, before allocating.

    The defaults follow Apache Thrift's TConfiguration: 16,384,000-byte frames, 100 MiB messages,
    strings and containers of at most 16,384,000 bytes or elements, and nesting 64 deep.
    ``max_depth`` counts structs, and also containers while skipping unknown values.
    """

    max_frame_size: int = 16_384_000
    max_message_size: int = 100 * 1024 * 1024
    max_string_length: int = 16_384_000
    max_container_size: int = 16_384_000
    max_depth: int = 64

    def __post_init__(self) -> None:
        if self.max_frame_size <= 0 or self.max_message_size <= 0 or self.max_depth <= 0:
            raise ValueError(f"limits must be positive: {self}")
        if self.max_string_length < 0 or self.max_container_size < 0:
            raise ValueError(f"limits must not be negative: {self}")
