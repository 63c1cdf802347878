//! Integration tests: one binary, as regex does.

mod cases;
mod corpus;
mod event_dates;
mod fuzz_checks;
mod hostile;
mod news;
mod props;
mod seeds;
