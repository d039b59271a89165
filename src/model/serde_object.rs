//! Reading the crate's JSON objects as objects only.
//!
//! serde's derived `Deserialize` for a struct also accepts a positional array
//! (`["drugbank", null, "stated"]` as a citation). The crate's formats are
//! objects with named fields, so every record reads through [`object`], which
//! refuses any other shape with an error naming what was expected.

use core::fmt;
use core::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

/// Reads `T` from `deserializer`, which must hold an object; `what` names the
/// record in the error ("a citation").
pub(crate) fn object<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
    what: &'static str,
) -> Result<T, D::Error> {
    struct Object<T>(&'static str, PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Object<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{} as an object with named fields", self.0)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(MapAccessDeserializer::new(map))
        }
    }

    deserializer.deserialize_map(Object(what, PhantomData))
}
