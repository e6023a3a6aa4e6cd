//! Bounded label values: fixed enums and validated, counted configured names.

use std::collections::BTreeSet;
use std::sync::{Mutex, PoisonError};

use crate::{Error, Result};

/// How many distinct configured names (pools, breakers, lanes, rules) one
/// label may take. Names come from configuration, so a real deployment stays
/// far below this; the bound turns a bug that feeds free text into a label
/// into an error instead of an unbounded series count.
pub const MAX_NAMES_PER_LABEL: usize = 64;

/// The longest configured name accepted as a label value, in bytes.
pub const MAX_NAME_LEN: usize = 64;

/// A label whose values form a fixed set, known at compile time.
///
/// Every operation-type, outcome and reason label in this crate is one of
/// these, so a label's series count is bounded by `ALL.len()`.
pub trait LabelEnum: Copy + std::fmt::Debug + 'static {
    /// Every value, in declaration order; `ALL[v.index()] == v`.
    const ALL: &'static [Self];

    /// The label value as exported.
    fn as_str(self) -> &'static str;

    /// The position of `self` in [`ALL`](Self::ALL).
    fn index(self) -> usize;
}

/// Declares a fieldless enum that implements [`LabelEnum`].
macro_rules! label_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $value:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $crate::LabelEnum for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            #[inline]
            fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $value,)+
                }
            }

            #[inline]
            fn index(self) -> usize {
                self as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::LabelEnum::as_str(*self))
            }
        }
    };
}
pub(crate) use label_enum;

/// Checks that a configured name is usable as a label value: 1 to
/// [`MAX_NAME_LEN`] bytes of `a-z A-Z 0-9 _ - . :`.
///
/// The restriction is stricter than Prometheus needs; it keeps names
/// readable in dashboards and free of quoting surprises.
pub fn check_name(label: &'static str, value: &str) -> Result<()> {
    let reason = if value.is_empty() {
        Some("empty")
    } else if value.len() > MAX_NAME_LEN {
        Some("longer than 64 bytes")
    } else if !value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
    {
        Some("contains a character outside a-z A-Z 0-9 _ - . :")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(Error::InvalidLabelValue {
            label,
            value: value.to_owned(),
            reason,
        }),
        None => Ok(()),
    }
}

/// The configured names seen for one label, bounded by
/// [`MAX_NAMES_PER_LABEL`].
#[derive(Debug)]
pub(crate) struct NameSet {
    label: &'static str,
    names: Mutex<BTreeSet<String>>,
}

impl NameSet {
    pub(crate) const fn new(label: &'static str) -> Self {
        Self {
            label,
            names: Mutex::new(BTreeSet::new()),
        }
    }

    /// Validates `value` and records it; a name seen before is always
    /// admitted again, so resolving the same handles twice is fine.
    pub(crate) fn admit(&self, value: &str) -> Result<()> {
        check_name(self.label, value)?;
        // The set holds plain strings; a panic elsewhere cannot leave it
        // half-updated, so a poisoned lock is safe to use.
        let mut names = self.names.lock().unwrap_or_else(PoisonError::into_inner);
        if names.contains(value) {
            return Ok(());
        }
        if names.len() >= MAX_NAMES_PER_LABEL {
            return Err(Error::TooManyLabelValues {
                label: self.label,
                value: value.to_owned(),
                limit: MAX_NAMES_PER_LABEL,
            });
        }
        names.insert(value.to_owned());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(value: &str, expected: Option<&str>) {
        let got = check_name("pool", value).err().map(|e| e.to_string());
        assert_eq!(got.as_deref(), expected);
    }

    #[test]
    fn names() {
        check("primary", None);
        check("orders-db.replica_1:5432", None);
        check("", Some("pool name \"\" is invalid: empty"));
        check(
            "a b",
            Some("pool name \"a b\" is invalid: contains a character outside a-z A-Z 0-9 _ - . :"),
        );
        check(
            &"x".repeat(65),
            Some(&format!(
                "pool name {:?} is invalid: longer than 64 bytes",
                "x".repeat(65)
            )),
        );
        check(&"x".repeat(64), None);
    }

    #[test]
    fn name_set_is_bounded_but_readmits_known_names() {
        let set = NameSet::new("lane");
        for i in 0..MAX_NAMES_PER_LABEL {
            set.admit(&format!("l{i}")).unwrap();
        }
        set.admit("l0").unwrap();
        let err = set.admit("one-more").unwrap_err();
        assert!(matches!(
            err,
            Error::TooManyLabelValues {
                limit: MAX_NAMES_PER_LABEL,
                ..
            }
        ));
    }

    label_enum! {
        /// Test enum.
        enum Colour {
            /// Red.
            Red => "red",
            /// Light blue.
            LightBlue => "light_blue",
        }
    }

    #[test]
    fn label_enum_round_trips() {
        for (i, c) in Colour::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
        }
        assert_eq!(Colour::LightBlue.as_str(), "light_blue");
        assert_eq!(Colour::Red.to_string(), "red");
    }
}
