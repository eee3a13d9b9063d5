//! The app's static files, compiled into the binary so `crd-server serve` needs nothing beside it.
//!
//! LHC-Forms (npm `lforms`, the NLM's SDC renderer) is vendored in `web/vendor/lforms-{version}/` from the npm
//! package by `scripts/vendor-lforms.sh`; a test checks the files equal the package's (`tests/browser/`).

use crate::html::{StaticFile, CACHE_IMMUTABLE};

/// The LHC-Forms version vendored (its directory under `/smart/static/`).
pub const LFORMS_VERSION: &str = "40.1.3";

/// The app page; `<!--HANDOFF-->` is replaced by the callback's token hand-off block.
pub const APP_HTML: &str = include_str!("../../web/smart/app.html");

/// The files under `/smart/static/`.
pub const FILES: &[StaticFile] = &[
    StaticFile {
        path: "app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../web/smart/app.js"),
        cache_control: "public, max-age=300",
    },
    StaticFile {
        path: "app.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../web/smart/app.css"),
        cache_control: "public, max-age=300",
    },
    StaticFile {
        path: "lforms-40.1.3/zone.min.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../web/vendor/lforms-40.1.3/zone.min.js"),
        cache_control: CACHE_IMMUTABLE,
    },
    StaticFile {
        path: "lforms-40.1.3/lhc-forms.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../web/vendor/lforms-40.1.3/lhc-forms.js"),
        cache_control: CACHE_IMMUTABLE,
    },
    StaticFile {
        path: "lforms-40.1.3/lformsFHIR.min.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../web/vendor/lforms-40.1.3/lformsFHIR.min.js"),
        cache_control: CACHE_IMMUTABLE,
    },
    StaticFile {
        path: "lforms-40.1.3/styles.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../web/vendor/lforms-40.1.3/styles.css"),
        cache_control: CACHE_IMMUTABLE,
    },
    StaticFile {
        path: "lforms-40.1.3/down_arrow_gray_10_10.png",
        content_type: "image/png",
        body: include_bytes!("../../web/vendor/lforms-40.1.3/down_arrow_gray_10_10.png"),
        cache_control: CACHE_IMMUTABLE,
    },
    StaticFile {
        path: "lforms-40.1.3/magnifying_glass.png",
        content_type: "image/png",
        body: include_bytes!("../../web/vendor/lforms-40.1.3/magnifying_glass.png"),
        cache_control: CACHE_IMMUTABLE,
    },
];
