#!/bin/sh
# One-shot job (compose service temporal-namespace): the namespace Auditflow runs in and its custom search attributes
# (AUDIT_SEARCH_ATTRIBUTES, "Name=Type ..." as in libs/domain/src/search-attributes.ts; test/unit/ops checks that the
# compose file lists the same). Safe to run again: an existing namespace is kept, and on SQL visibility the server
# skips attributes the namespace already has.
set -eu
: "${TEMPORAL_ADDRESS:?}" "${TEMPORAL_NAMESPACE:?}" "${AUDIT_SEARCH_ATTRIBUTES:?}"
RETENTION=${TEMPORAL_NAMESPACE_RETENTION:-720h}

# Retries `$@` every 2 s, up to $1 times; the server may still be starting, or its namespace cache refreshing.
retry() {
  attempts=$1
  shift
  until "$@"; do
    attempts=$((attempts - 1))
    [ "$attempts" -gt 0 ] || return 1
    sleep 2
  done
}

retry 90 temporal operator cluster health --address "$TEMPORAL_ADDRESS"

if ! output=$(temporal operator namespace create --address "$TEMPORAL_ADDRESS" --namespace "$TEMPORAL_NAMESPACE" --retention "$RETENTION" 2>&1); then
  case "$output" in
    *'already'*) echo "namespace $TEMPORAL_NAMESPACE exists" ;;
    *) printf '%s\n' "$output" >&2; exit 1 ;;
  esac
fi

# A new namespace takes the front end's namespace cache a few seconds to see.
for attribute in $AUDIT_SEARCH_ATTRIBUTES; do
  retry 30 temporal operator search-attribute create --address "$TEMPORAL_ADDRESS" --namespace "$TEMPORAL_NAMESPACE" \
    --name "${attribute%%=*}" --type "${attribute#*=}"
done
echo "namespace $TEMPORAL_NAMESPACE has search attributes: $AUDIT_SEARCH_ATTRIBUTES"
