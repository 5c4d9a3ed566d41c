#!/usr/bin/env bash
# Creates the project's one environment (bot, NLU, actions and tests share it) and installs the
# project with every install held to constraints.txt, so nothing moves Rasa's pins.
set -euo pipefail
venv=${1:-.venv}
python=$(scripts/find-python.sh)
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  echo "creating $venv with $python"
  rm -rf "$venv"
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pip==23.3.2"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
"$venv/bin/python" -m pip check
