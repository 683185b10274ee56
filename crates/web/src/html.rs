//! HTML helpers: escaping, isolated names, messages with markup inside, the small text
//! format of long fields (paragraphs and `* ` lists), and the headers every response gets.

use axum::http::{HeaderValue, header};
use axum::response::Response;
use sangam_i18n::{Arg, Lang, message};

/// Escapes text for HTML element content and attribute values, the way askama's templates
/// do, so a page escapes one way throughout.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&#38;"),
            '<' => out.push_str("&#60;"),
            '>' => out.push_str("&#62;"),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A user-supplied name, isolated so its direction cannot reorder the text around it.
pub fn bdi(name: &str) -> String {
    format!("<bdi>{}</bdi>", escape(name))
}

/// A message argument for [`t_html`].
pub enum HtmlArg<'a> {
    /// Plain text, escaped.
    Text(&'a str),
    /// A name people chose, escaped and isolated in `<bdi>`.
    Name(&'a str),
    /// Markup made by the caller (a link around a name), inserted as is.
    Html(String),
}

/// A message whose arguments may carry markup: the message is formatted with placeholders,
/// escaped, and the placeholders replaced by the arguments' HTML.
pub fn t_html(lang: Lang, id: &str, args: &[(&str, HtmlArg<'_>)]) -> String {
    let mut fluent_args: Vec<(&str, Arg<'_>)> = Vec::with_capacity(args.len());
    let mut inserts: Vec<(String, String)> = Vec::new();
    for (i, (name, arg)) in args.iter().enumerate() {
        match arg {
            HtmlArg::Text(s) => fluent_args.push((name, Arg::from(*s))),
            HtmlArg::Name(s) => {
                let mark = format!("\u{E000}{i}\u{E001}");
                inserts.push((mark.clone(), bdi(s)));
                fluent_args.push((name, Arg::from(mark)));
            }
            HtmlArg::Html(h) => {
                let mark = format!("\u{E000}{i}\u{E001}");
                inserts.push((mark.clone(), h.clone()));
                fluent_args.push((name, Arg::from(mark)));
            }
        }
    }
    let mut out = escape(&message(lang, id, &fluent_args));
    for (mark, html) in inserts {
        out = out.replace(&mark, &html);
    }
    out
}

/// A link to a person's Meta-Wiki user page, the name isolated.
pub fn user_link(name: &str) -> String {
    let title = sangam_core::affiliate::percent_encode_path(&name.replace(' ', "_"));
    format!(
        "<a href=\"https://meta.wikimedia.org/wiki/User:{title}\"><bdi>{}</bdi></a>",
        escape(name)
    )
}

/// Renders a long text: blank lines separate paragraphs, a paragraph whose lines all
/// start with `* ` is a list, and single line breaks are kept.
pub fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for block in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.iter().all(|l| l.starts_with("* ")) {
            out.push_str("<ul>");
            for l in lines {
                out.push_str("<li>");
                out.push_str(&escape(l.trim_start_matches("* ")));
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        } else {
            out.push_str("<p>");
            out.push_str(
                &lines
                    .iter()
                    .map(|l| escape(l))
                    .collect::<Vec<_>>()
                    .join("<br>"),
            );
            out.push_str("</p>");
        }
    }
    out
}

/// Headers every response carries. The policy allows no script at all: pages need none,
/// and any that slipped into user text could not run.
pub async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self' https://upload.wikimedia.org; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ));
    h.entry(header::X_CONTENT_TYPE_OPTIONS)
        .or_insert(HeaderValue::from_static("nosniff"));
    h.entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("same-origin"));
    h.entry(header::X_FRAME_OPTIONS)
        .or_insert(HeaderValue::from_static("DENY"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_shown_as_text() {
        assert_eq!(
            escape("<script>alert('x')</script>"),
            "&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;"
        );
        assert_eq!(
            paragraphs("a <b>\n\n* one\n* <two>"),
            "<p>a &#60;b&#62;</p><ul><li>one</li><li>&#60;two&#62;</li></ul>"
        );
    }

    #[test]
    fn names_are_isolated_inside_messages() {
        let html = t_html(
            Lang::EN,
            "nav-signed-in-as",
            &[("username", HtmlArg::Name("علی<b>"))],
        );
        assert_eq!(html, "Signed in as <bdi>علی&#60;b&#62;</bdi>");
    }
}
