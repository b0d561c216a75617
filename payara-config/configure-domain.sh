#!/usr/bin/env bash
# Prepares a running Payara Server 6 domain for VetLIS: every step in order, each idempotent.
# See README.md in this folder for the variables. Exit status 0 = configured; a file
# config/.vetlis-restart-required in the domain says the domain must be restarted for some change.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for step in 10-jvm.sh 20-datasource.sh 30-security.sh 40-application.sh 50-logging.sh; do
  bash "$here/$step"
done
