//! The command line: one file per subcommand, each printing what the model computed.

pub mod aliases;
pub mod articles;
mod common;
pub mod compare;
pub mod counts;
pub mod mentions;
pub mod quotes;
