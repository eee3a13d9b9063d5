//! Prometheus metrics: what `/metrics` exposes.
//!
//! Owns: the registry and the few counters and histograms the service records (hook calls, decisions, FHIR
//! reads). Labels carry service ids, payer ids and outcome codes only: never patient data.

use std::time::Duration;

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, Opts, Registry, TextEncoder,
};

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    hook_requests: IntCounterVec,
    hook_duration: HistogramVec,
    decisions: IntCounterVec,
    fhir_requests: IntCounterVec,
    fhir_duration: HistogramVec,
    store_errors: prometheus::IntCounter,
    feedback: IntCounterVec,
    questionnaire_errors: prometheus::IntCounter,
    hook_store_reads: prometheus::IntCounter,
}

impl Metrics {
    pub fn new() -> Metrics {
        let registry = Registry::new();
        let hook_requests = IntCounterVec::new(
            Opts::new(
                "crd_hook_requests_total",
                "CDS Hooks service calls by service and HTTP status",
            ),
            &["service", "status"],
        )
        .expect("static metric");
        let hook_duration = HistogramVec::new(
            HistogramOpts::new(
                "crd_hook_duration_seconds",
                "Time to answer a CDS Hooks call",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ]),
            &["service"],
        )
        .expect("static metric");
        let decisions = IntCounterVec::new(
            Opts::new(
                "crd_decisions_total",
                "Coverage decisions by payer and outcome",
            ),
            &["payer", "outcome"],
        )
        .expect("static metric");
        let fhir_requests = IntCounterVec::new(
            Opts::new(
                "crd_fhir_requests_total",
                "Requests to EHR FHIR servers by kind and result",
            ),
            &["kind", "result"],
        )
        .expect("static metric");
        let fhir_duration = HistogramVec::new(
            HistogramOpts::new(
                "crd_fhir_request_duration_seconds",
                "Duration of requests to EHR FHIR servers",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ]),
            &["kind"],
        )
        .expect("static metric");
        let store_errors = prometheus::IntCounter::new(
            "crd_store_errors_total",
            "Coverage assertions that could not be stored",
        )
        .expect("static metric");
        registry
            .register(Box::new(store_errors.clone()))
            .expect("unique metric");
        let feedback = IntCounterVec::new(
            Opts::new(
                "crd_feedback_total",
                "CDS Hooks feedback items received, by service and outcome (accepted, overridden)",
            ),
            &["service", "outcome"],
        )
        .expect("static metric");
        let questionnaire_errors = prometheus::IntCounter::new(
            "crd_dtr_questionnaire_errors_logged_total",
            "$log-questionnaire-errors calls stored (DTR clients reporting problems with a Questionnaire)",
        )
        .expect("static metric");
        registry
            .register(Box::new(questionnaire_errors.clone()))
            .expect("unique metric");
        let hook_store_reads = prometheus::IntCounter::new(
            "crd_hook_store_reads_total",
            "Database reads of hook calls before they answer (the submitted answers and the previous assertion: \
             one query per decided call)",
        )
        .expect("static metric");
        registry
            .register(Box::new(hook_store_reads.clone()))
            .expect("unique metric");
        for c in [&hook_requests, &decisions, &fhir_requests, &feedback] {
            registry
                .register(Box::new(c.clone()))
                .expect("unique metric");
        }
        for h in [&hook_duration, &fhir_duration] {
            registry
                .register(Box::new(h.clone()))
                .expect("unique metric");
        }
        Metrics {
            registry,
            hook_requests,
            hook_duration,
            decisions,
            fhir_requests,
            fhir_duration,
            store_errors,
            feedback,
            questionnaire_errors,
            hook_store_reads,
        }
    }

    pub fn observe_hook(&self, service: &str, status: u16, elapsed: Duration) {
        self.hook_requests
            .with_label_values(&[service, &status.to_string()])
            .inc();
        self.hook_duration
            .with_label_values(&[service])
            .observe(elapsed.as_secs_f64());
    }

    pub fn count_decision(&self, payer: &str, outcome: &str) {
        self.decisions.with_label_values(&[payer, outcome]).inc();
    }

    pub fn observe_fhir(&self, kind: &str, result: &str, elapsed: Duration) {
        self.fhir_requests.with_label_values(&[kind, result]).inc();
        self.fhir_duration
            .with_label_values(&[kind])
            .observe(elapsed.as_secs_f64());
    }

    pub fn count_feedback(&self, service: &str, outcome: &str) {
        self.feedback.with_label_values(&[service, outcome]).inc();
    }

    pub fn count_questionnaire_error(&self) {
        self.questionnaire_errors.inc();
    }

    pub fn count_hook_store_reads(&self, n: u64) {
        self.hook_store_reads.inc_by(n);
    }

    pub fn count_store_error(&self) {
        self.store_errors.inc();
    }

    /// The text exposition format.
    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        // Encoding into a Vec cannot fail for the text format.
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut buf);
        String::from_utf8(buf).unwrap_or_default()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}
