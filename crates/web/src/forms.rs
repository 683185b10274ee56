//! Reading request bodies: URL-encoded forms for pages, JSON for the API. Both check the
//! content type and a size limit, and answer with the web layer's own errors so the reader
//! gets a message in their language.

use axum::body::Body;
use axum::http::{HeaderMap, header};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::error::WebError;

/// Bodies above this size are refused.
pub const BODY_LIMIT: usize = 512 * 1024;

fn content_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

async fn read(body: Body) -> Result<bytes::Bytes, WebError> {
    axum::body::to_bytes(body, BODY_LIMIT)
        .await
        .map_err(|_| WebError::PayloadTooLarge)
}

/// A submitted form: its fields in order (a field may repeat).
#[derive(Debug, Default, Clone)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A field as an owned string, if present.
    pub fn string(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_string)
    }

    /// The form read into `T`: a field that appears once is a string, one that repeats (the
    /// checked boxes of a list) a list of strings; [`checkbox`] and [`many`] read those. A
    /// form that cannot be read into `T` is a bad request.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, WebError> {
        let mut fields = serde_json::Map::new();
        for (name, value) in &self.0 {
            let value = serde_json::Value::String(value.clone());
            match fields.get_mut(name) {
                None => {
                    fields.insert(name.clone(), value);
                }
                Some(serde_json::Value::Array(values)) => values.push(value),
                Some(first) => *first = serde_json::Value::Array(vec![first.take(), value]),
            }
        }
        serde_json::from_value(serde_json::Value::Object(fields)).map_err(|e| {
            tracing::debug!(error = %e, "form does not fit its struct");
            WebError::BadRequest
        })
    }
}

/// A checkbox: checked when the field was sent at all, whatever its value (use with
/// `#[serde(default)]`).
pub fn checkbox<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    serde::de::IgnoredAny::deserialize(d).map(|_| true)
}

/// A field that may be sent any number of times: every value, in order.
pub fn many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(value) => vec![value],
        OneOrMany::Many(values) => values,
    })
}

pub async fn read_form(headers: &HeaderMap, body: Body) -> Result<FormData, WebError> {
    if content_type(headers) != "application/x-www-form-urlencoded" {
        return Err(WebError::UnsupportedMediaType);
    }
    let bytes = read(body).await?;
    Ok(FormData(
        form_urlencoded::parse(&bytes)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
    ))
}

pub async fn read_json<T: DeserializeOwned>(
    headers: &HeaderMap,
    body: Body,
) -> Result<T, WebError> {
    let ct = content_type(headers);
    if ct != "application/json" && !ct.ends_with("+json") {
        return Err(WebError::UnsupportedMediaType);
    }
    let bytes = read(body).await?;
    serde_json::from_slice(&bytes).map_err(|e| WebError::BadJson(e.to_string()))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[derive(Deserialize, Default, Debug)]
    #[serde(default)]
    struct Sample {
        title: String,
        note: Option<String>,
        #[serde(deserialize_with = "checkbox")]
        private: bool,
        #[serde(deserialize_with = "many")]
        role: Vec<String>,
        #[serde(flatten)]
        rest: BTreeMap<String, String>,
    }

    fn form(pairs: &[(&str, &str)]) -> FormData {
        FormData(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_form_reads_into_its_struct() {
        let sample: Sample = form(&[
            ("title", "Edit-a-thon"),
            ("private", "on"),
            ("role", "board"),
            ("role", "contact"),
            ("answer.0", "বাংলা"),
        ])
        .parse()
        .expect("the form fits");
        assert_eq!(sample.title, "Edit-a-thon");
        assert_eq!(sample.note, None);
        assert!(sample.private);
        assert_eq!(sample.role, ["board", "contact"]);
        assert_eq!(sample.rest.get("answer.0").map(String::as_str), Some("বাংলা"));
    }

    #[test]
    fn one_checked_box_is_a_list_of_one_and_none_is_empty() {
        let one: Sample = form(&[("role", "admin")]).parse().expect("fits");
        assert_eq!(one.role, ["admin"]);
        assert!(!one.private);
        let none: Sample = form(&[]).parse().expect("fits");
        assert!(none.role.is_empty());
        assert_eq!(none.title, "");
    }

    #[test]
    fn a_single_field_sent_twice_is_a_bad_request() {
        let twice = form(&[("title", "a"), ("title", "b")]).parse::<Sample>();
        assert!(matches!(twice, Err(WebError::BadRequest)));
    }
}
