//! concord: find where news reports of one event disagree.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod error;
pub mod model;
pub mod recognize;
pub mod text;
pub mod extract;
mod reconcile;
pub mod report;
mod options;

pub use error::{Error, Result};
pub use options::Options;
pub use reconcile::reconcile;
pub use model::*;
