#!/usr/bin/env bash
# Starts the action server and the Rasa server (REST and socket.io channels), waits until both
# answer, and prints where to talk to the assistant. Ctrl-C stops both.
set -uo pipefail
BIN=${VENV:-.venv}/bin
HOST=${RASA_HOST:-127.0.0.1}
RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
MODEL=${MODEL:-models/poems.tar.gz}
mkdir -p var/log

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "stopping the assistant..."
  kill "${pids[@]}" 2>/dev/null
  wait "${pids[@]}" 2>/dev/null
  echo "stopped."
}
trap stop INT TERM EXIT

# The action server listens on localhost only.
SANIC_HOST=127.0.0.1 "$BIN/python" -m rasa_sdk --actions actions --port "$ACTIONS_PORT" \
  --log-file var/log/actions.log &
pids+=($!)
"$BIN/rasa" run --model "$MODEL" --interface "$HOST" --port "$RASA_PORT" \
  --credentials credentials.yml --endpoints endpoints.yml --log-file var/log/rasa.log &
pids+=($!)

echo "starting (the model takes 15-40 s to load)..."
for _ in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$ACTIONS_PORT/health" >/dev/null && curl -sf "http://127.0.0.1:$RASA_PORT/" >/dev/null; then
    cat <<MSG

The POEMS triage assistant is running.
  REST (hospital messaging):  curl -s http://localhost:$RASA_PORT/webhooks/rest/webhook -d '{"sender":"me","message":"hello"}'
  socket.io (browser):        http://localhost:$RASA_PORT/socket.io
  action server:              http://localhost:$ACTIONS_PORT/health
  logs:                       var/log/
Press Ctrl-C to stop.
MSG
    wait -n "${pids[@]}"
    echo "a server exited; see var/log/" >&2
    exit 1
  fi
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "a server failed to start; see var/log/" >&2; exit 1; }
  done
  sleep 1
done
echo "the servers did not answer within 180 s; see var/log/" >&2
exit 1
