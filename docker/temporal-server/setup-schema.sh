#!/bin/sh
# One-shot job (compose service temporal-schema): creates Temporal's two databases when missing and brings their
# schemas to this image's version, as libs/devstack/src/temporal-server.ts does for the tests. Safe to run again:
# `setup-schema -v 0.0` only adds the version table when it is missing, and `update-schema` applies what is new.
# Connection: SQL_PLUGIN, SQL_HOST, SQL_PORT, SQL_USER, SQL_PASSWORD (read by temporal-sql-tool itself).
set -eu
SCHEMA_DIR=/etc/temporal/schema/postgresql/v12

prepare() {
  database=$1
  kind=$2
  if ! output=$(temporal-sql-tool --db "$database" create-database 2>&1); then
    case "$output" in
      *'already exists'*) ;;
      *) printf '%s\n' "$output" >&2; exit 1 ;;
    esac
  fi
  temporal-sql-tool --db "$database" setup-schema -v 0.0
  temporal-sql-tool --db "$database" update-schema -d "$SCHEMA_DIR/$kind/versioned"
}

prepare "${TEMPORAL_DB_NAME:-temporal}" temporal
prepare "${TEMPORAL_VISIBILITY_DB_NAME:-temporal_visibility}" visibility
