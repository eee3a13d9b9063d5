//! Code systems and code-list matching for policy data.
//!
//! Owns: the canonical code-system URIs the wire contract fixes, normalisation of codes (ICD-10-CM with or
//! without the dot) and membership tests for code lists written as single codes and inclusive ranges.
//! Pure: no I/O.

use serde::{Deserialize, Serialize};

pub const CPT: &str = "http://www.ama-assn.org/go/cpt";
pub const HCPCS: &str = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
/// Blue Button's HCPCS system, which the wire contract accepts as a synonym of [`HCPCS`].
pub const HCPCS_BLUE_BUTTON: &str = "https://bluebutton.cms.gov/resources/codesystem/hcpcs";
/// HCPCS with an `https` scheme, as the Da Vinci CRD reference implementation writes it.
pub const HCPCS_HTTPS: &str = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
pub const ICD10CM: &str = "http://hl7.org/fhir/sid/icd-10-cm";
pub const LOINC: &str = "http://loinc.org";
pub const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";
pub const SNOMED: &str = "http://snomed.info/sct";

/// The code systems a policy file may name, by short name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum CodeSystem {
    Cpt,
    Hcpcs,
    #[serde(rename = "icd-10-cm")]
    Icd10Cm,
    Loinc,
    Rxnorm,
    Snomed,
}

impl CodeSystem {
    pub fn uri(self) -> &'static str {
        match self {
            CodeSystem::Cpt => CPT,
            CodeSystem::Hcpcs => HCPCS,
            CodeSystem::Icd10Cm => ICD10CM,
            CodeSystem::Loinc => LOINC,
            CodeSystem::Rxnorm => RXNORM,
            CodeSystem::Snomed => SNOMED,
        }
    }

    /// Maps a FHIR `Coding.system` to a known system, accepting the synonyms the contract allows.
    pub fn from_uri(uri: &str) -> Option<CodeSystem> {
        match uri.trim_end_matches('/') {
            CPT => Some(CodeSystem::Cpt),
            HCPCS | HCPCS_BLUE_BUTTON | HCPCS_HTTPS => Some(CodeSystem::Hcpcs),
            ICD10CM => Some(CodeSystem::Icd10Cm),
            LOINC => Some(CodeSystem::Loinc),
            RXNORM => Some(CodeSystem::Rxnorm),
            SNOMED => Some(CodeSystem::Snomed),
            _ => None,
        }
    }

    pub fn short_name(self) -> &'static str {
        match self {
            CodeSystem::Cpt => "CPT",
            CodeSystem::Hcpcs => "HCPCS",
            CodeSystem::Icd10Cm => "ICD-10-CM",
            CodeSystem::Loinc => "LOINC",
            CodeSystem::Rxnorm => "RxNorm",
            CodeSystem::Snomed => "SNOMED CT",
        }
    }
}

/// A code in a known system, normalised so that comparisons are exact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Code {
    pub system: CodeSystem,
    pub code: String,
}

impl Code {
    pub fn new(system: CodeSystem, code: &str) -> Code {
        Code {
            system,
            code: normalize(system, code),
        }
    }

    /// Builds a code from a FHIR coding; `None` when the system is not one the policies use.
    pub fn from_coding(system: Option<&str>, code: Option<&str>) -> Option<Code> {
        let system = CodeSystem::from_uri(system?)?;
        let code = code?.trim();
        if code.is_empty() {
            return None;
        }
        Some(Code::new(system, code))
    }
}

/// ICD-10-CM codes arrive "with or without the dot" (wire contract) and in either case; other systems are
/// compared as written, trimmed.
pub fn normalize(system: CodeSystem, code: &str) -> String {
    match system {
        CodeSystem::Icd10Cm | CodeSystem::Hcpcs | CodeSystem::Cpt => code
            .trim()
            .chars()
            .filter(|c| *c != '.')
            .map(|c| c.to_ascii_uppercase())
            .collect(),
        _ => code.trim().to_string(),
    }
}

/// One entry of a code list: a single code (which also matches its ICD-10 descendants, e.g. `G83` matches
/// `G83.10`) or an inclusive range `A-B` whose bounds have the same length (matching any code whose prefix of
/// that length lies within the bounds, so `G83.0-G83.9` contains `G83.10`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeEntry {
    Single(String),
    Range(String, String),
}

