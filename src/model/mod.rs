//! The data that flows between stages; every type is plain, owned and serde.

mod anchor;
mod claim;
mod date;
mod decode;
mod facet;
mod interval;
mod quantity;
mod reading;
mod record;
mod report;
mod source;
mod span;
mod time;
mod value;
pub(crate) mod words;

pub(crate) use anchor::lean;
pub use claim::{Attribute, Claim, Evidence, Frame, ValueKind, ALSO};
pub(crate) use date::{day_of_month_exists, LEAP_YEAR};
pub use date::{CalendarUnit, DateExpr, DateValue, Resolution, Weekday};
pub use facet::{Facet, Harm};
pub use interval::Interval;
pub use quantity::Quantity;
pub use reading::{Dimension, Lemma, Reading};
pub use record::Record;
pub use report::{
    Agreement, Basis, Conflict, Copied, CopyGroup, CopyKind, Event, Hint, Note, NoteKind, Report,
    Side, SourceInfo,
};
pub use source::{Decoding, Source};
pub use span::Span;
pub use time::{TimeOfDay, Zone};
pub(crate) use value::months_between;
pub use value::{Approx, Duration, Number, Penalty, Value, Window};
