#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are there for the browser test (tests/e2e/test_web*.py).
# Installs them with apt-get when they are missing and we run as root (as CI does); elsewhere it
# only says so, and the browser test skips with the reason.
set -uo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "note: chromium/chromedriver missing and not root with apt-get: the browser test will skip" >&2
  exit 0
fi
echo "installing Debian's chromium and chromium-driver for the browser test..."
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; }; then
  echo "note: could not install chromium: the browser test will skip" >&2
fi
exit 0
