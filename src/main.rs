//! The `crd-server` binary: a thin command line over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use crd_server::config::Settings;
use crd_server::policy::{cases, PolicySet};
use crd_server::startup::Application;

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
    /// Work with policy files.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
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
        Command::Policy {
            command: PolicyCommand::Check { dir },
        } => {
            let dir = dir.unwrap_or(settings.policies.dir);
            match PolicySet::load_dir(&dir) {
                Ok(set) => {
                    for p in set.all() {
                        println!(
                            "ok  {} ({} {})",
                            p.policy.id, p.policy.payer.name, p.policy.number
                        );
                    }
                    // The decision cases beside the policies: a policy edit that changes a decision shows here.
                    let files = match cases::load_case_files(&dir) {
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

fn serve(settings: Settings) -> ExitCode {
    crd_server::telemetry::init(&settings.log.format, &settings.log.level);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let host = settings.server.host.clone();
        let app = match Application::build(settings) {
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
        match app.run_until_stopped().await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("crd-server stopped with an error: {e}");
                ExitCode::FAILURE
            }
        }
    })
}
