//! [`Text`]: a text of a policy file as decisions carry it.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// A text of a policy file that every decision under it repeats (a criterion's id, words and citation): shared,
/// never copied into a decision, and its JSON string made once when the policy is read, so that each stored trace
/// copies it instead of escaping it again (issue #18: escaping the traces' text was 3 % of a hook's CPU).
///
/// Serialized as that JSON string (serde_json writes a `RawValue` as it is; its `Value` serializer reads it back
/// as the string). A text is never serialized by anything but serde_json in this project.
#[derive(Clone)]
pub struct Text(Arc<Inner>);

struct Inner {
    text: Box<str>,
    json: Box<RawValue>,
}

impl Text {
    pub fn new(text: impl Into<String>) -> Text {
        let text: String = text.into();
        // A string always serializes: the only error serde_json's writer can return is an I/O one.
        let json = serde_json::value::to_raw_value(&text).expect("a string serializes to JSON");
        Text(Arc::new(Inner {
            text: text.into_boxed_str(),
            json,
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0.text
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0.text
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0.text
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0.text, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.text)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.0.text == other.0.text
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.0.text.cmp(&other.0.text)
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.text.hash(state)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0.text == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0.text == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0.text == **other
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::new(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::new(text)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.json.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serialized, a text is exactly the string it holds, whatever it has to escape, into JSON text and into a
    /// `Value`; read back, the same text.
    #[test]
    fn a_text_serializes_as_its_string() {
        for s in [
            "",
            "plain",
            "quotes \" and \\ backslash",
            "control \u{1} \n \t",
            "non-ASCII: → é 痛",
            "</script>",
        ] {
            let text = Text::new(s);
            assert_eq!(
                serde_json::to_string(&text).unwrap(),
                serde_json::to_string(s).unwrap()
            );
            assert_eq!(serde_json::to_value(&text).unwrap(), serde_json::json!(s));
            assert_eq!(
                serde_json::to_string_pretty(&vec![text.clone()]).unwrap(),
                serde_json::to_string_pretty(&vec![s]).unwrap()
            );
            let back: Text = serde_json::from_str(&serde_json::to_string(s).unwrap()).unwrap();
            assert_eq!(back, text);
            assert_eq!(&*back, s);
        }
    }
}
