//! Integration tests: one binary, as regex does.

mod cases;
#[cfg(feature = "cli")]
mod cli;
mod compare;
mod corpus;
mod expressions;
mod extract;
mod fuzz_checks;
mod hostile;
mod html;
mod news;
mod news_truth;
mod props;
mod readings;
mod report_text;
mod schema;
mod seeds;
mod stream;
mod support;
mod syntax;