impl CodeEntry {
    pub fn parse(system: CodeSystem, text: &str) -> Result<CodeEntry, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("empty code".into());
        }
        // RxNorm and SNOMED codes are numbers without ranges; a '-' inside a LOINC code is part of it.
        let rangeable = matches!(
            system,
            CodeSystem::Cpt | CodeSystem::Hcpcs | CodeSystem::Icd10Cm
        );
        match text.split_once('-') {
            Some((lo, hi)) if rangeable => {
                let (lo, hi) = (normalize(system, lo), normalize(system, hi));
                if lo.is_empty() || hi.is_empty() {
                    return Err(format!("range '{text}' has an empty bound"));
                }
                if lo.len() != hi.len() {
                    return Err(format!("range '{text}' has bounds of different lengths"));
                }
                if lo > hi {
                    return Err(format!("range '{text}' is reversed"));
                }
                Ok(CodeEntry::Range(lo, hi))
            }
            _ => Ok(CodeEntry::Single(normalize(system, text))),
        }
    }

    pub fn matches(&self, system: CodeSystem, code: &str) -> bool {
        match self {
            CodeEntry::Single(c) => match system {
                CodeSystem::Icd10Cm => code.starts_with(c.as_str()),
                _ => code == c,
            },
            CodeEntry::Range(lo, hi) => {
                // `get` and not indexing: a code from the wire may hold multi-byte characters.
                match code.get(..lo.len()) {
                    Some(head) => head >= lo.as_str() && head <= hi.as_str(),
                    None => false,
                }
            }
        }
    }
}

/// A named code list of one system, as written in a policy file (`include`) and parsed for matching.
#[derive(Debug, Clone)]
pub struct CodeList {
    pub system: CodeSystem,
    pub entries: Vec<CodeEntry>,
}

impl CodeList {
    pub fn parse(system: CodeSystem, include: &[String]) -> Result<CodeList, String> {
        let entries = include
            .iter()
            .map(|t| CodeEntry::parse(system, t))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(CodeList { system, entries })
    }

    pub fn contains(&self, code: &Code) -> bool {
        code.system == self.system
            && self
                .entries
                .iter()
                .any(|e| e.matches(self.system, &code.code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icd10_with_and_without_dot_match_ranges() {
        let list = CodeList::parse(
            CodeSystem::Icd10Cm,
            &["G89.21-G89.29".into(), "G89.4".into(), "G83.0-G83.9".into()],
        )
        .unwrap();
        for (code, expected) in [
            ("G89.4", true),
            ("g894", true),
            ("G89.22", true),
            ("G89.20", false),
            ("G83.10", true),
            ("G84", false),
            ("G89", false),
        ] {
            assert_eq!(
                list.contains(&Code::new(CodeSystem::Icd10Cm, code)),
                expected,
                "{code}"
            );
        }
    }

    #[test]
    fn cpt_ranges_and_hcpcs_synonym() {
        let list = CodeList::parse(CodeSystem::Cpt, &["62320-62327".into()]).unwrap();
        assert!(list.contains(&Code::new(CodeSystem::Cpt, "62323")));
        assert!(!list.contains(&Code::new(CodeSystem::Cpt, "62328")));
        assert_eq!(
            CodeSystem::from_uri(HCPCS_BLUE_BUTTON),
            Some(CodeSystem::Hcpcs)
        );
        assert_eq!(CodeSystem::from_uri(HCPCS_HTTPS), Some(CodeSystem::Hcpcs));
    }

    #[test]
    fn codes_with_multibyte_characters_do_not_match_and_do_not_panic() {
        let list = CodeList::parse(
            CodeSystem::Icd10Cm,
            &["G83.0-G83.9".into(), "G89.21-G89.29".into()],
        )
        .unwrap();
        for code in ["G89é", "G8é9", "Gé", "é", "🙂🙂🙂🙂🙂"] {
            assert!(
                !list.contains(&Code::new(CodeSystem::Icd10Cm, code)),
                "{code}"
            );
        }
    }

    #[test]
    fn bad_ranges_are_rejected() {
        assert!(CodeEntry::parse(CodeSystem::Cpt, "62327-62320").is_err());
        assert!(CodeEntry::parse(CodeSystem::Icd10Cm, "G89.2-G89.29").is_err());
        assert!(CodeEntry::parse(CodeSystem::Cpt, "").is_err());
    }
}
