//! Reading the crate's JSON objects as objects only.
//!
//! serde's derived `Deserialize` for a struct also accepts a positional array
//! (`["drugbank", null, "stated"]` as a citation). The crate's formats are
//! objects with named fields, so every record reads through [`object`], which
//! refuses any other shape with an error naming what was expected.

use core::fmt;
use core::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::model::error::Shown;

/// Longer than any field name of the crate's records.
const LONGEST_FIELD: usize = 32;

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
            T::deserialize(MapAccessDeserializer::new(ShortKeys(map, self.0)))
        }

        // Any other shape is refused here, with a message of bounded size (serde's
        // own would repeat a string of the input whole).
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Err(E::custom(format_args!(
                "expected {} as an object, found the string {}",
                self.0,
                Shown(v)
            )))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<T, A::Error> {
            Err(de::Error::custom(format_args!(
                "expected {} as an object with named fields, found an array",
                self.0
            )))
        }
    }

    /// The fields of an object, whose names are refused at once when longer
    /// than any field name of the crate (so no message repeats a long key).
    struct ShortKeys<A>(A, &'static str);

    impl<'de, A: MapAccess<'de>> MapAccess<'de> for ShortKeys<A> {
        type Error = A::Error;

        fn next_key_seed<K: de::DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, A::Error> {
            self.0.next_key_seed(Key(seed, self.1))
        }

        fn next_value_seed<V: de::DeserializeSeed<'de>>(
            &mut self,
            seed: V,
        ) -> Result<V::Value, A::Error> {
            self.0.next_value_seed(seed)
        }
    }

    struct Key<K>(K, &'static str);

    impl<'de, K: de::DeserializeSeed<'de>> de::DeserializeSeed<'de> for Key<K> {
        type Value = K::Value;

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
            deserializer.deserialize_str(self)
        }
    }

    impl<'de, K: de::DeserializeSeed<'de>> Visitor<'de> for Key<K> {
        type Value = K::Value;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a field name of {}", self.1)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<K::Value, E> {
            if v.len() > LONGEST_FIELD {
                return Err(E::custom(format_args!(
                    "unknown field {} of {}",
                    Shown(v),
                    self.1
                )));
            }
            self.0.deserialize(de::value::StrDeserializer::<E>::new(v))
        }
    }

    deserializer.deserialize_any(Object(what, PhantomData))
}
