#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian machine (pnpm, Debian's chromium, a
# MariaDB answering on 127.0.0.1:3306) and runs every test: `bash scripts/test-all.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-true}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  echo "Installing pnpm 10…"
  npm i -g pnpm@10.34.9 >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests…"
  apt_install chromium
fi

mariadb_answers() { (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null; }
if ! mariadb_answers; then
  if [ ! -x /usr/sbin/mariadbd ]; then
    echo "Installing MariaDB…"
    apt_install mariadb-server
  fi
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld
  echo "Starting MariaDB…"
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do mariadb_answers && break; sleep 1; done
  mariadb_answers || { echo "MariaDB did not start on 127.0.0.1:3306" >&2; exit 1; }
  # Tests connect over TCP as root with an empty password.
  as_root mariadb -uroot -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket" 2>/dev/null || true
fi

pnpm install --frozen-lockfile
pnpm test
