#!/usr/bin/env bash
# Installs the Debian packages the browser and editor suites need, only the
# missing ones. As root it runs apt-get; otherwise it says what to run.
#   chromium      headless browser for the tree page and code-server UI tests
#   ripgrep       seeds code-server's ripgrep (its postinstall cannot download)
#   libkrb5-dev   headers for code-server's kerberos native module
#   neovim        the second real LSP client
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
[ -e /usr/include/gssapi/gssapi.h ] || [ -e /usr/include/krb5.h ] || need+=(libkrb5-dev)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "missing Debian packages: ${need[*]} — install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "installing Debian packages: ${need[*]} (first run only, about a minute)"
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
