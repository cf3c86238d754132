#!/usr/bin/env bash
# The real binary in a real X window with the real xdg-desktop-portal folder dialog.
# usage: open_folder.sh PARALLAX_BIN FOLDER SCREENSHOT_PNG
# Prints "TITLE: <window title>" once the folder has loaded; exits non-zero on failure.
set -euo pipefail
bin=$1 folder=${2%/} shot=$3
work=$(mktemp -d)
display=:$((90 + RANDOM % 500))

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# The portal picks its GTK backend for GNOME sessions; no real GNOME is needed.
export XDG_CURRENT_DESKTOP=GNOME GDK_BACKEND=x11 WAYLAND_DISPLAY= NO_AT_BRIDGE=1
export PARALLAX_STATE_DIR=$work/state LIBGL_ALWAYS_SOFTWARE=1 RUST_LOG=${RUST_LOG:-warn}
export PARALLAX_BIN=$bin FOLDER=$folder SHOT=$shot WORK=$work

dbus-run-session -- bash -euo pipefail -c '
  "$PARALLAX_BIN" >"$WORK/app.log" 2>&1 &
  app=$!
  trap "kill $app 2>/dev/null || true" EXIT
  win=$(xdotool search --sync --name "^Parallax" | head -n1)
  sleep 1
  xdotool windowfocus --sync "$win"
  xdotool key --clearmodifiers ctrl+o
  dialog=$(timeout 60 xdotool search --sync --name "Open folder" | head -n1)
  sleep 1
  xdotool windowfocus --sync "$dialog"
  # GTK opens on its "Recent" view, where a typed path'"'"'s Return does nothing; Alt+Home
  # leaves it. In a folder view, Ctrl+L, a folder'"'"'s path and Return select that folder
  # (with a trailing slash on the parent, Return would select the parent instead).
  xdotool key alt+Home; sleep 1
  xdotool key ctrl+l; sleep 0.3; xdotool key ctrl+a
  xdotool type --delay 20 "$FOLDER"; sleep 1
  xdotool key Return
  name=$(basename "$FOLDER")
  for _ in $(seq 300); do
    title=$(xdotool getwindowname "$win" 2>/dev/null || true)
    case "$title" in *"— $name ·"*) break ;; esac
    sleep 0.1
  done
  sleep 1
  import -window root "$SHOT"
  echo "TITLE: $(xdotool getwindowname "$win")"
' || { echo "--- app log"; cat "$work/app.log" 2>/dev/null; exit 1; }
