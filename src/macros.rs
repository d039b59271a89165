//! The one macro that turns a table of names into a public enum.
//!
//! Every public enum of the crate is declared through [`facts_enum!`], so that a
//! variant, its canonical name and the aliases people type are written once, in
//! one row, and `Display`, `FromStr`, `ALL`, `NAMES` and serde cannot drift apart.
//!
//! strum does the `Display` and `&'static str` plumbing (both are std traits, so
//! no strum type appears in the public API). Parsing is the crate's own: it trims
//! once, refuses text longer than the longest name before comparing (so it is
//! linear in the input), ignores ASCII case, treats `-`, `_` and a space alike,
//! and reports failures with the crate's [`ParseError`](crate::ParseError),
//! which strum's `EnumString` could not do without exposing strum's error type.

/// Declares a public enum from a table of `Variant => "name" | "alias" ...` rows.
///
/// Generates: the enum with the common traits, `ALL`, `NAMES`, `name()`,
/// `aliases()`, `Display` (the canonical name), `FromStr` (name or alias, any
/// case), `TryFrom<&str>`, and serde impls on the canonical name.
macro_rules! facts_enum {
    (
        $(#[$meta:meta])*
        pub enum $Name:ident ($what:literal) {
            $(
                $(#[$vmeta:meta])*
                $Variant:ident => $name:literal $(| $alias:literal)* ,
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            strum::Display, strum::IntoStaticStr,
        )]
        pub enum $Name {
            $(
                $(#[$vmeta])*
                #[strum(to_string = $name)]
                $Variant,
            )+
        }

        impl $Name {
            #[doc = concat!("Every `", stringify!($Name), "`, in declaration order.")]
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use ketamine_facts::", stringify!($Name), ";")]
            #[doc = concat!("for value in ", stringify!($Name), "::ALL {")]
            #[doc = concat!("    assert_eq!(value.name().parse::<", stringify!($Name), ">(), Ok(*value));")]
            /// }
            /// ```
            pub const ALL: &'static [Self] = &[$(Self::$Variant),+];

            #[doc = concat!("The canonical name of every `", stringify!($Name), "`, in the order of [`ALL`](Self::ALL).")]
            ///
            /// These are the strings that `Display` writes, serde uses, and parse
            /// errors list as the accepted values.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use ketamine_facts::", stringify!($Name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($Name), "::NAMES.len(), ", stringify!($Name), "::ALL.len());")]
            #[doc = concat!("assert_eq!(", stringify!($Name), "::NAMES[0], ", stringify!($Name), "::ALL[0].name());")]
            /// ```
            pub const NAMES: &'static [&'static str] = &[$($name),+];

            /// The canonical name: what `Display` writes and serde uses.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use ketamine_facts::", stringify!($Name), ";")]
            #[doc = concat!("let first = ", stringify!($Name), "::ALL[0];")]
            /// assert_eq!(first.name(), first.to_string());
            /// ```
            #[inline]
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Self::$Variant => $name,)+
                }
            }

            /// Other spellings that parse to this value (the canonical name is not repeated here).
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use ketamine_facts::", stringify!($Name), ";")]
            #[doc = concat!("for value in ", stringify!($Name), "::ALL {")]
            ///     for alias in value.aliases() {
            #[doc = concat!("        assert_eq!(alias.parse::<", stringify!($Name), ">(), Ok(*value));")]
            ///     }
            /// }
            /// ```
            #[inline]
            #[must_use]
            pub const fn aliases(self) -> &'static [&'static str] {
                match self {
                    $(Self::$Variant => &[$($alias),*],)+
                }
            }
        }

        impl ::core::str::FromStr for $Name {
            type Err = $crate::ParseError;

            /// Parses a canonical name or an alias, ignoring ASCII case, surrounding
            /// white space, and the difference between `-`, `_` and a space.
            ///
            /// Linear in the input: it is trimmed once, text longer than the
            /// longest name is refused without comparing, and each comparison
            /// reads at most that many bytes.
            fn from_str(input: &str) -> ::core::result::Result<Self, Self::Err> {
                /// The longest name or alias, in bytes.
                const LONGEST: usize = $crate::macros::longest(&[$($name $(, $alias)*),+]);
                let text = input.trim();
                if text.len() <= LONGEST {
                    $(
                        if $crate::macros::same_name(text, $name)
                            $(|| $crate::macros::same_name(text, $alias))*
                        {
                            return Ok(Self::$Variant);
                        }
                    )+
                }
                Err($crate::ParseError::new(input, $what, Self::NAMES))
            }
        }

        impl ::core::convert::TryFrom<&str> for $Name {
            type Error = $crate::ParseError;

            fn try_from(input: &str) -> ::core::result::Result<Self, Self::Error> {
                input.parse()
            }
        }

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl ::serde::Serialize for $Name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl<'de> ::serde::Deserialize<'de> for $Name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                $crate::macros::deserialize_by_name(deserializer)
            }
        }
    };
}

pub(crate) use facts_enum;

/// Compares trimmed typed text with a table name: ASCII case and the
/// separators `-`, `_` and ` ` do not matter. Reads at most `name.len()` bytes.
pub(crate) fn same_name(text: &str, name: &str) -> bool {
    let (text, name) = (text.as_bytes(), name.as_bytes());
    text.len() == name.len() && text.iter().zip(name).all(|(a, b)| fold(*a) == fold(*b))
}

/// The length in bytes of the longest of `names` (for the early length check
/// of a generated `FromStr`).
pub(crate) const fn longest(names: &[&str]) -> usize {
    let (mut i, mut max) = (0, 0);
    while i < names.len() {
        if names[i].len() > max {
            max = names[i].len();
        }
        i += 1;
    }
    max
}

const fn fold(byte: u8) -> u8 {
    match byte {
        b'-' | b'_' => b' ',
        other => other.to_ascii_lowercase(),
    }
}

/// Deserializes any `FromStr` type from a string, keeping the parse error's message.
#[cfg(feature = "serde")]
pub(crate) fn deserialize_by_name<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: core::str::FromStr<Err = crate::ParseError>,
{
    struct Visitor<T>(core::marker::PhantomData<T>);

    impl<T: core::str::FromStr<Err = crate::ParseError>> serde::de::Visitor<'_> for Visitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("a name as a string")
        }

        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
            value.parse().map_err(E::custom)
        }
    }

    deserializer.deserialize_str(Visitor(core::marker::PhantomData))
}
