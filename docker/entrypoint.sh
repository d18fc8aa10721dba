#!/bin/sh
# Starts one Auditflow process; exec so it receives the container's stop signal directly.
set -eu
case "${1:-api}" in
  api) exec node --enable-source-maps apps/api/dist/main.js ;;
  worker) exec node --enable-source-maps apps/worker/dist/main.js ;;
  migrate) exec node --enable-source-maps libs/devstack/dist/migrate.js ;;
  *) exec "$@" ;;
esac
