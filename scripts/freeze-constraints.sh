#!/usr/bin/env bash
# Rewrites constraints.txt from the working environment (after a deliberate dependency change).
set -euo pipefail
venv=${1:-.venv}
{ sed -n '/^#/p' constraints.txt; "$venv/bin/python" -m pip freeze --exclude-editable | grep -v '^poems-triage'; } > constraints.txt.new
mv constraints.txt.new constraints.txt
echo "constraints.txt rewritten ($(grep -vc '^#' constraints.txt) pins)"
