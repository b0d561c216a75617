#!/usr/bin/env bash
# JVM options of the server: UTF-8 by default (analyzer bytes are decoded per instrument, never by this),
# a heap dump on out-of-memory, and optionally the heap size (VETLIS_HEAP, e.g. 1g). Needs a restart.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

echo "JVM options"
current=$(asadmin_quiet list-jvm-options) || die "cannot list JVM options (is the domain running on port $VETLIS_ADMIN_PORT?)"

ensure_jvm_option() {
  local option=$1
  if grep -qxF -- "$option" <<<"$current"; then say "=" "jvm $option"; return; fi
  # asadmin reads ':' as a separator in this command
  asadmin_quiet create-jvm-options -- "${option//:/\\:}" >/dev/null || die "cannot add JVM option $option"
  say "+" "jvm $option"; restart_required
}

ensure_jvm_option "-Dfile.encoding=UTF-8"
ensure_jvm_option "-XX:+HeapDumpOnOutOfMemoryError"

if [ -n "${VETLIS_HEAP:-}" ]; then
  want="-Xmx$VETLIS_HEAP"
  have=$(grep -E '^-Xmx' <<<"$current" || true)
  if [ "$have" = "$want" ]; then say "=" "jvm $want"; else
    [ -n "$have" ] && asadmin_quiet delete-jvm-options -- "$have" >/dev/null
    asadmin_quiet create-jvm-options -- "$want" >/dev/null || die "cannot set heap $want"
    say "~" "jvm $want (was ${have:-unset})"; restart_required
  fi
fi
