#!/bin/sh
# Starts one Auditflow process; exec so it receives the container's stop signal directly.
set -eu
case "${1:-api}" in
  api) exec node --enable-source-maps dist/apps/api/src/main.js ;;
  worker) exec node --enable-source-maps dist/apps/worker/src/main.js ;;
  migrate) exec node --enable-source-maps dist/libs/devstack/src/migrate.js ;;
  *) exec "$@" ;;
esac
