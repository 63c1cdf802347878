//! Integration tests: one binary, as regex does.

mod cases;
mod props;
mod seeds;
