#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa Open Source 3.6 runs on 3.8-3.10 only).
# Looks at $PYTHON, then python3.10 on PATH, then pyenv's installed versions. Fails with a
# message that says what to install when there is none.
set -euo pipefail

is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; }

if [ -n "${PYTHON:-}" ]; then
  if is_310 "$PYTHON"; then echo "$PYTHON"; exit 0; fi
  echo "error: PYTHON=$PYTHON is not a Python 3.10 interpreter" >&2; exit 1
fi
if command -v python3.10 >/dev/null 2>&1; then
  # pyenv shims answer for every version; resolve to the real interpreter when pyenv is present.
  candidate=$(command -v python3.10)
  if command -v pyenv >/dev/null 2>&1 && [[ "$candidate" == */shims/* ]]; then
    candidate=$(PYENV_VERSION=$(pyenv versions --bare | grep -E '^3\.10(\.|$)' | tail -n 1) pyenv which python3.10 2>/dev/null || true)
  fi
  if [ -n "$candidate" ] && is_310 "$candidate"; then echo "$candidate"; exit 0; fi
fi
if command -v pyenv >/dev/null 2>&1; then
  version=$(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.|$)' | sort -V | tail -n 1 || true)
  if [ -n "$version" ]; then
    candidate="$(pyenv root)/versions/$version/bin/python3.10"
    if is_310 "$candidate"; then echo "$candidate"; exit 0; fi
  fi
fi
# pyenv installed but not on PATH (e.g. a non-login shell).
for candidate in $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10*/bin/python3.10 2>/dev/null | sort -V -r); do
  if is_310 "$candidate"; then echo "$candidate"; exit 0; fi
done
cat >&2 <<'MSG'
error: no Python 3.10 interpreter found.
Rasa Open Source 3.6 runs on Python 3.8-3.10 only. Install one, then run make again:
  - with pyenv:   pyenv install 3.10
  - on Debian:    apt-get install python3.10 python3.10-venv   (where the release ships it)
  - or point at one:  make setup PYTHON=/path/to/python3.10
MSG
exit 1
