//! Reading the JSON export back: the input must be this edition's export, field
//! for field.
//!
//! The export is serialized once more into a tree of values (the expected
//! tree), and the input is compared with it *while it is read*: every object
//! must have exactly the expected fields (an unknown field, a missing one, or a
//! different value is refused), every array exactly the expected elements, and
//! the first difference stops reading with an error that names the record (by
//! its id or name) and the field. Memory stays proportional to one edition,
//! whatever the size of the input.

use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use alloc::{format, vec};
use core::fmt;

use crate::model::error::Shown;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, Serialize};

/// A value of the export, as a tree.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    /// A negative integer.
    Neg(i64),
    /// A non-negative integer.
    Pos(u64),
    Float(f64),
    Str(String),
    Seq(Vec<Value>),
    Map(Vec<(String, Value)>),
}

impl Value {
    fn what(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Neg(_) | Value::Pos(_) | Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "an array",
            Value::Map(_) => "an object",
        }
    }

    /// The label of a record: its `id`, or else its `name`.
    fn label(&self) -> Option<&str> {
        let Value::Map(fields) = self else {
            return None;
        };
        ["id", "name"].iter().find_map(|key| {
            fields.iter().find_map(|(k, v)| match v {
                Value::Str(s) if k == key => Some(s.as_str()),
                _ => None,
            })
        })
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Neg(n) => write!(f, "{n}"),
            Value::Pos(n) => write!(f, "{n}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => Shown(s).fmt(f),
            Value::Seq(_) | Value::Map(_) => f.write_str(self.what()),
        }
    }
}

// ---------------------------------------------------------------------------
// Serializing into a tree.

/// An error while serializing into a tree (the crate's own types never cause one).
#[derive(Debug)]
pub(crate) struct TreeError(String);

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl core::error::Error for TreeError {}

impl ser::Error for TreeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TreeError(msg.to_string())
    }
}

/// Serializes a value into a [`Value`] tree.
pub(crate) fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, TreeError> {
    value.serialize(Tree)
}

struct Tree;

struct SeqTree(Vec<Value>);

struct MapTree {
    fields: Vec<(String, Value)>,
}

fn unsupported(what: &str) -> TreeError {
    TreeError(format!("the export has no {what}"))
}

/// Serializes each narrow number as its widest kind.
macro_rules! widen {
    ($($name:ident($ty:ty) => $wide:ident,)+) => {$(
        fn $name(self, v: $ty) -> Result<Value, TreeError> {
            self.$wide(v.into())
        }
    )+};
}

impl ser::Serializer for Tree {
    type Ok = Value;
    type Error = TreeError;
    type SerializeSeq = SeqTree;
    type SerializeTuple = SeqTree;
    type SerializeTupleStruct = SeqTree;
    type SerializeTupleVariant = ser::Impossible<Value, TreeError>;
    type SerializeMap = ser::Impossible<Value, TreeError>;
    type SerializeStruct = MapTree;
    type SerializeStructVariant = ser::Impossible<Value, TreeError>;

    widen! {
        serialize_i8(i8) => serialize_i64,
        serialize_i16(i16) => serialize_i64,
        serialize_i32(i32) => serialize_i64,
        serialize_u8(u8) => serialize_u64,
        serialize_u16(u16) => serialize_u64,
        serialize_u32(u32) => serialize_u64,
        serialize_f32(f32) => serialize_f64,
    }

