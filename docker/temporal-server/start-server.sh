#!/bin/sh
# Starts Temporal's server (every service: frontend, history, matching, worker) with Auditflow's configuration,
# which the server renders itself from TEMPORAL_* variables (auditflow.yaml's header lists them).
# The services find each other by IP through the membership ring, and the server accepts only an IP there: a
# container advertises its own address unless TEMPORAL_BROADCAST_IP is set.
set -eu
: "${TEMPORAL_BROADCAST_IP:=$(getent hosts "$(hostname)" | awk '{ print $1; exit }')}"
export TEMPORAL_BROADCAST_IP
# No authorizer: only the compose network reaches the front end (put mTLS in front before exposing it).
exec temporal-server --config-file /etc/temporal/config/auditflow.yaml --allow-no-auth start
