#!/usr/bin/env bash
# Sets up and runs Lanyard on the embedded database with the demo trust, on a machine with
# only Node 20 and npm: `bash scripts/start.sh` (afterwards `pnpm start` is enough).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  echo "Installing pnpm 10…"
  npm i -g pnpm@10.34.9 >/dev/null
fi
CI=true pnpm install --frozen-lockfile
exec pnpm start
