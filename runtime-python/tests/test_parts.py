"""parley.parts runs the parts of a generated module in the module's namespace, with their bytecode
cached like a module's, and names a missing part."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

RUNTIME = str(Path(__file__).resolve().parent.parent)

# A module in two parts: the first part's function uses a class the second defines, the second a
# constant of the module's own file.
MAIN = '''
from parley import parts as _parts
LIMIT = 3
_parts.run(globals(), ("pkg._big_part1", "pkg._big_part2"))
'''
PART1 = '''
def make() -> "Item":
    return Item(LIMIT)
'''
PART2 = '''
class Item:
    def __init__(self, n: int) -> None:
        self.n = n
'''
PROGRAM = '''
import gc
import pkg.big as big
item = big.make()
print(type(item).__module__, type(item).__qualname__, item.n, big.make.__module__)
print("collecting:", gc.isenabled())
'''


class PartsTest(unittest.TestCase):
    def run_program(self, root: Path, cache: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60,
                              env={"PYTHONPATH": f"{root}:{RUNTIME}", "PYTHONPYCACHEPREFIX": str(cache)})

    def test_parts_share_the_module_namespace_and_cache_their_bytecode(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "src"
            (root / "pkg").mkdir(parents=True)
            for name, text in (("__init__", ""), ("big", MAIN), ("_big_part1", PART1), ("_big_part2", PART2)):
                (root / "pkg" / f"{name}.py").write_text(text)
            cache = Path(tmp) / "cache"
            out = self.run_program(root, cache)
            self.assertEqual(out.returncode, 0, out.stderr)
            self.assertEqual(out.stdout.split(), ["pkg.big", "Item", "3", "pkg.big", "collecting:", "True"])
            mirrored = cache / str(root / "pkg").lstrip("/")   # the prefix mirrors the source's path
            cached = sorted(p.name.split(".")[0] for p in mirrored.glob("*.pyc"))
            self.assertEqual(cached, ["__init__", "_big_part1", "_big_part2", "big"])
            # From the cache, after the parts' sources changed on disk, each part is compiled again.
            (root / "pkg" / "_big_part2.py").write_text(PART2.replace("self.n = n", "self.n = n * 2"))
            out = self.run_program(root, cache)
            self.assertEqual(out.stdout.split()[:4], ["pkg.big", "Item", "6", "pkg.big"], out.stderr)

    def test_the_collector_is_paused_while_the_parts_run_and_left_as_it_was(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "src"
            (root / "pkg").mkdir(parents=True)
            probe = "import gc\nPAUSED = not gc.isenabled()\n"
            for name, text in (("__init__", ""), ("big", MAIN), ("_big_part1", PART1 + probe), ("_big_part2", PART2)):
                (root / "pkg" / f"{name}.py").write_text(text)
            for before in ("", "import gc; gc.disable()\n"):
                program = before + "import gc, pkg.big as big\nprint(big.PAUSED, gc.isenabled())\n"
                out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60,
                                     env={"PYTHONPATH": f"{root}:{RUNTIME}"})
                self.assertEqual(out.returncode, 0, out.stderr)
                self.assertEqual(out.stdout.split(), ["True", "False" if before else "True"])

    def test_a_missing_part_is_named(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "src"
            (root / "pkg").mkdir(parents=True)
            for name, text in (("__init__", ""), ("big", MAIN), ("_big_part1", PART1)):
                (root / "pkg" / f"{name}.py").write_text(text)
            out = self.run_program(root, Path(tmp) / "cache")
            self.assertNotEqual(out.returncode, 0)
            self.assertIn("ImportError: pkg.big is missing its part pkg._big_part2: generate the module again",
                          out.stderr)


if __name__ == "__main__":
    unittest.main()
