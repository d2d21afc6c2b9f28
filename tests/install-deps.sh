#!/usr/bin/env bash
# Installs what the test suite needs beyond Python packages: Debian's Chromium
# and ChromeDriver (browser tests), a Java runtime (the Nu HTML Checker), fonts,
# and the npm packages pinned in package-lock.json (vnu-jar, axe-core; decap-cms
# and decap-server for the editor, make editor, and its browser test).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v jpegtran >/dev/null 2>&1 || missing+=(libjpeg-turbo-progs)  # the build's (Makefile)
command -v exiftool >/dev/null 2>&1 || missing+=(libimage-exiftool-perl)  # reads press copies back
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)  # remakes the sample recordings
command -v sox >/dev/null 2>&1 || missing+=(sox)  # (tools/make_sample_media.py)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)  # the printed edition's pages as PNG

if [ ${#missing[@]} -gt 0 ]; then
  echo "Instalando paquetes de Debian: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # Packages such as nginx must not start services here: tests run their own.
  guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$guard" >/dev/null
    $SUDO chmod +x "$guard"
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  [ -z "$guard" ] || $SUDO rm -f "$guard"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
