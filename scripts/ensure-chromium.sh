#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests when it is missing (Playwright cannot download
# browsers on this network). Needs root, as on CI; otherwise says what to run.
set -euo pipefail
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$CHROME" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
	echo "Chromium is missing at $CHROME. Install it with: sudo apt-get install -y chromium (or set CHROME_PATH)." >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-core >/dev/null
echo "Chromium installed: $("$CHROME" --version)"
