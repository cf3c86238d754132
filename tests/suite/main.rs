//! Parallax's integration tests, one binary with a module per area (one link of the GUI
//! stack instead of one per file).

// A test that meets something unexpected should stop loudly, helpers included.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app;
mod cli;
mod compare;
mod e2e;
mod gold;
mod hostile;
mod loader;
mod props;
mod screenshots;
mod util;
mod views;
