//! The `crd-server` binary: a thin command line over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use crd_server::config::Settings;
use crd_server::explain;
use crd_server::hooks::{self, request::HookRequest};
use crd_server::policy::cases;
use crd_server::policy_files;
use crd_server::startup::Application;

/// mimalloc instead of glibc malloc: under load the server's threads (HTTP workers, database workers) contended
/// on glibc's arena locks (bench/RESULTS.md, profile of 2026-11-28).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "crd-server",
    version,
    about = "Da Vinci CRD server for implantable infusion pump orders"
)]
struct Cli {
    /// TOML configuration file (settings not in it keep their defaults; CRD__* environment variables win).
    #[arg(long, global = true, env = "CRD_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the CDS Hooks server.
    Serve,
    /// Print the decision trace for a patient chart and orders, offline: no server, no FHIR reads.
    Explain {
        /// The chart: a FHIR Bundle (transaction, collection or searchset) with the Patient, the Coverage and its
        /// payer Organization, and the clinical resources.
        #[arg(long)]
        chart: PathBuf,
        /// An order resource (ServiceRequest, DeviceRequest, MedicationRequest) or a Bundle of them; repeatable.
        #[arg(long, required = true)]
        order: Vec<PathBuf>,
        /// The date of the decision (default: today).
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
        /// Print the decisions as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Work with policy files.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Delete stored coverage assertions (with their facts and traces) and QuestionnaireResponses older than a
    /// number of days (audit retention).
    Purge {
        #[arg(long)]
        older_than_days: u32,
    },
    /// Work with the policies' DTR Questionnaires.
    Questionnaires {
        #[command(subcommand)]
        command: QuestionnairesCommand,
    },
}

#[derive(Subcommand)]
enum QuestionnairesCommand {
    /// Write each policy's Questionnaire and ValueSets, generated from the policy files, into the questionnaire
    /// directory (default: the configured one), then check them as the server does at start-up.
    Write {
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Validate every policy file; exit 1 naming file and field on the first problems found.
    Check {
        /// Policy directory (default: the configured one).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    match cli.command {
        Command::Serve => serve(settings),
        Command::Explain {
            chart,
            order,
            date,
            json,
        } => match explain(settings, &chart, &order, date, json) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("explain: {e}");
                ExitCode::FAILURE
            }
        },
        Command::Questionnaires {
            command: QuestionnairesCommand::Write { dir },
        } => write_questionnaires(&settings, dir),
        Command::Purge { older_than_days } => purge(&settings, older_than_days),
        Command::Policy {
            command: PolicyCommand::Check { dir },
        } => {
            let dir = dir.unwrap_or(settings.policies.dir);
            match policy_files::load_policies(&dir) {
                Ok(set) => {
                    for p in set.all() {
                        println!(
                            "ok  {} ({} {})",
                            p.policy.id, p.policy.payer.name, p.policy.number
                        );
                    }
                    // The decision cases beside the policies: a policy edit that changes a decision shows here.
                    let files = match policy_files::load_case_files(&dir) {
                        Ok(f) => f,
                        Err(e) => {
                            eprintln!("error  {e}");
                            return ExitCode::FAILURE;
                        }
                    };
                    let mut failed = 0;
                    for (path, file) in &files {
                        let report = cases::run_case_file(&set, file);
                        println!(
                            "cases  {path}: {} passed, {} failed",
                            report.passed,
                            report.failures.len()
                        );
                        for f in &report.failures {
                            eprintln!("fail   {f}");
                        }
                        failed += report.failures.len();
                        // Every criterion needs a case where it is met, one not met and one unknown.
                        if let Some(policy) = set.get(&file.policy) {
                            for gap in cases::untested(policy, &report) {
                                eprintln!("gap    {gap}");
                                failed += 1;
                            }
                        }
                    }
                    if failed == 0 {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::FAILURE
                    }
                }
                Err(errors) => {
                    for e in errors {
                        eprintln!("error  {e}");
                    }
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn purge(settings: &Settings, days: u32) -> ExitCode {
    let cutoff = chrono::Utc::now() - chrono::Duration::days(i64::from(days));
    let result = tokio::runtime::Runtime::new()
        .map_err(anyhow::Error::from)
        .and_then(|rt| {
            rt.block_on(async {
                let store = crd_server::store::Store::connect(
                    &settings.database.url,
                    settings.database.max_connections,
                )
                .await?;
                Ok(store.purge_before(cutoff).await?)
            })
        });
    match result {
        Ok((assertions, responses)) => {
            println!(
                "purged {assertions} coverage assertion rows and {responses} questionnaire responses stored before {}",
                cutoff.to_rfc3339()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("purge: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn write_questionnaires(settings: &Settings, dir: Option<PathBuf>) -> ExitCode {
    let dir = dir.unwrap_or_else(|| settings.dtr.questionnaires_dir.clone());
    let policies = match policy_files::load_policies(&settings.policies.dir) {
        Ok(p) => p,
        Err(errors) => {
            for e in errors {
                eprintln!("error  {e}");
            }
            return ExitCode::FAILURE;
        }
    };
    match policy_files::write_catalog(&dir, &policies) {
        Ok(files) => files.iter().for_each(|f| println!("wrote  {f}")),
        Err(e) => {
            eprintln!("error  {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    match policy_files::load_catalog(&dir, &policies) {
        Ok(_) => ExitCode::SUCCESS,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("error  {e}"));
            ExitCode::FAILURE
        }
    }
}

fn read_json(path: &std::path::Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn explain(
    settings: Settings,
    chart: &std::path::Path,
    orders: &[PathBuf],
    date: Option<chrono::NaiveDate>,
    as_json: bool,
) -> Result<String, String> {
    let policies = policy_files::load_policies(&settings.policies.dir).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    // Offline: the chart is the whole truth, nothing is read from any FHIR server.
    let base = format!("http://{}:{}", settings.server.host, settings.server.port);
    let limits = crd_server::state::limits(&settings, &base, &format!("{base}/smart/launch"));
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let engine = runtime
        .block_on(hooks::Engine::offline(policies, limits))
        .map_err(|e| format!("{e:#}"))?;
    let (_, services) = crd_server::hooks::load_services().map_err(|e| format!("{e:#}"))?;
    let chart = read_json(chart)?;
    let orders = orders
        .iter()
        .map(|p| read_json(p))
        .collect::<Result<Vec<_>, _>>()?;
    let request = explain::request_from_chart(&chart, &orders)?;
    let body = serde_json::to_vec(&request).map_err(|e| e.to_string())?;
    let request = HookRequest::parse(&body).map_err(|e| e.to_string())?;
    let service = services
        .iter()
        .find(|s| s.id == "order-sign-crd")
        .ok_or("no order-sign service")?;
    let today = date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let outcome = runtime
        .block_on(hooks::decide(
            &engine,
            &hooks::Tenant::local(),
            service,
            &request,
            today,
        ))
        .map_err(|e| e.to_string())?;
    match outcome {
        hooks::Outcomes::Decided(decided) if as_json => {
            serde_json::to_string_pretty(&explain::decisions_json(&decided))
                .map(|s| s + "\n")
                .map_err(|e| e.to_string())
        }
        hooks::Outcomes::Decided(decided) => Ok(explain::render_trace(&decided)),
        hooks::Outcomes::Nothing => Ok("No order to decide.\n".into()),
        hooks::Outcomes::Technical(m) => Err(m),
        hooks::Outcomes::Unreadable(m) => {
            Err(format!("no order could be decided: {}", m.join("; ")))
        }
    }
}

fn serve(settings: Settings) -> ExitCode {
    crd_server::telemetry::init(&settings.log.format, &settings.log.level);
    crd_server::telemetry::install_panic_hook();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let host = settings.server.host.clone();
        let demo = settings.demo.enabled;
        let app = match Application::build(settings).await {
            Ok(app) => app,
            Err(e) => {
                eprintln!("crd-server cannot start: {e:#}");
                return ExitCode::FAILURE;
            }
        };
        tracing::info!(port = app.port(), "crd-server listening");
        println!(
            "crd-server listening on http://{host}:{}/cds-services",
            app.port()
        );
        if demo {
            println!(
                "Try it in a browser: http://{host}:{}/demo (sample patients; policies at /policies)",
                app.port()
            );
        }
        match app.run_until_stopped().await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("crd-server stopped with an error: {e}");
                ExitCode::FAILURE
            }
        }
    })
}
