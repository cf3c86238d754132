#!/usr/bin/env bash
# Runs every test: formatting, the model, the kittest behaviour tests and the real-window
# end-to-end test. Installs the Debian packages those need when they are missing.
# One release build serves the tests, the end-to-end binary and `cargo run --release`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  xvfb x11-utils xdotool dbus-x11 dbus-user-session imagemagick
  xdg-desktop-portal xdg-desktop-portal-gtk
  mesa-vulkan-drivers libvulkan1 libgl1-mesa-dri libegl1 libxkbcommon-x11-0 fonts-dejavu-core
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Vulkan and Wayland client libraries complain on every start without a runtime dir.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d)
  export XDG_RUNTIME_DIR
fi

cargo fmt --all -- --check
cargo test --release --locked "$@"
# The mention scores on the seeds and on our own development and held-out sets (issue 9),
# and the link scores of compare on the seeds (issue 10).
cargo test --release --locked --test suite -- --nocapture --test-threads 1 gold:: compare::links compare::quotes_and 2>/dev/null |
  grep -vE '^(running|test |$)'
