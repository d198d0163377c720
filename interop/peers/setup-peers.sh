#!/usr/bin/env bash
# Prepares what the Apache Thrift peers of the interop matrix need. Idempotent: a part that is
# already up to date is only checked, so a second run takes about a second.
#
#   idl       OUT/idl/ThriftTest.thrift: interop/src/main/thrift/ThriftTest.thrift without uuid
#             (Thrift 0.17's compiler and thriftpy2 do not know the type) and with Apache Thrift's
#             own namespaces (java thrift.test, py ThriftTest)
#   gen-java  OUT/gen-java: `thrift --gen java:generated_annotations=suppress` of that copy
#   gen-py    OUT/gen-py: `thrift --gen py` of that copy
#   venv      $PARLEY_VENV_DIR/interop (default /tmp/parley-venvs/interop), created or reused, with
#             the pinned packages of peers/python/requirements.txt (thrift from PyPI, thriftpy2)
#   debian    Debian's /usr/bin/python3 with its python3-thrift and C-accelerated protocols
#
# Writes OUT/status, one `key=value` line each: for every part above `PART=ok` or
# `PART=missing: why`, then `venv-python=…`, `debian-python=…` and `thrift=…` (the compiler's
# version). A part that fails does not stop the others. Exits 0 when every part is ready, else 1.
#
# Usage: setup-peers.sh [OUT]        OUT defaults to interop/target/thrift-peers
# Environment: PARLEY_VENV_DIR; PARLEY_PEERS_PYTHON, the interpreter that creates the venv
# (default python3); THRIFT, the compiler (default thrift on PATH).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
interop="$(dirname "$here")"
out="${1:-$interop/target/thrift-peers}"
mkdir -p "$out" || exit 1
out="$(cd "$out" && pwd)"

# Two builds preparing the same OUT at once would swap directories under each other.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$out/.lock"
  flock 9
fi

parts=()
extras=()
failed=0
log=/dev/null

# Starts the log of one part: OUT/setup-PART.log.
step_log() {
  log="$out/setup-$1.log"
  : >"$log"
}

# Records a part's verdict: `ok`, or `missing: why`.
record() {
  parts+=("$1=$2")
  printf 'setup-peers: %-8s %s\n' "$1" "$2"
  [[ "$2" == ok ]] || failed=1
}

# The last lines of the part's log, on one line, to say why it failed.
why() {
  tail -n 3 "$log" | tr '\n' ' ' | sed 's/  */ /g'
}

# --- idl: the uuid-free copy -------------------------------------------------------------------
src="$interop/src/main/thrift/ThriftTest.thrift"
idl="$out/idl/ThriftTest.thrift"
mkdir -p "$out/idl"
tmp="$(mktemp "$out/idl/.ThriftTest.XXXXXX")"
# Whole-word `uuid` lines are the testUuid method and CrazyNesting.uuid_field.
if [[ -f "$src" ]] && grep -vw uuid "$src" \
    | sed -e 's/^namespace java .*/namespace java thrift.test/' -e 's/^namespace py .*/namespace py ThriftTest/' \
    >"$tmp" && grep -q 'service SecondService' "$tmp"; then
  if cmp -s "$tmp" "$idl"; then rm -f "$tmp"; else mv -f "$tmp" "$idl"; fi
  record idl ok
else
  rm -f "$tmp"
  record idl "missing: cannot derive the uuid-free copy of $src"
fi

