# Shared by tests/serve_*_test.sh (sourced, not a test itself): start
# `sitrep serve` on a free port and stop it by its pid.

# start_server LOG ARGS...: starts `$SITREP ARGS... serve --port 0 ...` in the
# background; sets SERVER_PID and BASE (http://127.0.0.1:PORT).
start_server() {
  local log=$1
  shift
  "$SITREP" "$@" > "$log" 2>&1 &
  SERVER_PID=$!
  BASE=""
  for _ in $(seq 1 100); do
    BASE=$(sed -n 's|^sitrep: serving \(http://[^ ]*\)/ .*|\1|p' "$log")
    [ -n "$BASE" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "server did not start:" >&2
  cat "$log" >&2
  return 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ]; then
    kill "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=""
  fi
}
