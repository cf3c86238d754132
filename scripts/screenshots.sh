#!/usr/bin/env bash
# Regenerates screenshots/*.png from the real app, rendered headless (kittest + wgpu on
# mesa's lavapipe). Same release build as the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --test suite screenshots -- --ignored --nocapture
