#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt (offscreen and xcb), the PDF tests and the GUI tests need.
# Runs only as root with apt-get available and only when something is missing; otherwise it prints
# the command for a human to run.
set -euo pipefail
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 \
libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 \
libxcb-image0 poppler-utils xvfb fonts-liberation2"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q $missing >/dev/null
else
  echo "Missing system packages:$missing"
  echo "Install them with: sudo apt-get install$missing"
fi
