//! Integration tests: one binary, as regex does.

mod cases;
mod hostile;
mod props;
mod seeds;