    fn serialize_bool(self, v: bool) -> Result<Value, TreeError> {
        Ok(Value::Bool(v))
    }
    fn serialize_i64(self, v: i64) -> Result<Value, TreeError> {
        Ok(match u64::try_from(v) {
            Ok(u) => Value::Pos(u),
            Err(_) => Value::Neg(v),
        })
    }
    fn serialize_u64(self, v: u64) -> Result<Value, TreeError> {
        Ok(Value::Pos(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Value, TreeError> {
        Ok(Value::Float(v))
    }
    fn serialize_char(self, v: char) -> Result<Value, TreeError> {
        Ok(Value::Str(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Value, TreeError> {
        Ok(Value::Str(v.to_owned()))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Value, TreeError> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<Value, TreeError> {
        Ok(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, TreeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, TreeError> {
        Ok(Value::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Value, TreeError> {
        Ok(Value::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Value, TreeError> {
        Ok(Value::Str(variant.to_owned()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Value, TreeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value, TreeError> {
        Ok(Value::Map(vec![(
            variant.to_owned(),
            value.serialize(Tree)?,
        )]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqTree, TreeError> {
        Ok(SeqTree(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqTree, TreeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<SeqTree, TreeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, TreeError> {
        Err(unsupported("tuple variants"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, TreeError> {
        Err(unsupported("maps with keys that are not field names"))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<MapTree, TreeError> {
        Ok(MapTree {
            fields: Vec::with_capacity(len),
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, TreeError> {
        Err(unsupported("struct variants"))
    }
}

impl ser::SerializeSeq for SeqTree {
    type Ok = Value;
    type Error = TreeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
        self.0.push(value.serialize(Tree)?);
        Ok(())
    }
    fn end(self) -> Result<Value, TreeError> {
        Ok(Value::Seq(self.0))
    }
}

impl ser::SerializeTuple for SeqTree {
    type Ok = Value;
    type Error = TreeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Value, TreeError> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for SeqTree {
    type Ok = Value;
    type Error = TreeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Value, TreeError> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for MapTree {
    type Ok = Value;
    type Error = TreeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), TreeError> {
        self.fields.push((key.to_owned(), value.serialize(Tree)?));
        Ok(())
    }
    fn end(self) -> Result<Value, TreeError> {
        Ok(Value::Map(self.fields))
    }
}

// ---------------------------------------------------------------------------
// Reading input against the tree.

/// Where in the export a value stands: `facts[route/intravenous-…].citations[0]`.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root(&'static str),
    Field(&'a Path<'a>, &'a str),
    Element(&'a Path<'a>, usize, Option<&'a str>),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root(name) => f.write_str(name),
            Path::Field(parent, field) => {
                parent.fmt(f)?;
                if matches!(parent, Path::Root(_)) {
                    write!(f, " field {field}")
                } else {
                    write!(f, ".{field}")
                }
            }
            Path::Element(parent, index, label) => {
                parent.fmt(f)?;
                match label {
                    Some(label) => write!(f, "[{label}]"),
                    None => write!(f, "[{index}]"),
                }
            }
        }
    }
}

/// Reads one value of the input and checks it against `want`.
pub(crate) struct Expect<'a> {
    pub(crate) want: &'a Value,
    pub(crate) path: Path<'a>,
}

impl Expect<'_> {
    fn differs<E: de::Error>(&self, found: &dyn fmt::Display) -> E {
        if let Path::Field(Path::Root(_), "data_version") = self.path {
            return E::custom(format_args!(
                "{}: the input is of edition {found}, but this crate holds edition {} (an export is read back only by the edition that wrote it; ketamine-facts 0.1.0 exports have no claim ids and cannot be read by 0.2.0)",
                self.path, self.want
            ));
        }
        E::custom(format_args!(
            "{}: the input has {found}, this edition has {}",
            self.path, self.want
        ))
    }

    fn shape<E: de::Error>(&self, found: &str) -> E {
        E::custom(format_args!(
            "{}: expected {}, found {found}",
            self.path,
            self.want.what()
        ))
    }
}

impl<'de> DeserializeSeed<'de> for Expect<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Expect<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}", self.want.what(), self.path)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        match self.want {
            Value::Bool(b) if *b == v => Ok(()),
            Value::Bool(_) => Err(self.differs(&v)),
            _ => Err(self.shape("a boolean")),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        match u64::try_from(v) {
            Ok(u) => self.visit_u64(u),
            Err(_) => match self.want {
                Value::Neg(n) if *n == v => Ok(()),
                Value::Neg(_) | Value::Pos(_) | Value::Float(_) => Err(self.differs(&v)),
                _ => Err(self.shape("a number")),
            },
        }
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        match self.want {
            Value::Pos(n) if *n == v => Ok(()),
            Value::Neg(_) | Value::Pos(_) | Value::Float(_) => Err(self.differs(&v)),
            _ => Err(self.shape("a number")),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        match self.want {
            Value::Float(x) if *x == v => Ok(()),
            Value::Neg(_) | Value::Pos(_) | Value::Float(_) => Err(self.differs(&v)),
            _ => Err(self.shape("a number")),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        match self.want {
            Value::Str(s) if s == v => Ok(()),
            Value::Str(_) => Err(self.differs(&Shown(v))),
            _ => Err(self.shape("a string")),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        match self.want {
            Value::Null => Ok(()),
            _ => Err(self.shape("null")),
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.visit_unit()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Value::Seq(items) = self.want else {
            return Err(self.shape("an array"));
        };
        for (i, item) in items.iter().enumerate() {
            let path = Path::Element(&self.path, i, item.label());
            let found = match item.label() {
                // A record is read whole first (one record, not the input), so
                // that a record missing or out of place is named as such,
                // whatever the order of its fields in the input.
                Some(label) => match seq.next_element::<Value>()? {
                    None => None,
                    Some(record) => {
                        if let Some(other) = record.label().filter(|other| *other != label) {
                            return Err(de::Error::custom(format_args!(
                                "{path}: the input has the record {} in this place (a record of this edition is missing, added or out of order here)",
                                Shown(other)
                            )));
                        }
                        Expect { want: item, path }
                            .deserialize(&record)
                            .map_err(de::Error::custom)?;
                        Some(())
                    }
                },
                None => seq.next_element_seed(Expect { want: item, path })?,
            };
            if found.is_none() {
                return Err(de::Error::custom(format_args!(
                    "{path}: missing (this edition has {} elements here, the input {i})",
                    items.len()
                )));
            }
        }
        let extra = Path::Element(&self.path, items.len(), None);
        if seq.next_element_seed(Extra(extra))?.is_some() {
            return Err(de::Error::custom(format_args!(
                "{extra}: not in this edition (it has {} elements here)",
                items.len()
            )));
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Value::Map(fields) = self.want else {
            return Err(self.shape("an object"));
        };
        let mut seen = vec![false; fields.len()];
        while let Some(at) = map.next_key_seed(Key {
            fields,
            path: self.path,
        })? {
            let (name, want) = &fields[at];
            let path = Path::Field(&self.path, name);
            if seen[at] {
                return Err(de::Error::custom(format_args!("{path}: given twice")));
            }
            seen[at] = true;
            map.next_value_seed(Expect { want, path })?;
        }
        if let Some(at) = seen.iter().position(|seen| !seen) {
            return Err(de::Error::custom(format_args!(
                "{}: missing",
                Path::Field(&self.path, &fields[at].0)
            )));
        }
        Ok(())
    }
}

impl<'de> de::Deserialize<'de> for Value {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(u64::try_from(v).map_or(Value::Neg(v), Value::Pos))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Pos(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Value, E> {
                Ok(Value::Str(v.to_owned()))
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
                de::Deserialize::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Value::Seq(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    fields.push(entry);
                }
                Ok(Value::Map(fields))
            }
        }
        deserializer.deserialize_any(Any)
    }
}

/// A record read whole is checked by the same visitor as streamed input.
impl<'de> de::Deserializer<'de> for &Value {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Neg(n) => visitor.visit_i64(*n),
            Value::Pos(n) => visitor.visit_u64(*n),
            Value::Float(x) => visitor.visit_f64(*x),
            Value::Str(s) => visitor.visit_str(s),
            Value::Seq(items) => visitor.visit_seq(de::value::SeqDeserializer::new(items.iter())),
            Value::Map(fields) => visitor.visit_map(de::value::MapDeserializer::new(
                fields.iter().map(|(k, v)| (k.as_str(), v)),
            )),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl de::IntoDeserializer<'_, de::value::Error> for &Value {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// An element past the expected ones: refused at once, unread.
struct Extra<'a>(Path<'a>);

impl<'de> DeserializeSeed<'de> for Extra<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
        Err(de::Error::custom(format_args!(
            "{}: not in this edition",
            self.0
        )))
    }
}

/// A field name, matched against the expected fields without being stored.
struct Key<'a> {
    fields: &'a [(String, Value)],
    path: Path<'a>,
}

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = usize;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for Key<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a field name of {}", self.path)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        self.fields
            .iter()
            .position(|(name, _)| name == v)
            .ok_or_else(|| {
                let names: Vec<&str> = self.fields.iter().map(|(name, _)| name.as_str()).collect();
                E::custom(format_args!(
                    "{}: unknown field {} (the fields are {})",
                    self.path,
                    Shown(v),
                    names.join(", ")
                ))
            })
    }
}

/// Reads `deserializer` as exactly the export of `value`, refusing any difference.
pub(crate) fn read_exactly<'de, T: Serialize, D: de::Deserializer<'de>>(
    value: &T,
    root: &'static str,
    deserializer: D,
) -> Result<(), D::Error> {
    let want = to_value(value).map_err(de::Error::custom)?;
    Expect {
        want: &want,
        path: Path::Root(root),
    }
    .deserialize(deserializer)
}
