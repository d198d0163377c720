"""Tests of the Parley runtime; run with ``python -m unittest discover -s tests -t .``."""

import logging

# Servers log every failed call; the tests cause many on purpose and check them with assertLogs.
logging.getLogger("parley").addHandler(logging.NullHandler())
