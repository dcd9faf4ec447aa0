#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 in a browser) into a cache folder
# outside the repo, so the extension can be tested in a real VS Code on
# machines where VS Code desktop cannot be downloaded (docs/testing.md).
# Idempotent: a finished install is reused; prints progress for the slow
# first run. Prints the code-server executable path as its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3   # newest whose engines.node accepts Node 20
RG_PKG_VERSION=1.15.11        # the @vscode/ripgrep code-server 4.100.3 pins
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

CACHE_DIR="${OKR_CACHE_DIR:-$HOME/.cache/okr-lens}"
DEST="$CACHE_DIR/code-server-$CODE_SERVER_VERSION"
BIN="$DEST/node_modules/.bin/code-server"
STAMP="$DEST/.installed"

log() { echo "[install-code-server] $*" >&2; }

if [[ -f "$STAMP" && -x "$BIN" ]]; then
  log "reusing $DEST"
  echo "$BIN"
  exit 0
fi

# Two runs starting cold at once (two suites, two terminals) must not
# install into the same folder together: the second waits, then reuses.
mkdir -p "$CACHE_DIR"
exec 9>"$CACHE_DIR/.install.lock"
if ! flock -n 9; then
  log "another install is running; waiting for it"
  flock 9
fi
if [[ -f "$STAMP" && -x "$BIN" ]]; then
  log "reusing $DEST"
  echo "$BIN"
  exit 0
fi

# Debian packages: kerberos headers for code-server's native module, rg to
# seed @vscode/ripgrep (its postinstall downloads from GitHub, unreachable
# here), chromium for the UI tests, neovim for the second LSP client.
missing=()
command -v rg >/dev/null || missing+=(ripgrep)
command -v chromium >/dev/null || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    log "missing Debian packages: ${missing[*]} (run as root or: sudo apt-get install -y ${missing[*]})"
    exit 1
  fi
  log "apt-get install ${missing[*]} (~75 s on a fresh machine)"
  t0=$SECONDS
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  log "apt-get done in $((SECONDS - t0)) s"
fi

rm -rf "$DEST"
mkdir -p "$DEST"
# A private, short TMPDIR: the ripgrep cache is looked up there.
export TMPDIR="$CACHE_DIR/tmp"
mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
tar -czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg

echo '{"name":"okr-lens-code-server","private":true}' >"$DEST/package.json"
log "npm install code-server@$CODE_SERVER_VERSION into $DEST (~2 min, ~300 MB, first run only)"
t0=$SECONDS
# npm_config_yes: node-pty's postinstall runs `npx node-gyp`. No -g: npm 11
# leaks the global flag into code-server's nested install, which then fails.
(
  cd "$DEST"
  npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --loglevel=error \
    "code-server@$CODE_SERVER_VERSION" >&2
)
HOME="$TMPDIR" XDG_CONFIG_HOME="$TMPDIR/.config" "$BIN" --version >&2 # keep its default config out of the real HOME
touch "$STAMP"
log "installed in $((SECONDS - t0)) s"
echo "$BIN"
