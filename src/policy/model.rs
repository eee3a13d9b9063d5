//! The policy file format: what a payer's written medical policy says, as data.
//!
//! Owns: the serde shape of `fhir-resources/policies/*.json`, loading and validation (a bad file names the file
//! and field), and the compiled [`PolicySet`] the evaluator reads. Adding a payer is adding a file here, never
//! Rust. Pure: reading the files is `crate::policy_files`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::codes::{Code, CodeEntry, CodeList, CodeSystem};
use super::text::Text;

/// One payer medical policy, as written in its JSON file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Policy {
    /// Stable id, also the file stem and the Questionnaire id (e.g. `bcbsla-00666`).
    pub id: String,
    pub payer: Payer,
    /// The payer's policy number (e.g. `00666`).
    pub number: String,
    pub title: String,
    pub effective: Effective,
    /// Where the text of the policy came from (a file under `fhir-resources/policies/sources/`).
    pub source: Source,
    /// The prior-authorization answer for an order this policy covers (`auth-needed` or `no-auth`).
    pub prior_auth: PriorAuth,
    /// The codes of the orders this policy decides on.
    pub codes: ServiceCodes,
    /// Named code lists the criteria refer to.
    pub value_sets: BTreeMap<String, ValueSetDef>,
    /// Criteria that apply to every order under this policy before any indication (e.g. a plan that is referred
    /// elsewhere). Met → the `then` outcome of the gate.
    #[serde(default)]
    pub gates: Vec<Gate>,
    pub indications: Vec<Indication>,
    /// What the policy says of every use that is not one of its indications.
    pub otherwise: Otherwise,
    /// How the policy's quotation of other documents (e.g. an NCD) was treated; shown to payer staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Payer {
    /// The value of the Organization identifier with system `https://crd.example.org/payer-id`.
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Effective {
    pub start: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Source {
    /// File name under `fhir-resources/policies/sources/`.
    pub document: String,
    pub citation: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PriorAuth {
    AuthNeeded,
    NoAuth,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServiceCodes {
    pub citation: String,
    pub lists: Vec<CodeListDef>,
    /// The diagnosis codes the policy's coding table lists (for display and validation of value sets).
    #[serde(default)]
    pub diagnoses: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CodeListDef {
    pub system: CodeSystem,
    pub include: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ValueSetDef {
    pub title: String,
    pub system: CodeSystem,
    pub include: Vec<String>,
    pub citation: String,
    /// Whether the policy text makes the list exhaustive. Open (the default reading of a policy): a code on the
    /// list decides *met*; a code off it is *unknown* (asked) unless another, disjoint list of the policy
    /// recognises it. Closed: a code off the list decides *not met*; `closedBy` quotes the sentence that closes it.
    pub closure: Closure,
    /// The seed sentence that makes a closed list exhaustive (required for `closed`, refused for `open`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_by: Option<String>,
}

/// Whether a value set is exhaustive (see [`ValueSetDef::closure`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Closure {
    Open,
    Closed,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Gate {
    pub id: Text,
    pub text: Text,
    pub citation: Text,
    pub test: Test,
    /// The outcome when the gate's test is met.
    pub then: GateOutcome,
    /// Asked when the chart cannot settle the gate: "yes" makes the gate met, "no" not met. Without it an
    /// unsettled gate still keeps the decision from contradicting it (see `eval`), but nothing is asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Question>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct GateOutcome {
    pub outcome: FixedOutcome,
    /// Plain words for the card (e.g. "Refer to the FEP Medical Policy Manual").
    pub reason: String,
}

/// Outcomes a policy can state without weighing criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FixedOutcome {
    /// Covered without weighing criteria (e.g. a use the policy calls standard of care).
    Covered,
    NotCovered,
    /// Reviewed case by case by the plan (e.g. a code off the fee schedule for a member under 21).
    Review,
    /// The policy makes no determination here (e.g. the member's plan follows another manual).
    NoDetermination,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Indication {
    pub id: Text,
    pub title: Text,
    pub citation: Text,
    /// Whether the order is for this indication (e.g. a diagnosis in the indication's list, or the ordered drug).
    pub applies_when: Test,
    /// Every criterion must be met for coverage; any exclusion met makes the order not covered.
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub exclusions: Vec<Criterion>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Criterion {
    pub id: Text,
    /// The criterion in plain words a clinician understands.
    pub text: Text,
    /// The section of the source policy it comes from.
    pub citation: Text,
    pub test: Test,
    /// The questionnaire item that asks for it when the chart is silent.
    pub question: Question,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Question {
    pub link_id: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Otherwise {
    pub outcome: FixedOutcome,
    pub reason: Text,
    pub citation: Text,
}

/// What a chart that does not mention something means for a presence test.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IfAbsent {
    /// The chart is silent: the criterion is unknown and the questionnaire asks (the default).
    #[default]
    Unknown,
    /// The chart is the record of this fact: its absence means the criterion is not met.
    NotMet,
}

/// A test over the patient's chart and the order, evaluated three-valued (met / not met / unknown).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub enum Test {
    /// All must be met (Kleene AND).
    All(Vec<Test>),
    /// One must be met (Kleene OR).
    Any(Vec<Test>),
    Not(Box<Test>),
    /// An active Condition, or the order's own reason, coded in the value set.
    Diagnosis {
        #[serde(rename = "valueSet")]
        value_set: String,
        #[serde(default, rename = "ifAbsent")]
        if_absent: IfAbsent,
    },
    /// The drug ordered with the pump (a MedicationRequest in the same draft orders) is in the value set.
    OrderedDrug {
        #[serde(rename = "valueSet")]
        value_set: String,
        #[serde(default, rename = "ifAbsent")]
        if_absent: IfAbsent,
    },
    /// A medication the patient takes or took (MedicationStatement / MedicationRequest) is in the value set.
    MedicationHistory {
        #[serde(rename = "valueSet")]
        value_set: String,
        #[serde(default, rename = "ifAbsent")]
        if_absent: IfAbsent,
    },
    /// An AllergyIntolerance to a substance in the value set.
    Intolerance {
        #[serde(rename = "valueSet")]
        value_set: String,
        #[serde(default, rename = "ifAbsent")]
        if_absent: IfAbsent,
    },
    /// A completed Procedure coded in the value set.
    Procedure {
        #[serde(rename = "valueSet")]
        value_set: String,
        #[serde(default, rename = "ifAbsent")]
        if_absent: IfAbsent,
    },
    /// The route the pump will deliver by (the ordered drug's route; an intraspinal pump CPT code means
    /// intraspinal) is one of `routes`.
    PlannedRoute {
        routes: Vec<crate::policy::facts::Route>,
        #[serde(default, rename = "ifAbsent")]
        if_absent: IfAbsent,
    },
    /// A completed trial (Procedure in `trialProcedures`) by the same route as the planned pump, with pain
    /// reduced by more than (or at least, when `inclusive`) `minReductionPercent`, from the last LOINC 72514-3
    /// score before the trial to the lowest score from the trial until `windowHours` after it. With
    /// `substances`, the procedure is a trial only of what the policy names: what the chart says was injected
    /// (the trial dose's MedicationAdministration, `Procedure.usedCode`) must be in that value set; when the
    /// chart does not say, the trial is unknown (asked).
    TrialPainReduction {
        #[serde(rename = "trialProcedures")]
        trial_procedures: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        substances: Option<String>,
        #[serde(rename = "minReductionPercent")]
        min_reduction_percent: f64,
        #[serde(default)]
        inclusive: bool,
        #[serde(rename = "windowHours")]
        window_hours: u32,
    },
    /// The patient's age in whole years on the order date.
    Age {
        #[serde(default, rename = "atLeast", skip_serializing_if = "Option::is_none")]
        at_least: Option<u32>,
        #[serde(default, rename = "below", skip_serializing_if = "Option::is_none")]
        below: Option<u32>,
    },
    /// The Coverage has a class of this type (e.g. `plan`) whose value or name names `value` (e.g. `FEP`) or
    /// one of `aliases` (e.g. `Federal Employee Program`) as whole words, in any case: `FEP Blue Standard`
    /// names FEP; `FEPX` does not.
    CoverageClass {
        #[serde(rename = "type")]
        class_type: String,
        value: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        aliases: Vec<String>,
    },
    /// The ordered service or device code is in the value set.
    OrderCode {
        #[serde(rename = "valueSet")]
        value_set: String,
    },
    /// A pump is already implanted: a completed procedure in `implantations` with no completed procedure in
    /// `removals` on or after it. (An implantation order for such a patient is a replacement.)
    ImplantInPlace {
        implantations: String,
        removals: String,
        #[serde(default, rename = "ifAbsent")]
        if_absent: IfAbsent,
    },
    /// Only the clinician can tell (e.g. "psychological evaluation done"): answered in the questionnaire.
    Attested {},
    /// A request the payer, not the clinician, decides (e.g. a medical director's case-by-case waiver): unknown
    /// until answered; "yes" counts as met for the test but turns a decision that would be `covered` into
    /// `review` (prior authorization, the plan decides).
    Review {
        #[serde(rename = "linkId")]
        link_id: String,
        text: String,
    },
    /// A questionnaire item of its own inside a larger test (e.g. "the medical director waived the trial"):
    /// unknown until answered.
    Answer {
        #[serde(rename = "linkId")]
        link_id: String,
        text: String,
    },
    /// The order's own stated reason (reasonCode, or the Conditions reasonReference points to) is in the value
    /// set; unlike `diagnosis`, other problems on the chart do not count.
    OrderReason {
        #[serde(rename = "valueSet")]
        value_set: String,
        #[serde(default, rename = "ifAbsent")]
        if_absent: IfAbsent,
    },
}

/// A value set ready for the evaluator.
#[derive(Debug, Clone)]
pub struct CompiledSet {
    pub list: CodeList,
    pub title: String,
    pub closed: bool,
    /// The policy's lists of the same code system that share no code with this one (title, list).
    recognisers: Vec<(String, CodeList)>,
}

impl CompiledSet {
    /// The title of a disjoint list that recognises `code` as something else.
    pub fn recognised_elsewhere(&self, code: &Code) -> Option<&str> {
        self.recognisers
            .iter()
            .find(|(_, list)| list.contains(code))
            .map(|(title, _)| title.as_str())
    }
}

/// A validated, compiled policy: the file plus its parsed code lists.
#[derive(Debug, Clone)]
pub struct CompiledPolicy {
    pub policy: Policy,
    pub service_codes: Vec<CodeList>,
    pub value_sets: BTreeMap<String, CodeList>,
    /// For each open value set, the policy's other lists of the same code system that share no code with it, by
    /// name: a code on one of those is recognised as something else, so it is *not* a member (see `eval`).
    pub disjoint: BTreeMap<String, Vec<String>>,
    /// Every value set as the evaluator reads it, found with one lookup (list, title, closure, recognisers).
    sets: BTreeMap<String, CompiledSet>,
    /// What an unknown name reads as: an open, empty list (validation refuses unknown names).
    no_set: CompiledSet,
}

impl CompiledPolicy {
    /// Whether the ordered code is one this policy decides on.
    pub fn covers_code(&self, code: &Code) -> bool {
        self.service_codes.iter().any(|l| l.contains(code))
    }

    /// Where `code` appears in the policy: its service codes, or one of its named value sets.
    pub fn code_matches(&self, code: &str) -> Vec<String> {
        let code = code.trim();
        let mut found = Vec::new();
        if self
            .service_codes
            .iter()
            .any(|l| l.contains(&Code::new(l.system, code)))
        {
            found.push("service codes".to_string());
        }
        for (name, list) in &self.value_sets {
            if list.contains(&Code::new(list.system, code)) {
                let title = self
                    .policy
                    .value_sets
                    .get(name)
                    .map_or(name.as_str(), |v| v.title.as_str());
                found.push(format!("value set “{title}”"));
            }
        }
        found
    }

    /// Whether the policy's Questionnaire asks item `link_id`: a criterion, a gate's question, an `answer` or
    /// `review` leaf, the indication (`indication:{id}` as the engine reads the choice).
    pub fn asks(&self, link_id: &str) -> bool {
        if let Some(id) = link_id.strip_prefix("indication:") {
            return self.policy.indications.iter().any(|i| i.id == id);
        }
        let mut leaves = Vec::new();
        for gate in &self.policy.gates {
            if gate.question.as_ref().is_some_and(|q| q.link_id == link_id) {
                return true;
            }
            answer_leaves(&gate.test, &mut leaves);
        }
        for ind in &self.policy.indications {
            answer_leaves(&ind.applies_when, &mut leaves);
            for c in ind.criteria.iter().chain(ind.exclusions.iter()) {
                if c.question.link_id == link_id {
                    return true;
                }
                answer_leaves(&c.test, &mut leaves);
            }
        }
        leaves.iter().any(|(l, _)| l == link_id)
    }

    /// Whether the policy text closes this value set (an unknown name is open: never a denial).
    pub fn is_closed(&self, name: &str) -> bool {
        self.policy
            .value_sets
            .get(name)
            .is_some_and(|v| v.closure == Closure::Closed)
    }

    /// The title of the value set, disjoint from the open set `name`, that recognises `code` as something else.
    pub fn recognised_elsewhere(&self, name: &str, code: &Code) -> Option<&str> {
        self.set(name).recognised_elsewhere(code)
    }

    /// A value set by name, as the evaluator reads it.
    pub fn set(&self, name: &str) -> &CompiledSet {
        self.sets.get(name).unwrap_or(&self.no_set)
    }

    pub fn value_set(&self, name: &str) -> &CodeList {
        // Validation guarantees every referenced name exists; an empty list is the harmless fallback.
        static EMPTY: CodeList = CodeList {
            system: CodeSystem::Cpt,
            entries: Vec::new(),
        };
        self.value_sets.get(name).unwrap_or(&EMPTY)
    }

    /// Every criterion of the policy with its questionnaire item, in policy order.
    pub fn criteria(&self) -> impl Iterator<Item = &Criterion> {
        self.policy
            .indications
            .iter()
            .flat_map(|i| i.criteria.iter().chain(i.exclusions.iter()))
    }
}

/// All loaded policies, indexed by payer id.
#[derive(Debug, Clone, Default)]
pub struct PolicySet {
    policies: Vec<CompiledPolicy>,
}

/// A policy file that cannot be used, naming the file and the field.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {field}: {message}")]
pub struct PolicyError {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl PolicySet {
    /// A set from compiled policies; two policies with one id are an error.
    pub fn from_compiled(policies: Vec<CompiledPolicy>) -> Result<PolicySet, Vec<PolicyError>> {
        let mut seen = BTreeSet::new();
        let errors: Vec<PolicyError> = policies
            .iter()
            .filter(|p| !seen.insert(p.policy.id.clone()))
            .map(|p| PolicyError {
                file: p.policy.id.clone(),
                field: "id".into(),
                message: "two policy files share this id".into(),
            })
            .collect();
        if errors.is_empty() {
            Ok(PolicySet { policies })
        } else {
            Err(errors)
        }
    }

    pub fn all(&self) -> &[CompiledPolicy] {
        &self.policies
    }

    pub fn get(&self, id: &str) -> Option<&CompiledPolicy> {
        self.policies.iter().find(|p| p.policy.id == id)
    }

    /// The policy in force for a payer on a date.
    pub fn for_payer(&self, payer_id: &str, on: NaiveDate) -> Option<&CompiledPolicy> {
        self.policies.iter().find(|p| {
            p.policy.payer.id == payer_id
                && p.policy.effective.start <= on
                && p.policy.effective.end.is_none_or(|end| on <= end)
        })
    }

    pub fn knows_payer(&self, payer_id: &str) -> bool {
        self.policies.iter().any(|p| p.policy.payer.id == payer_id)
    }
}

/// Parses and validates one policy file's text.
pub fn compile_policy(file: &str, text: &str) -> Result<CompiledPolicy, Vec<PolicyError>> {
    let err = |field: &str, message: String| PolicyError {
        file: file.to_string(),
        field: field.to_string(),
        message,
    };
    let policy: Policy = serde_json::from_str(text).map_err(|e| {
        vec![err(
            &format!("line {} column {}", e.line(), e.column()),
            e.to_string(),
        )]
    })?;
    let mut errors = Vec::new();
    if policy.id.trim().is_empty() {
        errors.push(err("id", "must not be empty".into()));
    }
    if policy.payer.id.trim().is_empty() {
        errors.push(err("payer.id", "must not be empty".into()));
    }
    if let Some(end) = policy.effective.end {
        if end < policy.effective.start {
            errors.push(err("effective.end", "is before effective.start".into()));
        }
    }
    let mut service_codes = Vec::new();
    for (i, list) in policy.codes.lists.iter().enumerate() {
        match CodeList::parse(list.system, &list.include) {
            Ok(l) => service_codes.push(l),
            Err(m) => errors.push(err(&format!("codes.lists[{i}].include"), m)),
        }
    }
    if service_codes.iter().all(|l| l.entries.is_empty()) {
        errors.push(err(
            "codes.lists",
            "the policy must list the codes it decides on".into(),
        ));
    }
    let mut value_sets = BTreeMap::new();
    for (name, vs) in &policy.value_sets {
        if vs.include.is_empty() {
            errors.push(err(&format!("valueSets.{name}.include"), "is empty".into()));
        }
        let closed_by = vs.closed_by.as_deref().map(str::trim).unwrap_or_default();
        match vs.closure {
            Closure::Closed if closed_by.is_empty() => errors.push(err(
                &format!("valueSets.{name}.closedBy"),
                "a closed list quotes the policy sentence that makes it exhaustive".into(),
            )),
            Closure::Open if !closed_by.is_empty() => errors.push(err(
                &format!("valueSets.{name}.closedBy"),
                "an open list has no closing sentence (set closure to closed, or remove closedBy)"
                    .into(),
            )),
            _ => {}
        }
        match CodeList::parse(vs.system, &vs.include) {
            Ok(l) => {
                value_sets.insert(name.clone(), l);
            }
            Err(m) => errors.push(err(&format!("valueSets.{name}.include"), m)),
        }
    }
    let mut ids = BTreeSet::new();
    let mut link_ids = BTreeSet::new();
    for (gi, gate) in policy.gates.iter().enumerate() {
        check_test(
            &gate.test,
            &policy,
            &format!("gates[{gi}].test"),
            &mut errors,
            file,
        );
        if let Some(q) = &gate.question {
            if q.link_id.trim().is_empty() || q.text.trim().is_empty() {
                errors.push(err(
                    &format!("gates[{gi}].question"),
                    "needs linkId and text".into(),
                ));
            }
            if !link_ids.insert(q.link_id.clone()) {
                errors.push(err(
                    &format!("gates[{gi}].question.linkId"),
                    format!("duplicate linkId '{}'", q.link_id),
                ));
            }
        }
    }
    for (ii, ind) in policy.indications.iter().enumerate() {
        let at = format!("indications[{ii}]");
        if !ids.insert(ind.id.clone()) {
            errors.push(err(
                &format!("{at}.id"),
                format!("duplicate id '{}'", ind.id),
            ));
        }
        check_test(
            &ind.applies_when,
            &policy,
            &format!("{at}.appliesWhen"),
            &mut errors,
            file,
        );
        if ind.criteria.is_empty() {
            errors.push(err(
                &format!("{at}.criteria"),
                "an indication needs criteria".into(),
            ));
        }
        for (kind, list) in [("criteria", &ind.criteria), ("exclusions", &ind.exclusions)] {
            for (ci, c) in list.iter().enumerate() {
                let at = format!("{at}.{kind}[{ci}]");
                if !ids.insert(c.id.clone()) {
                    errors.push(err(&format!("{at}.id"), format!("duplicate id '{}'", c.id)));
                }
                if c.citation.trim().is_empty() {
                    errors.push(err(
                        &format!("{at}.citation"),
                        "every criterion cites its source".into(),
                    ));
                }
                if c.question.link_id.trim().is_empty() || c.question.text.trim().is_empty() {
                    errors.push(err(
                        &format!("{at}.question"),
                        "needs linkId and text".into(),
                    ));
                }
                // One questionnaire item may serve the same criterion in two indications only if the
                // criterion id differs; linkIds must be unique within the policy's questionnaire.
                if !link_ids.insert(c.question.link_id.clone()) {
                    errors.push(err(
                        &format!("{at}.question.linkId"),
                        format!("duplicate linkId '{}'", c.question.link_id),
                    ));
                }
                check_test(&c.test, &policy, &format!("{at}.test"), &mut errors, file);
            }
        }
    }
    if policy.indications.is_empty() {
        errors.push(err(
            "indications",
            "a policy needs at least one indication".into(),
        ));
    }
    if errors.is_empty() {
        let disjoint = disjoint_lists(&policy, &value_sets);
        let sets = value_sets
            .iter()
            .filter_map(|(name, list)| {
                let def = policy.value_sets.get(name)?;
                let recognisers = disjoint
                    .get(name)
                    .into_iter()
                    .flatten()
                    .filter_map(|o| {
                        Some((
                            policy.value_sets.get(o)?.title.clone(),
                            value_sets.get(o)?.clone(),
                        ))
                    })
                    .collect();
                Some((
                    name.clone(),
                    CompiledSet {
                        list: list.clone(),
                        title: def.title.clone(),
                        closed: def.closure == Closure::Closed,
                        recognisers,
                    },
                ))
            })
            .collect();
        let no_set = CompiledSet {
            list: CodeList {
                system: CodeSystem::Cpt,
                entries: Vec::new(),
            },
            title: String::new(),
            closed: false,
            recognisers: Vec::new(),
        };
        Ok(CompiledPolicy {
            policy,
            service_codes,
            value_sets,
            disjoint,
            sets,
            no_set,
        })
    } else {
        Err(errors)
    }
}

/// For each open list, the other lists of its code system that share no code with it. Two lists overlap when
/// one matches a code the other names (a single code, or either bound of a range): exact for single codes and
/// for ranges of equal-length bounds, which is what policy files hold.
fn disjoint_lists(
    policy: &Policy,
    lists: &BTreeMap<String, CodeList>,
) -> BTreeMap<String, Vec<String>> {
    fn named(list: &CodeList) -> Vec<Code> {
        list.entries
            .iter()
            .flat_map(|e| match e {
                CodeEntry::Single(c) => vec![c.clone()],
                CodeEntry::Range(lo, hi) => vec![lo.clone(), hi.clone()],
            })
            .map(|c| Code {
                system: list.system,
                code: c,
            })
            .collect()
    }
    let overlap = |a: &CodeList, b: &CodeList| {
        named(a).iter().any(|c| b.contains(c)) || named(b).iter().any(|c| a.contains(c))
    };
    lists
        .iter()
        .filter(|(name, _)| {
            policy
                .value_sets
                .get(*name)
                .is_some_and(|v| v.closure == Closure::Open)
        })
        .map(|(name, list)| {
            let others = lists
                .iter()
                .filter(|(other, l)| *other != name && l.system == list.system && !overlap(list, l))
                .map(|(other, _)| other.clone())
                .collect();
            (name.clone(), others)
        })
        .collect()
}

/// The `answer` and `review` leaves inside a test: (linkId, text), in order.
pub fn answer_leaves(test: &Test, out: &mut Vec<(String, String)>) {
    match test {
        Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| answer_leaves(t, out)),
        Test::Not(t) => answer_leaves(t, out),
        Test::Answer { link_id, text } | Test::Review { link_id, text } => {
            out.push((link_id.clone(), text.clone()))
        }
        _ => {}
    }
}

fn check_test(test: &Test, policy: &Policy, at: &str, errors: &mut Vec<PolicyError>, file: &str) {
    let mut need = |name: &str, system: CodeSystem, field: &str| match policy.value_sets.get(name) {
        None => errors.push(PolicyError {
            file: file.into(),
            field: format!("{at}.{field}"),
            message: format!("unknown value set '{name}'"),
        }),
        Some(vs) if vs.system != system => errors.push(PolicyError {
            file: file.into(),
            field: format!("{at}.{field}"),
            message: format!(
                "value set '{name}' is {}, this test needs {}",
                vs.system.short_name(),
                system.short_name()
            ),
        }),
        Some(_) => {}
    };
    match test {
        Test::All(ts) | Test::Any(ts) => {
            if ts.is_empty() {
                errors.push(PolicyError {
                    file: file.into(),
                    field: at.into(),
                    message: "all/any needs at least one test".into(),
                });
            }
            for (i, t) in ts.iter().enumerate() {
                check_test(t, policy, &format!("{at}[{i}]"), errors, file);
            }
        }
        Test::Not(t) => check_test(t, policy, &format!("{at}.not"), errors, file),
        Test::Diagnosis { value_set, .. } | Test::OrderReason { value_set, .. } => {
            need(value_set, CodeSystem::Icd10Cm, "valueSet")
        }
        Test::OrderedDrug { value_set, .. }
        | Test::MedicationHistory { value_set, .. }
        | Test::Intolerance { value_set, .. } => need(value_set, CodeSystem::Rxnorm, "valueSet"),
        Test::Procedure { value_set, .. } => need(value_set, CodeSystem::Cpt, "valueSet"),
        Test::TrialPainReduction {
            trial_procedures,
            substances,
            min_reduction_percent,
            window_hours,
            ..
        } => {
            need(trial_procedures, CodeSystem::Cpt, "trialProcedures");
            if let Some(substances) = substances {
                need(substances, CodeSystem::Rxnorm, "substances");
            }
            if !(1..=8760).contains(window_hours) {
                errors.push(PolicyError {
                    file: file.into(),
                    field: format!("{at}.windowHours"),
                    message: "must be between 1 and 8760 (a year)".into(),
                });
            }
            if !(0.0..=100.0).contains(min_reduction_percent) {
                errors.push(PolicyError {
                    file: file.into(),
                    field: format!("{at}.minReductionPercent"),
                    message: "must be between 0 and 100".into(),
                });
            }
        }
        Test::OrderCode { value_set } => match policy.value_sets.get(value_set) {
            Some(vs) if matches!(vs.system, CodeSystem::Cpt | CodeSystem::Hcpcs) => {}
            Some(_) => errors.push(PolicyError {
                file: file.into(),
                field: format!("{at}.valueSet"),
                message: "an order-code value set must be CPT or HCPCS".into(),
            }),
            None => errors.push(PolicyError {
                file: file.into(),
                field: format!("{at}.valueSet"),
                message: format!("unknown value set '{value_set}'"),
            }),
        },
        Test::PlannedRoute { routes, .. } => {
            if routes.is_empty() {
                errors.push(PolicyError {
                    file: file.into(),
                    field: format!("{at}.routes"),
                    message: "plannedRoute needs at least one route".into(),
                });
            }
        }
        Test::Age { at_least, below } => {
            if at_least.is_none() && below.is_none() {
                errors.push(PolicyError {
                    file: file.into(),
                    field: at.into(),
                    message: "age needs atLeast or below".into(),
                });
            }
        }
        Test::ImplantInPlace {
            implantations,
            removals,
            ..
        } => {
            need(implantations, CodeSystem::Cpt, "implantations");
            need(removals, CodeSystem::Cpt, "removals");
        }
        Test::CoverageClass { .. } | Test::Attested {} => {}
        Test::Answer { link_id, text } | Test::Review { link_id, text } => {
            if link_id.trim().is_empty() || text.trim().is_empty() {
                errors.push(PolicyError {
                    file: file.into(),
                    field: at.into(),
                    message: "answer needs linkId and text".into(),
                });
            }
        }
    }
}
