"""Calls a Calculator server with the generated Python clients, sync and asyncio; exits 1 on any mismatch.

Usage: py_client.py HOST PORT binary|compact framed|buffered [SERVICE]
"""
from __future__ import annotations

import asyncio
import sys
import time

import calculator
from parley import ApplicationError, ApplicationErrorType, Framing, Protocol
from parley.aio import AsyncClient
from parley.rpc import Client


def check(condition: bool, what: str) -> None:
    if not condition:
        print(f"py_client: FAILED: {what}", file=sys.stderr)
        sys.exit(1)


def exercise(calc: calculator.CalculatorClient) -> None:
    check(calc.calculate(calculator.Work(left=2, right=3)) == 5, "add")
    check(calc.calculate(calculator.Work(left=7, right=2, op=calculator.Op.DIVIDE)) == 3, "divide")
    check(calc.version() == "1.0", "inherited method")
    check(calc.echo(["a", "ü", ""]) == ["a", "ü", ""], "containers")
    try:
        calc.calculate(calculator.Work(left=1, right=0, op=calculator.Op.DIVIDE))
        check(False, "divide by zero returned")
    except calculator.InvalidOperation as e:
        check(e.why == "divide by zero" and e.op == calculator.Op.DIVIDE, f"typed exception: {e}")
    try:
        calc.fail("secret internals")
        check(False, "fail returned")
    except ApplicationError as e:
        check(e.type == ApplicationErrorType.INTERNAL_ERROR, f"INTERNAL_ERROR: {e.type}")
        check("Exception" not in str(e.message) or "at " not in str(e.message), f"no stack trace: {e.message}")
    start = time.monotonic()
    calc.log("hello")
    check(time.monotonic() - start < 0.25, "oneway returns at once")
    check(calc.calculate(calculator.Work(left=1, right=1)) == 2, "still works after errors")


async def exercise_async(calc: calculator.CalculatorAsyncClient) -> None:
    check(await calc.calculate(calculator.Work(left=2, right=3)) == 5, "async add")
    check(await calc.version() == "1.0", "async inherited method")
    try:
        await calc.calculate(calculator.Work(left=1, right=0, op=calculator.Op.DIVIDE))
        check(False, "async divide by zero returned")
    except calculator.InvalidOperation as e:
        check(e.why == "divide by zero", f"async typed exception: {e}")
    await calc.log("hello")


async def run_async(host: str, port: int, protocol: Protocol, framing: Framing, service: str | None) -> None:
    client = AsyncClient(host, port, protocol=protocol, framing=framing, service=service, call_timeout=10)
    try:
        await exercise_async(calculator.CalculatorAsyncClient(client))
    finally:
        await client.close()


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    protocol = Protocol[sys.argv[3].upper()]
    framing = Framing[sys.argv[4].upper()]
    service = sys.argv[5] if len(sys.argv) > 5 else None
    with Client(host, port, protocol=protocol, framing=framing, service=service, call_timeout=10) as client:
        exercise(calculator.CalculatorClient(client))
    asyncio.run(run_async(host, port, protocol, framing, service))
    print("py_client: ok")


if __name__ == "__main__":
    main()
