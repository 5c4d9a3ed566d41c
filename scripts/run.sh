#!/usr/bin/env bash
# Starts the action server, the Rasa server (REST and socket.io channels) and the web chat page,
# waits until they answer, and prints where to talk to the assistant. Ctrl-C stops them all.
#
# Secure by default: without a channel secret (POEMS_CHANNEL_TOKEN / POEMS_CHANNEL_HMAC_SECRET)
# everything listens on 127.0.0.1 only, and RASA_HOST=0.0.0.0 is refused. The Rasa HTTP API is off;
# `scripts/run.sh --enable-api` (or POEMS_ENABLE_API=1) turns it on, only with POEMS_API_TOKEN.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
HOST=${RASA_HOST:-127.0.0.1}
RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
WEB_HOST=${WEB_HOST:-127.0.0.1}
WEB_PORT=${WEB_PORT:-8080}
MODEL=${MODEL:-models/poems.tar.gz}
export POEMS_WEB_ORIGINS=${POEMS_WEB_ORIGINS:-http://localhost:$WEB_PORT,http://127.0.0.1:$WEB_PORT}

api=()
for arg in "$@"; do
  case "$arg" in
    --enable-api) POEMS_ENABLE_API=1 ;;
    *) echo "unknown option: $arg (known: --enable-api)" >&2; exit 2 ;;
  esac
done
if [ "${POEMS_ENABLE_API:-0}" = 1 ]; then
  if [ -z "${POEMS_API_TOKEN:-}" ]; then
    echo "refusing to enable the Rasa HTTP API without a token: set POEMS_API_TOKEN" >&2
    exit 2
  fi
  api=(--enable-api --auth-token "$POEMS_API_TOKEN")
fi

# Refuses to listen beyond localhost without a channel secret (same check as the channels make).
for host in "$HOST" "$WEB_HOST"; do
  "$BIN/python" - "$host" <<'PY' || exit 2
import sys
from channels.guard import ChannelConfigError, Settings, check_bind
try:
    check_bind(sys.argv[1], Settings.from_env())
except ChannelConfigError as error:
    sys.exit(f"error: {error}")
PY
done
if [ ! -d web/node_modules/socket.io-client ]; then
  echo "note: web/node_modules is missing (run 'make web'): the chat page cannot connect" >&2
fi
mkdir -p var/log

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "stopping the assistant..."
  kill "${pids[@]}" 2>/dev/null
  wait "${pids[@]}" 2>/dev/null
  echo "stopped."
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

# endpoints.yml names the default action server port; another ACTIONS_PORT gets its own copy.
endpoints=endpoints.yml
if [ "$ACTIONS_PORT" != 5055 ]; then
  endpoints=var/endpoints.yml
  sed "s|http://localhost:5055/webhook|http://localhost:$ACTIONS_PORT/webhook|" endpoints.yml > "$endpoints"
fi

# The action server listens on localhost only.
SANIC_HOST=127.0.0.1 "$BIN/python" -m service.actions_server --actions actions --port "$ACTIONS_PORT" \
  --log-file var/log/actions.log &
pids+=($!)
"$BIN/rasa" run --model "$MODEL" --interface "$HOST" --port "$RASA_PORT" "${api[@]}" \
  --credentials credentials.yml --endpoints "$endpoints" --log-file var/log/rasa.log &
pids+=($!)
"$BIN/python" -m http.server --bind "$WEB_HOST" --directory web "$WEB_PORT" >var/log/web.log 2>&1 &
pids+=($!)

page="http://localhost:$WEB_PORT/"
[ "$RASA_PORT" = 5005 ] || page="$page?server=http://localhost:$RASA_PORT"
auth=""
[ -n "${POEMS_CHANNEL_TOKEN:-}" ] && auth="-H \"Authorization: Bearer \$POEMS_CHANNEL_TOKEN\" "

echo "starting (the model takes 15-40 s to load)..."
for _ in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$ACTIONS_PORT/health" >/dev/null && curl -sf "http://127.0.0.1:$RASA_PORT/" >/dev/null \
     && curl -sf "http://$WEB_HOST:$WEB_PORT/" >/dev/null; then
    cat <<MSG

The POEMS triage assistant is running.
  web chat page:              $page
  REST (hospital messaging):  curl -s http://localhost:$RASA_PORT/webhooks/rest/webhook -H 'Content-Type: application/json' $auth-d '{"sender":"me","message":"hello"}'
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
