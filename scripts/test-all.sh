#!/usr/bin/env bash
# Every test, from a fresh clone: install, build, check, then the whole suite on Node 20 and Node 24.
# This is the README's test command (`pnpm test:all`) and what .ci/run runs.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "install"
pnpm install --frozen-lockfile

step "build"
pnpm build

step "check (format and lint, types, package exports)"
pnpm check

results=.tmp/test-results
mkdir -p "$results"

# The browser tests drive Debian's Chromium through playwright-core (never `npx playwright install`),
# with Debian's Noto fonts for every shipped script (the scripts test fails without them).
browser_packages=(chromium fonts-noto-core fonts-noto-cjk)
missing=()
for package in "${browser_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "install ${missing[*]} for the browser tests"
  sudo_if_needed=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo_if_needed apt-get update && $sudo_if_needed apt-get install -y "${missing[@]}"
fi

step "tests on Node $(node --version)"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$results/node-current.json"

step "tests on Node 24"
node24_dir=.node24
if [ ! -x "$node24_dir/node_modules/.bin/node" ]; then
  npm install --prefix "$node24_dir" --no-save --no-audit --no-fund node@24 >/dev/null
fi
node24="$PWD/$node24_dir/node_modules/.bin/node"
PATH="$(dirname "$(readlink -f "$node24")"):$PATH" "$node24" node_modules/vitest/vitest.mjs run \
  --reporter=default --reporter=json --outputFile.json="$results/node-24.json"

step "reliability suites (crash durability, fuzzing, flood, anonymity audit)"
pnpm test:reliability --reporter=default --reporter=json --outputFile.json="$PWD/$results/reliability.json"

step "summary"
node scripts/summarize-tests.mjs "$results/node-current.json" "$results/node-24.json" "$results/reliability.json"
