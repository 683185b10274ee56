//! Reading request bodies: URL-encoded forms for pages, JSON for the API. Both check the
//! content type and a size limit, and answer with the web layer's own errors so the reader
//! gets a message in their language.

use axum::body::Body;
use axum::http::{HeaderMap, header};
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

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// A field as an owned string, if present.
    pub fn string(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_string)
    }
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
