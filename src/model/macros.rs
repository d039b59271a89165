//! The table macro that gives a plain enum its names.
//!
//! Every public enum of the crate is declared as plain Rust; [`names!`] emits
//! its impl blocks from one table, so that a variant, its canonical name and the
//! aliases people type are written once, in one row, and `Display`, `FromStr`,
//! `ALL`, `NAMES` and serde cannot drift apart. Parsing reports failures with
//! the crate's [`ParseError`](crate::ParseError).

/// Emits the impl blocks of a plain enum from a table of
/// `Variant => "name" | "alias" ...` rows, the way http's `status_codes!` emits
/// constants and one lookup beside a hand-written type.
///
/// The enum itself is declared as plain Rust beside the table, so every tool
/// sees it. Generates: `ALL`, `NAMES`, `name()`, `aliases()`, `Display` (the
/// canonical name), `FromStr` (name or alias, any case), `TryFrom<&str>`, and
/// serde impls on the canonical name.
///
/// `$Name ("what") else path { ... }` adds a second table: input that is no
/// name or alias is handed to `path` (a `fn(&str) -> Option<$Name>` taking the
/// trimmed input), so that a type can also parse the entries of a public
/// table kept elsewhere (`Evidence` parses its grading cues this way).
///
/// An optional `refuse = path` after the kind names a
/// `fn(input: &str, trimmed: &str) -> Option<ParseError>` consulted when no
/// name matches: a type uses it to explain why some text is not one of its
/// names (a route code given without its system) instead of the plain list.
///
/// An optional `retired { Variant => "name", ... }` block after the table lists
/// `#[deprecated]` variants kept only so that code written against an earlier
/// release compiles: they have a `name()` (and so `Display` and serde output),
/// but `ALL` and `NAMES` leave them out and `FromStr` does not accept them.
macro_rules! names {
    (
        $Name:ident ($what:literal $(, refuse = $refuse:path)?) $(else $fallback:path)? {
            $( $Variant:ident => $name:literal $(| $alias:literal)* , )+
        }
        $(retired {
            $( $Old:ident => $old:literal , )+
        })?
    ) => {
        #[allow(deprecated)] // a retired variant still has its name
        impl $Name {
            #[doc = concat!("Every `", stringify!($Name), "`, in declaration order.")]
            pub const ALL: &'static [Self] = &[$(Self::$Variant),+];

            #[doc = concat!("The canonical name of every `", stringify!($Name), "`, in the order of [`ALL`](Self::ALL):")]
            /// what `Display` writes, serde uses, and parse errors list.
            pub const NAMES: &'static [&'static str] = &[$($name),+];

            /// The canonical name: what `Display` writes and serde uses.
            #[inline]
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Self::$Variant => $name,)+
                    $($(Self::$Old => $old,)+)?
                }
            }

            /// Other spellings that parse to this value (the canonical name is not repeated here).
            #[inline]
            #[must_use]
            pub const fn aliases(self) -> &'static [&'static str] {
                match self {
                    $(Self::$Variant => &[$($alias),*],)+
                    $($(Self::$Old => &[],)+)?
                }
            }
        }

        impl ::core::fmt::Display for $Name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl ::core::str::FromStr for $Name {
            type Err = $crate::ParseError;

            /// Parses a canonical name or an alias, ignoring ASCII case, surrounding
            /// white space, and the difference between `-`, `_` and a space. The
            /// input is trimmed once and refused at once if it is longer than
            /// every name, so the work is linear in the input.
            fn from_str(input: &str) -> ::core::result::Result<Self, Self::Err> {
                const LONGEST: usize = $crate::model::macros::longest(&[$($name, $($alias,)*)+]);
                let trimmed = input.trim();
                if trimmed.len() <= LONGEST {
                    $(
                        if $crate::model::macros::same_name(trimmed, $name)
                            $(|| $crate::model::macros::same_name(trimmed, $alias))*
                        {
                            return Ok(Self::$Variant);
                        }
                    )+
                }
                $(
                    if let Some(value) = $fallback(trimmed) {
                        return Ok(value);
                    }
                )?
                $(
                    if let Some(err) = $refuse(input, trimmed) {
                        return Err(err);
                    }
                )?
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
                $crate::model::macros::deserialize_by_name(deserializer)
            }
        }
    };
}

pub(crate) use names;

/// `Serialize` for a struct of the crate: its fields in declaration order under
/// their own names (what `derive(serde::Serialize)` writes), with the feature
/// badge on docs.rs, which a derived impl cannot carry. The destructuring is
/// exhaustive, so a field added to the struct and not listed here fails to
/// compile. `field as Wrapper` writes `Wrapper(field)` instead (for example a
/// duration as whole minutes, [`Minutes`](crate::model::units::Minutes)).
macro_rules! serialize_fields {
    ($Type:ident { $($field:ident $(as $wrap:ident)?),+ $(,)? }) => {
        #[cfg(feature = "serde")]
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl ::serde::Serialize for $Type {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeStruct as _;
                let $Type { $($field),+ } = self;
                let mut out = serializer
                    .serialize_struct(stringify!($Type), [$(stringify!($field)),+].len())?;
                $(out.serialize_field(stringify!($field), &$($wrap)?(*$field))?;)+
                out.end()
            }
        }
    };
}

pub(crate) use serialize_fields;

/// The length of the longest string in `names`.
pub(crate) const fn longest(names: &[&str]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < names.len() {
        if names[i].len() > max {
            max = names[i].len();
        }
        i += 1;
    }
    max
}

/// Compares a typed name with a table name: ASCII case, surrounding white space
/// and the separators `-`, `_` and ` ` do not matter.
/// The input must already be trimmed.
pub(crate) fn same_name(input: &str, name: &str) -> bool {
    let input = input.as_bytes();
    let name = name.as_bytes();
    input.len() == name.len() && input.iter().zip(name).all(|(a, b)| fold(*a) == fold(*b))
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
