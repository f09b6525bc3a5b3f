#!/bin/sh
# Installs what the GeneLens end-to-end tests need, offline-safe (npm registry + Debian apt only):
#   - Debian packages: chromium (driven by playwright-core), ripgrep, and the headers code-server's native modules build
#     against (kerberos -> libkrb5-dev, native-keymap -> libxkbfile-dev/libx11-dev, keytar-ish -> libsecret-1-dev)
#   - code-server 4.100.3 (VS Code 1.100.3, runs on Node 20) from the npm registry, into a cache dir outside the repo.
# Idempotent: skips whatever is already there. Usage: test/e2e/install-code-server.sh [dir]
# Default dir: ${GENELENS_E2E_HOME:-$HOME/.cache/genelens-e2e}. Takes ~3 min on 2 cores the first time, ~300 MB.
set -eu
CS_VERSION=4.100.3
DIR=${1:-${GENELENS_E2E_HOME:-$HOME/.cache/genelens-e2e}}
CSDIR="$DIR/code-server"
log() { echo "[install-code-server] $*"; }

# --- 1) Debian packages -------------------------------------------------------------------------------------------
PKGS="chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config python3 make g++"
MISSING=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || MISSING="$MISSING $p"
done
if [ -n "$MISSING" ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  log "apt-get install:$MISSING"
  # update only when the package lists are missing or the install fails on stale lists
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  $SUDO apt-get install -y --no-install-recommends $MISSING \
    || { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends $MISSING; }
else
  log "Debian packages present"
fi
[ -x /usr/bin/chromium ] || { log "ERROR: /usr/bin/chromium missing after install"; exit 1; }

# --- 2) code-server from npm --------------------------------------------------------------------------------------
CS="$CSDIR/node_modules/.bin/code-server"
# (the first run also prints "Wrote default config file ...": take the line that starts with a version)
csversion() {
  XDG_CONFIG_HOME="$DIR/state/xdg/config" XDG_DATA_HOME="$DIR/state/xdg/data" "$CS" --version 2>/dev/null | sed -n 's/^\([0-9][0-9.]*\) .*/\1/p' | head -n1
}
if [ -x "$CS" ] && [ "$(csversion)" = "$CS_VERSION" ]; then
  log "code-server $CS_VERSION present in $CSDIR"
else
  mkdir -p "$CSDIR/tmp"
  cd "$CSDIR"
  # @vscode/ripgrep's postinstall downloads rg from GitHub: pre-seed its cache (it looks in os.tmpdir()) with Debian's
  # rg. Version and tag come from lib/vscode/npm-shrinkwrap.json and @vscode/ripgrep/lib/postinstall.js of 4.100.3.
  RGV=1.15.11; RGTAG=v13.0.0-10
  mkdir -p "$CSDIR/tmp/vscode-ripgrep-cache-$RGV" "$CSDIR/tmp/rgpkg"
  cp /usr/bin/rg "$CSDIR/tmp/rgpkg/rg"
  tar czf "$CSDIR/tmp/vscode-ripgrep-cache-$RGV/ripgrep-$RGTAG-x86_64-unknown-linux-musl.tar.gz" -C "$CSDIR/tmp/rgpkg" rg
  [ -f package.json ] || npm init -y >/dev/null
  # npm_config_unsafe_perm: code-server's postinstall.sh refuses to run as root without it (the env var still reaches it)
  # npm_config_yes:         node-pty's postinstall runs `npx node-gyp`; a user ~/.npmrc with yes=false would cancel it
  # npm_config_nodedir:     node-gyp takes headers from the local Node install instead of downloading them
  NODEDIR=${npm_config_nodedir:-}
  if [ -z "$NODEDIR" ]; then
    NODEDIR=$(node -p 'require("path").resolve(process.execPath, "../..")')
    [ -f "$NODEDIR/include/node/node.h" ] || NODEDIR=""
  fi
  log "npm install code-server@$CS_VERSION (nodedir=${NODEDIR:-<npm default>})"
  if [ -n "$NODEDIR" ]; then export npm_config_nodedir="$NODEDIR"; fi
  TMPDIR="$CSDIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --foreground-scripts "code-server@$CS_VERSION"
  rm -rf "$CSDIR/tmp"
  [ "$(csversion)" = "$CS_VERSION" ] || { log "ERROR: code-server did not report version $CS_VERSION"; exit 1; }
fi
log "ok: $CS ($(csversion)), chromium $(/usr/bin/chromium --version 2>/dev/null | head -n1 || echo '?')"
