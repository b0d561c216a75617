#!/usr/bin/env bash
# VetLIS settings (MicroProfile Config, domain level): demo mode, the demo analyzers' ports, the listeners' limits.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

echo "Application"
ensure_config_property vetlis.demo "${VETLIS_DEMO:-false}"
# demo mode: DEMO-CHEM listens here, DEMO-HEM on the next port (other instruments' ports are set on the instrument)
ensure_config_property vetlis.demo.analyzer-port "${VETLIS_ANALYZER_PORT:-20100}"
ensure_config_property vetlis.connector.bind-address "${VETLIS_ANALYZER_BIND:-0.0.0.0}"
# room for the simulator's load modes (./vetlis bench, bench hl7) besides the demo analyzers
ensure_config_property vetlis.connector.listener.demo.max-connections "${VETLIS_ANALYZER_MAX_CONNECTIONS:-64}"
ensure_config_property vetlis.connector.listener.demo-hl7.max-connections "${VETLIS_ANALYZER_MAX_CONNECTIONS:-64}"
