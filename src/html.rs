//! HTML text for server-rendered pages, and the static files the pages load (compiled into the binary).

/// HTML-escapes text for an element's content or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A static file a page loads, compiled in: its path under the page's `static/`, content type, body and
/// `Cache-Control`.
pub struct StaticFile {
    pub path: &'static str,
    pub content_type: &'static str,
    pub body: &'static [u8],
    pub cache_control: &'static str,
}

/// For files whose name changes with their content (a vendored version directory).
pub const CACHE_IMMUTABLE: &str = "public, max-age=31536000, immutable";
