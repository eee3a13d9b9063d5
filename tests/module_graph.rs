//! The dependency rule of `src/` (README, "Layout and dependency rule"), checked on the source text:
//! - no import cycle among `src/` modules (a module is a file; an import is a `crate::a::b` path, resolved to the
//!   longest path that is a file; a unit test's code does not count);
//! - no actix handler outside `routes/` (and `startup.rs`, which binds them);
//! - the domain (`hooks/`, `dtr/`, `policy/`, `crd/`) never names the application state, `routes` or actix;
//! - only `routes/` and `startup.rs` import `state.rs`, only `startup.rs` imports `routes/`, nothing `startup.rs`.
//!
//! Hand-written rather than a crate: no maintained crate reads a crate's module graph without compiling it, and
//! this rule is a few dozen lines of text matching. The first test shows the checker finds a cycle it is given.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

/// Every `.rs` file under `dir`, by module path (`hooks/mod.rs` is `hooks`, `lib.rs` the crate root `[]`).
fn modules(dir: &Path) -> BTreeMap<Module, PathBuf> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<Module, PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).unwrap().with_extension("");
                let mut parts: Module = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().to_string())
                    .collect();
                if matches!(
                    parts.last().map(String::as_str),
                    Some("mod" | "lib" | "main")
                ) {
                    parts.pop();
                }
                out.insert(parts, path);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The code of a file without its `#[cfg(test)]` part and without `//` comments.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a file's code names through `crate::` paths (including `use crate::{a, b::c}` groups).
fn imports(text: &str, known: &BTreeSet<Module>) -> BTreeSet<Module> {
    let resolve = |path: &str| -> Option<Module> {
        let parts: Module = path
            .split("::")
            .map(|p| p.trim().to_string())
            .take_while(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'))
            .collect();
        (1..=parts.len())
            .rev()
            .map(|k| parts[..k].to_vec())
            .find(|m| known.contains(m))
    };
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                out.extend(resolve(item));
            }
        } else {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            out.extend(resolve(&rest[..end]));
        }
    }
    out
}

/// The strongly connected components of more than one module (Tarjan).
fn cycles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Tarjan<'a> {
        graph: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on: BTreeSet<&'a Module>,
        out: Vec<Vec<Module>>,
    }
    impl<'a> Tarjan<'a> {
        fn strong(&mut self, v: &'a Module) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.strong(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on.remove(w);
                    component.push(w.clone());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.out.push(component);
                }
            }
        }
    }
    let mut t = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v) {
            t.strong(v);
        }
    }
    t.out
}

fn graph_of(dir: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let files = modules(dir);
    let known: BTreeSet<Module> = files.keys().cloned().collect();
    files
        .iter()
        .filter(|(m, _)| !m.is_empty())
        .map(|(m, path)| {
            let text = code(&std::fs::read_to_string(path).unwrap());
            let targets = imports(&text, &known)
                .into_iter()
                .filter(|t| t != m && !t.is_empty())
                .collect();
            (m.clone(), targets)
        })
        .collect()
}

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_checker_finds_a_cycle_it_is_given() {
    let dir = std::env::temp_dir().join(format!("module-graph-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("lib.rs"), "pub mod a;\npub mod b;\n").unwrap();
    std::fs::write(dir.join("a.rs"), "use crate::b::c::Thing;\n").unwrap();
    std::fs::write(dir.join("b/mod.rs"), "pub mod c;\n").unwrap();
    std::fs::write(
        dir.join("b/c.rs"),
        "use crate::{a, b};\n// crate::nothing\n#[cfg(test)]\nmod t { use crate::x; }\n",
    )
    .unwrap();
    let found = cycles(&graph_of(&dir));
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(found.len(), 1, "{found:?}");
    let mut names: Vec<String> = found[0].iter().map(|m| m.join("/")).collect();
    names.sort();
    assert_eq!(names, ["a", "b/c"]);
}

#[test]
fn src_has_no_import_cycle() {
    let found: Vec<Vec<String>> = cycles(&graph_of(&src()))
        .into_iter()
        .map(|c| c.iter().map(|m| m.join("/")).collect())
        .collect();
    assert!(
        found.is_empty(),
        "import cycles among src/ modules: {found:?}"
    );
}

#[test]
fn handlers_live_in_routes_and_the_domain_knows_no_http_or_state() {
    let mut problems = Vec::new();
    for (module, path) in modules(&src()) {
        let text = code(&std::fs::read_to_string(&path).unwrap());
        let top = module.first().map(String::as_str).unwrap_or_default();
        let name = module.join("/");
        let is_http = matches!(top, "routes" | "startup" | "telemetry") || module.is_empty();
        if !is_http && (text.contains("HttpResponse") || text.contains("web::Data<")) {
            problems.push(format!(
                "{name}: an actix handler or response outside routes/"
            ));
        }
        let imported = imports(&text, &modules(&src()).keys().cloned().collect());
        let names = |m: &str| {
            imported
                .iter()
                .any(|i| i.first().map(String::as_str) == Some(m))
        };
        if names("state") && !matches!(top, "routes" | "startup" | "state") {
            problems.push(format!(
                "{name}: imports the application state (only routes/ and startup may)"
            ));
        }
        if names("routes") && !matches!(top, "routes" | "startup") {
            problems.push(format!("{name}: imports routes/ (only startup may)"));
        }
        if names("startup") && top != "startup" {
            problems.push(format!("{name}: imports startup"));
        }
        if matches!(top, "hooks" | "dtr" | "policy" | "crd") {
            for word in ["AppState", "crate::state", "crate::routes", "actix_web"] {
                if text.contains(word) {
                    problems.push(format!("{name}: the domain names {word}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
