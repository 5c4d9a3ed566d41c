#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) answer, for the scale-out
# tests. Uses them when running; else starts them from the Debian packages; installs those with
# apt-get only when absent. Exits 0 when both answer; else prints one line saying why and exits 1
# (the tests then skip with that reason). Never touches a service that is already running.
set -uo pipefail
PGHOST=${POEMS_TEST_PGHOST:-127.0.0.1}
PGPORT=${POEMS_TEST_PGPORT:-5432}
REDIS_PORT=${POEMS_TEST_REDIS_PORT:-6379}

pg_up()    { pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null || (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null; }
redis_up() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; }
as_root()  { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"; else return 1; fi; }

apt_install() {
  command -v apt-get >/dev/null || { echo "cannot install $*: no apt-get"; return 1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 \
    || { as_root apt-get update -q >/dev/null 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1; } \
    || { echo "cannot install $* with apt-get (not root?)"; return 1; }
}

wait_for() { for _ in $(seq 1 30); do "$1" && return 0; sleep 0.5; done; return 1; }

if ! pg_up; then
  command -v pg_ctlcluster >/dev/null || apt_install postgresql || exit 1
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] || { echo "PostgreSQL is installed but has no cluster in /etc/postgresql"; exit 1; }
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 \
    || { echo "could not start PostgreSQL $version (pg_ctlcluster failed)"; exit 1; }
  wait_for pg_up || { echo "PostgreSQL started but does not answer on $PGHOST:$PGPORT"; exit 1; }
fi

if ! redis_up; then
  command -v redis-server >/dev/null || apt_install redis-server || exit 1
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" \
    --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null 2>&1 \
    || { echo "could not start redis-server"; exit 1; }
  wait_for redis_up || { echo "redis-server started but does not answer on 127.0.0.1:$REDIS_PORT"; exit 1; }
fi
echo "PostgreSQL on $PGHOST:$PGPORT and Redis on 127.0.0.1:$REDIS_PORT are up"
