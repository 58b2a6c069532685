//! The fields a JSON line is read for: the id and the text fields, in the
//! order they are tried.

/// The keys to look for: the id field and the text fields in priority order
/// (the first one holding a string wins, wherever it is in the object).
#[derive(Debug, Clone, Copy)]
pub struct Wanted<'k> {
    pub id: &'k str,
    pub texts: &'k [&'k str],
}

/// Most text fields [`Wanted::texts`] may list.
pub const MAX_TEXT_FIELDS: usize = 4;
