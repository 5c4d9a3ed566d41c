#!/usr/bin/env bash
# Runs a command and prints how long it took: `timed.sh LABEL CMD...`. Keeps the exit code.
label=$1; shift
start=$(date +%s)
"$@"; rc=$?
echo "[timing] $label took $(( $(date +%s) - start )) s (exit $rc)"
exit $rc
