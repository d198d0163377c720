"""Runs the suite as ``python -m unittest discover -s tests -t .`` does, then prints exact counts.

The last line is ``SUITE: N passed, M failed, K skipped``, counting test cases (a test whose
subtests fail counts once). Some Python versions leave class-level skips out of "Ran N tests",
so the counts come from the results themselves.
"""

from __future__ import annotations

import sys
import unittest
from typing import Any


class CountingResult(unittest.TextTestResult):
    """A text result that also counts the tests that passed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.passed = 0

    def addSuccess(self, test: unittest.TestCase) -> None:
        super().addSuccess(test)
        self.passed += 1

    def addExpectedFailure(self, test: unittest.TestCase, err: Any) -> None:
        super().addExpectedFailure(test, err)
        self.passed += 1


def main() -> int:
    suite = unittest.defaultTestLoader.discover("tests", top_level_dir=".")
    result = unittest.TextTestRunner(resultclass=CountingResult).run(suite)
    assert isinstance(result, CountingResult)
    broken = {getattr(t, "test_case", t).id() for t, _ in result.failures + result.errors}
    failed = len(broken) + len(result.unexpectedSuccesses)
    print(f"SUITE: {result.passed} passed, {failed} failed, {len(result.skipped)} skipped")
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
