"""The demo's Python client: calls the Java Calculator server through the generated client."""
from __future__ import annotations

import sys

from parley import ApplicationError, Framing, Protocol
from parley.rpc import Client
from parley_examples.calculator import CalculatorClient, InvalidOperation, Operation, Work


def main() -> int:
    port = int(sys.argv[1])
    with Client("127.0.0.1", port, protocol=Protocol.COMPACT, framing=Framing.FRAMED,
                call_timeout=10) as channel:
        calc = CalculatorClient(channel)
        calc.ping()
        print("client: ping ok")
        print(f"client: add(2, 3) = {calc.add(2, 3)}")
        print(f"client: add(41) = {calc.add(41)}  (right defaults to 1 in the IDL)")
        print(f"client: 6 * 7 = {calc.calculate(Work(left=6, right=7, op=Operation.MULTIPLY))}")
        try:
            calc.calculate(Work(left=1, right=0, op=Operation.DIVIDE, comment="oops"))
            print("client: expected InvalidOperation", file=sys.stderr)
            return 1
        except InvalidOperation as e:
            print(f"client: 1 / 0 raised InvalidOperation(op={e.op.name if e.op else None}, why={e.why!r})")
        except ApplicationError as e:
            print(f"client: unexpected application error {e}", file=sys.stderr)
            return 1
        calc.log("hello from Python")
        print("client: log sent (oneway)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
