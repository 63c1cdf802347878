//! concord: find where news reports of one event disagree.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod error;
pub mod model;
pub mod recognize;
mod text {
    pub(crate) mod decode;
}

pub use error::{Error, Result};
pub use model::*;