# --- gen-java, gen-py: Apache Thrift's compiler ------------------------------------------------
thrift="${THRIFT:-$(command -v thrift || true)}"
# Regenerates OUT/gen-LANG when the copy, the compiler or the options changed since the last run.
generate() {
  local lang="$1" generator="$2" dir="$out/gen-$1" stamp
  stamp="$(sha256sum <"$idl" | cut -d' ' -f1) $("$thrift" --version 2>&1) $generator"
  if [[ -f "$dir/.stamp" && "$(cat "$dir/.stamp")" == "$stamp" ]]; then
    record "gen-$lang" ok
    return
  fi
  step_log "gen-$lang"
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
  if "$thrift" --gen "$generator" -out "$dir.tmp" "$idl" >>"$log" 2>&1; then
    printf '%s' "$stamp" >"$dir.tmp/.stamp"
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
    record "gen-$lang" ok
  else
    rm -rf "$dir.tmp"
    record "gen-$lang" "missing: $thrift --gen $generator failed: $(why)"
  fi
}
if [[ ! -f "$idl" ]]; then
  record gen-java "missing: no IDL copy"
  record gen-py "missing: no IDL copy"
elif [[ -z "$thrift" || ! -x "$thrift" ]]; then
  reason="missing: Apache Thrift's compiler (${THRIFT:-thrift on PATH}) not found (Debian package thrift-compiler; ./run-tests installs it)"
  record gen-java "$reason"
  record gen-py "$reason"
else
  generate java java:generated_annotations=suppress
  generate py py
  extras+=("thrift=$("$thrift" --version 2>&1)")
fi

# --- venv: thrift from PyPI and thriftpy2 ------------------------------------------------------
venv="${PARLEY_VENV_DIR:-/tmp/parley-venvs}/interop"
python="${PARLEY_PEERS_PYTHON:-python3}"
requirements="$here/python/requirements.txt"
wanted="$(sha256sum <"$requirements" | cut -d' ' -f1)"
stamp="$venv/.parley-peers-requirements"
# Every `name==version` line of the requirements is what the venv has installed.
pinned_installed() {
  "$venv/bin/python" - "$requirements" <<'EOF' >>"$log" 2>&1
import importlib.metadata, sys
bad = []
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if "==" in line:
        name, version = line.split("==")
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            have = None
        if have != version:
            bad.append("%s: want %s, have %s" % (name, version, have))
if bad:
    sys.exit("venv packages differ: " + "; ".join(bad))
EOF
}
prepare_venv() {
  if ! "$venv/bin/python" -c '' >/dev/null 2>&1; then
    command -v "$python" >/dev/null 2>&1 || { echo "no interpreter '$python'" >>"$log"; return 1; }
    mkdir -p "$(dirname "$venv")" && "$python" -m venv --clear "$venv" >>"$log" 2>&1 || return 1
  fi
  if [[ "$(cat "$stamp" 2>/dev/null)" == "$wanted" ]] && pinned_installed; then
    return 0
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >>"$log" 2>&1 \
    && pinned_installed && printf '%s' "$wanted" >"$stamp"
}
step_log venv
if prepare_venv; then
  record venv ok
else
  record venv "missing: cannot prepare the venv $venv with $requirements: $(why)"
fi
extras+=("venv-python=$venv/bin/python")

# --- debian: Debian's python3-thrift, accelerated ----------------------------------------------
debian_python=/usr/bin/python3
step_log debian
if "$debian_python" -s -E -c '
import thrift.protocol.fastbinary
from thrift.protocol.TBinaryProtocol import TBinaryProtocolAcceleratedFactory
from thrift.protocol.TCompactProtocol import TCompactProtocolAcceleratedFactory
from thrift.TMultiplexedProcessor import TMultiplexedProcessor
TMultiplexedProcessor.registerDefault' >>"$log" 2>&1; then
  record debian ok
  extras+=("debian-thrift=$(dpkg-query -W -f='${Version}' python3-thrift 2>/dev/null || echo unknown)")
else
  record debian "missing: $debian_python has no python3-thrift with its C-accelerated protocols (Debian package python3-thrift; ./run-tests installs it)"
fi
extras+=("debian-python=$debian_python")

printf '%s\n' "${parts[@]}" "${extras[@]}" >"$out/status.tmp" && mv -f "$out/status.tmp" "$out/status"
exit "$failed"
