#!/usr/bin/env bash
# Runs the Parley Python runtime's checks: mypy --strict, the unittest suite on every Python
# 3.10-3.13 found (each in a venv with Apache Thrift's `thrift` from PyPI), the suite again under
# Debian's /usr/bin/python3 with its python3-thrift (C-accelerated peer), and a `pip install` of
# the package. Prints `N passed, M failed` last; exits non-zero on any failure.
#
#   PARLEY_VENV_DIR   where the venvs live (default /tmp/parley-venvs; reused between runs)
#   PARLEY_PYTHONS    interpreters to use instead of discovering them (space-separated paths)
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venvs="${PARLEY_VENV_DIR:-/tmp/parley-venvs}"
export PARLEY_REQUIRE_PEERS=1
mkdir -p "$venvs"
cd "$here" || exit 1

passed=0
failed=0
skips=0
problems=()

note() { printf '\n=== %s\n' "$*"; }

# The newest interpreter of each minor version 3.10-3.13: pyenv's, else python3.X on PATH.
find_pythons() {
  if [[ -n "${PARLEY_PYTHONS:-}" ]]; then
    printf '%s\n' $PARLEY_PYTHONS
    return
  fi
  local minor found
  for minor in 10 11 12 13; do
    found=""
    if command -v pyenv >/dev/null 2>&1; then
      local v
      v="$(pyenv versions --bare 2>/dev/null | grep -E "^3\.${minor}\.[0-9]+$" | sort -t. -k3 -n | tail -1)"
      [[ -n "$v" ]] && found="$(pyenv root)/versions/$v/bin/python"
    fi
    if [[ -z "$found" ]] && command -v "python3.${minor}" >/dev/null 2>&1; then
      found="$(command -v "python3.${minor}")"
    fi
    [[ -n "$found" && -x "$found" ]] && echo "$found"
  done
}

# Creates or reuses a venv for an interpreter and makes sure it has thrift (and mypy if asked).
prepare_venv() {
  local python="$1" extra="$2" version dir
  version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" || return 1
  dir="$venvs/py$version"
  if [[ ! -x "$dir/bin/python" ]]; then
    "$python" -m venv "$dir" >&2 || return 1
  fi
  local want="thrift $extra"
  if ! "$dir/bin/python" -c "import thrift${extra:+, $extra}" >/dev/null 2>&1; then
    "$dir/bin/python" -m pip install --quiet --disable-pip-version-check $want >&2 || return 1
  fi
  echo "$dir/bin/python"
}

# Runs the suite with one interpreter and adds its counts to the totals.
run_suite() {
  local label="$1" python="$2" log
  log="$(mktemp)"
  note "unittest on $label ($("$python" --version 2>&1))"
  timeout 900 "$python" -m tests.run_suite 2>&1 | tee "$log" | tail -n 25
  local counts good bad skipped
  counts="$(grep -E '^SUITE: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$log" | tail -1)"
  if [[ -z "$counts" ]]; then
    echo "*** the suite did not finish on $label"
    failed=$((failed + 1))
    problems+=("$label: the suite did not finish")
    rm -f "$log"
    return
  fi
  read -r good bad skipped < <(grep -Eo '[0-9]+' <<<"$counts" | tr '\n' ' ')
  passed=$((passed + good))
  failed=$((failed + bad))
  skips=$((skips + skipped))
  echo "--- $label: $good passed, $bad failed, $skipped skipped"
  [[ "$bad" -gt 0 ]] && problems+=("$label: $bad failed")
  rm -f "$log"
}

mapfile -t pythons < <(find_pythons)
if [[ ${#pythons[@]} -eq 0 ]]; then
  echo "*** no Python 3.10-3.13 found"
  echo "0 passed, 1 failed"
  exit 1
fi

# mypy and the install check use the newest interpreter.
typing_python=""
for python in "${pythons[@]}"; do
  venv_python="$(prepare_venv "$python" "$([[ "$python" == "${pythons[-1]}" ]] && echo mypy)")"
  if [[ -z "$venv_python" ]]; then
    echo "*** cannot prepare a venv with thrift for $python"
    failed=$((failed + 1))
    problems+=("$python: no venv")
    continue
  fi
  [[ "$python" == "${pythons[-1]}" ]] && typing_python="$venv_python"
  run_suite "$(basename "$(dirname "$(dirname "$venv_python")")")" "$venv_python"
done

if [[ -n "$typing_python" ]]; then
  note "mypy --strict parley"
  if "$typing_python" -m mypy --strict parley; then :; else
    failed=$((failed + 1))
    problems+=("mypy --strict")
  fi
  note "pip install ./runtime-python"
  install_dir="$(mktemp -d)"
  if "$typing_python" -m pip install --quiet --disable-pip-version-check --target "$install_dir" "$here" &&
     (cd /tmp && PYTHONPATH="$install_dir" "$typing_python" -c '
import importlib.resources, parley, parley.rpc, parley.aio
assert parley.__file__.startswith("'"$install_dir"'"), parley.__file__
assert importlib.resources.files("parley").joinpath("py.typed").is_file(), "py.typed is missing"
print("installed", parley.__version__, "from", parley.__file__)'); then :; else
    failed=$((failed + 1))
    problems+=("pip install")
  fi
  rm -rf "$install_dir" "$here/build" "$here"/*.egg-info
fi

# Debian's python3-thrift 0.17 brings the C-accelerated protocols built for the system Python.
debian=/usr/bin/python3
if [[ -x "$debian" ]] && ! "$debian" -c 'import thrift.protocol.fastbinary' >/dev/null 2>&1 &&
   [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  note "installing Debian's python3-thrift"
  (apt-get install -y -q python3-thrift >/dev/null 2>&1 ||
   (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q python3-thrift >/dev/null 2>&1)) || true
fi
if [[ -x "$debian" ]] && "$debian" -c 'import thrift.protocol.fastbinary' >/dev/null 2>&1; then
  PYTHONWARNINGS="ignore::DeprecationWarning" run_suite "debian-python3-thrift" "$debian"
else
  echo
  echo "*** SKIPPING the Debian peer run: /usr/bin/python3 with python3-thrift is not available ***"
fi

note "summary"
for p in "${problems[@]}"; do echo "FAILED: $p"; done
echo "$passed passed, $failed failed, $skips skipped"
[[ "$failed" -eq 0 && ${#problems[@]} -eq 0 ]]
