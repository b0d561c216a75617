#!/usr/bin/env bash
# Logging: VetLIS at INFO in the server log (no payloads or patient names at INFO; FINER shows the wire).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

echo "Logging"
current=$(asadmin_quiet list-log-levels) || die "cannot list log levels"
ensure_level() {
  local logger=$1 level=$2
  if grep -qE "^$logger[[:space:]]+<$level>$" <<<"$current"; then say "=" "log $logger $level"; return; fi
  asadmin_quiet set-log-levels "$logger=$level" >/dev/null || die "cannot set log level of $logger"
  say "~" "log $logger $level"
}
ensure_level org.vetlis "${VETLIS_LOG_LEVEL:-INFO}"
ensure_level org.flywaydb INFO
