//! `parallax [PATH…]` opens the window; the subcommands (`articles`, `mentions`, `counts`,
//! `compare`, `quotes`) run headless over the same model.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use parallax::app::{DialogAwareLogger, ParallaxApp, Startup};
use parallax::cli;

/// Compare how news sources report the same story.
#[derive(Parser, Debug)]
#[command(
    name = "parallax",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
struct Args {
    /// Folders or files to open in the window (default: the two built-in seed articles).
    paths: Vec<PathBuf>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// List the articles Parallax reads from files and folders, and what it skips.
    Articles(cli::articles::ArticlesArgs),
    /// Every mention of a country, person, organisation or place, one row each.
    Mentions(cli::mentions::MentionsArgs),
    /// Mentions per entity, over the corpus or per document.
    Counts(cli::counts::CountsArgs),
    /// Two reports compared: shared and one-sided sentences, as JSON or text.
    Compare(cli::compare::CompareArgs),
    /// Every attributed quote, one row each, with its speaker.
    Quotes(cli::quotes::QuotesArgs),
    /// Print every string the matcher looks for, one per line (for comparisons with grep tools).
    #[command(hide = true)]
    Aliases,
}

fn main() -> ExitCode {
    let args = Args::parse();
    init_logging();
    let result = match args.command {
        Some(Cmd::Articles(a)) => cli::articles::run(&a),
        Some(Cmd::Mentions(a)) => cli::mentions::run(&a),
        Some(Cmd::Counts(a)) => cli::counts::run(&a),
        Some(Cmd::Compare(a)) => cli::compare::run(&a),
        Some(Cmd::Quotes(a)) => cli::quotes::run(&a),
        Some(Cmd::Aliases) => cli::aliases::run(),
        None => run_window(args.paths),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("parallax: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging() {
    let inner =
        env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).build();
    let max_level = inner.filter().max(log::LevelFilter::Error);
    if log::set_boxed_logger(Box::new(DialogAwareLogger::new(inner))).is_ok() {
        log::set_max_level(max_level);
    }
}

/// The name eframe keeps the settings under (`~/.local/share/parallax/app.ron` on Linux).
const APP_ID: &str = "parallax";

fn run_window(paths: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    let mut viewport = eframe::egui::ViewportBuilder::default()
        .with_title("Parallax")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    match parallax::icon() {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(err) => log::warn!("app icon not loaded: {err}"),
    }
    let mut settings_path = std::env::var_os("PARALLAX_STATE_DIR")
        .map(|d| PathBuf::from(d).join("app.ron"))
        .or_else(|| eframe::storage_dir(APP_ID).map(|d| d.join("app.ron")));
    let check = settings_path
        .as_deref()
        .map(parallax::app::check_settings_file)
        .unwrap_or_default();
    if !check.usable {
        // Never let eframe open a pipe or device in the settings' place: it would hang.
        settings_path = Some(
            std::env::temp_dir()
                .join("parallax-unsaved")
                .join("app.ron"),
        );
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: renderer_from_env(),
        persistence_path: settings_path,
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            Ok(Box::new(ParallaxApp::new(
                cc,
                Startup {
                    paths,
                    settings_notice: check.notice,
                    ..Startup::default()
                },
            )))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// OpenGL (glow) by default: it runs everywhere, including software GL under Xvfb;
/// `PARALLAX_RENDERER=wgpu` picks wgpu.
fn renderer_from_env() -> eframe::Renderer {
    match std::env::var("PARALLAX_RENDERER").as_deref() {
        Ok("wgpu") => eframe::Renderer::Wgpu,
        _ => eframe::Renderer::Glow,
    }
}
