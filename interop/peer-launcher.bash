# Shared by test-server and test-client: runs one of Parley's conformance peers.
#
#   launch_peer server|client --lang=java|python [options of the peer...]
#
# java runs io.parley.interop.TestServer/TestClient from target/classes (building the module
# first when it is missing), with JVM flags that make a short-lived JVM start fast; python runs
# python/parley_test_server.py or parley_test_client.py with $PYTHON (default python3) and a
# PYTHONPATH holding the generated module and the runtime. Every other option is passed on.

launch_peer() {
  local role="$1"
  shift
  local interop root lang=""
  interop="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  root="$(dirname "$interop")"
  local args=()
  for arg in "$@"; do
    case "$arg" in
      --lang=*) lang="${arg#--lang=}" ;;
      *) args+=("$arg") ;;
    esac
  done
  case "$lang" in
    java | python) ;;
    "") echo "test-$role: --lang=java|python is required" >&2; return 2 ;;
    *) echo "test-$role: unknown language '$lang', expected java or python" >&2; return 2 ;;
  esac

  if [[ ! -f "$interop/target/classes/io/parley/interop/TestServer.class" \
     || ! -f "$interop/target/runtime-classpath.txt" \
     || ! -f "$interop/target/generated-python/thrift_test.py" ]]; then
    echo "test-$role: building the interop module first" >&2
    # Offline first: the other modules are usually installed in ~/.m2 already.
    mvn -B -q -o -f "$interop/pom.xml" compile >&2 || mvn -B -q -f "$interop/pom.xml" compile >&2 || return 1
  fi

  if [[ "$lang" == java ]]; then
    local class=TestServer
    [[ "$role" == client ]] && class=TestClient
    # Tiered level 1 and the serial collector: these JVMs live for a second, so startup is all
    # that counts. UTF-8 so that reports show the strings they compare.
    # shellcheck disable=SC2086 # PARLEY_JAVA_OPTS is a list of flags
    exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
      -Dfile.encoding=UTF-8 ${PARLEY_JAVA_OPTS:-} \
      -cp "$interop/target/classes:$(cat "$interop/target/runtime-classpath.txt")" \
      "io.parley.interop.$class" "${args[@]}"
  else
    export PYTHONPATH="$interop/target/generated-python:$root/runtime-python${PYTHONPATH:+:$PYTHONPATH}"
    export PYTHONIOENCODING=utf-8
    exec "${PYTHON:-python3}" "$interop/python/parley_test_$role.py" "${args[@]}"
  fi
}
