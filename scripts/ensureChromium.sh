#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; install it when it is missing (needs root, as on CI and dev machines here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "The end-to-end tests need /usr/bin/chromium: run 'sudo apt-get install -y chromium fonts-noto-core'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
