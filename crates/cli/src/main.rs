//! The `sangam` command: serve, migrate, load the demo, add accounts, export and import.

mod config;
mod tally;

use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use sangam_app::demo::{self, DemoOutcome};
use sangam_core::Timestamp;
use sangam_core::account::{Email, Username, check_password};
use sangam_core::secret;
use sangam_db::Db;
use sangam_db::users::NewAccount;
use sangam_web::AppState;

use crate::config::Config;

#[derive(Parser)]
#[command(
    name = "sangam",
    version,
    about = "A multilingual community hub for Wikimedia affiliates"
)]
struct Cli {
    /// A TOML configuration file (default: ./sangam.toml if present).
    #[arg(long, global = true, env = "SANGAM_CONFIG")]
    config: Option<PathBuf>,
    /// Address to listen on.
    #[arg(long, global = true, env = "SANGAM_LISTEN")]
    listen: Option<String>,
    /// Directory for the embedded database (./data by default).
    #[arg(long = "data", global = true, env = "SANGAM_DATA_DIR")]
    data: Option<PathBuf>,
    /// Start the clock at this instant, RFC 3339 (e.g. 2024-07-15T00:00:00Z), instead of
    /// the system's time: pages, the API, the demo data and the scheduled jobs all read it.
    #[arg(long, global = true, env = "SANGAM_NOW")]
    now: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web pages and the API (migrates the database first).
    Serve {
        /// Load the demo data before serving (if not loaded yet).
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Load the demo data: the seed affiliates, a hub and two accounts.
    Demo,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Scheduled work: the daily reporting lifecycle pass.
    Jobs {
        #[command(subcommand)]
        command: JobsCommand,
    },
    /// Write all data as one JSON document (to standard output, or --output).
    Export {
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Load a JSON document made by `export` into an empty database ("-" reads standard
    /// input), or import a wiki sign-up list (`import signatures`).
    #[command(args_conflicts_with_subcommands = true)]
    Import {
        #[command(subcommand)]
        what: Option<ImportCommand>,
        file: Option<PathBuf>,
    },
    /// Count a BLT ballot file (as elections publish them, or OpenSTV and SecurePoll write
    /// them) and print every round. Nothing is counted from a file that is malformed or
    /// cut short.
    Tally {
        /// The BLT file ("-" reads standard input).
        file: PathBuf,
        /// The counting method.
        #[arg(long, value_enum, default_value_t = TallyMethod::Meek)]
        method: TallyMethod,
        /// Print one JSON object: `elected` (names in order of election) and `rounds`.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum TallyMethod {
    /// Meek STV with the Droop quota, as the Wikimedia Board of Trustees elections count.
    Meek,
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Add the members of a wiki sign-up list (page text or wikitext) to an affiliate,
    /// keeping each signature's date. All or nothing: any unreadable line is reported with
    /// its number and nothing is added.
    Signatures {
        /// The affiliate's address (slug).
        #[arg(long)]
        affiliate: String,
        /// The list ("-" reads standard input).
        file: PathBuf,
        /// Only read the list and report; add nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum JobsCommand {
    /// Run what is due: the reporting lifecycle pass for the day of `--now` (UTC), or today.
    RunDue,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create accounts (the password is read from standard input unless --password is
    /// given); several names create several accounts with the same first password, as for a
    /// workshop's participants.
    Add {
        /// The Wikimedia usernames.
        #[arg(required = true, num_args = 1..)]
        usernames: Vec<String>,
        /// Make the account a site admin.
        #[arg(long)]
        admin: bool,
        #[arg(long)]
        email: Option<String>,
        /// Interface language (en, bn, ur, …).
        #[arg(long)]
        lang: Option<String>,
        /// The password (visible to other users of this machine; prefer standard input).
        #[arg(long)]
        password: Option<String>,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // Counting a file needs no configuration, database, clock or runtime.
    if let Command::Tally { file, method, json } = &cli.command {
        return tally::run(file, *method, *json);
    }
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run(cli))
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = Config::load(cli.config.as_deref(), cli.listen.clone(), cli.data.clone())?;
    if let Some(t) = &cli.now {
        let start = Timestamp::parse_rfc3339(t).with_context(|| {
            format!("--now {t}: not an RFC 3339 instant such as 2024-07-15T00:00:00Z")
        })?;
        config.web.clock = sangam_core::Clock::starting_at(start);
    }
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_new(&config.log).unwrap_or_default())
        .with_writer(std::io::stderr)
        .init();
    match cli.command {
        Command::Serve { demo } => serve(&config, demo).await,
        Command::Migrate => {
            let db = open(&config).await?;
            let applied = db.migrate().await?;
            println!("{} migration(s) applied", applied.len());
            Ok(())
        }
        Command::Demo => {
            let db = open_migrated(&config).await?;
            load_demo(&db, &config).await
        }
        Command::User {
            command:
                UserCommand::Add {
                    usernames,
                    admin,
                    email,
                    lang,
                    password,
                },
        } => {
            if usernames.len() > 1 && email.is_some() {
                bail!("--email names one account's address; give one username with it");
            }
            let db = open_migrated(&config).await?;
            let password = match password {
                Some(p) => p,
                None => {
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\n', '\r']).to_string()
                }
            };
            for username in &usernames {
                add_user(
                    &db,
                    &config,
                    username,
                    admin,
                    email.clone(),
                    lang.clone(),
                    &password,
                )
                .await?;
            }
            Ok(())
        }
        Command::Jobs {
            command: JobsCommand::RunDue,
        } => {
            let now = config.web.clock.now();
            let db = open_migrated(&config).await?;
            let today = now.date_utc();
            let started = std::time::Instant::now();
            let s = db
                .lifecycle_pass(today, &sangam_core::compliance::Policy::default(), now)
                .await?;
            println!(
                "lifecycle pass for {today}: {} affiliates, {} reports created, {} notices, {} status changes in {:.3} s",
                s.affiliates,
                s.reports_created,
                s.notices.len(),
                s.status_changes.len(),
                started.elapsed().as_secs_f64()
            );
            for (id, kind) in &s.notices {
                println!("notice {kind} to affiliate {id}");
            }
            let mailer = sangam_app::mail::Mailer::from_url(&config.smtp_url, &config.mail_from)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let sent =
                sangam_app::mail::send_due(&db, &mailer, &config.web.public_url, now).await?;
            println!("mail: {} sent, {} to retry later", sent.sent, sent.failed);
            Ok(())
        }
        Command::Export { output } => {
            let db = open_migrated(&config).await?;
            let doc = db.export().await?;
            let text = serde_json::to_string_pretty(&doc)? + "\n";
            match output {
                Some(path) => std::fs::write(&path, text)
                    .with_context(|| format!("writing {}", path.display()))?,
                None => print!("{text}"),
            }
            Ok(())
        }
        Command::Import {
            what:
                Some(ImportCommand::Signatures {
                    affiliate,
                    file,
                    dry_run,
                }),
            ..
        } => {
            let db = open_migrated(&config).await?;
            import_signatures(&db, &affiliate, &file, dry_run).await
        }
        Command::Import {
            what: None,
            file: Some(file),
        } => {
            let db = open_migrated(&config).await?;
            let text =
                String::from_utf8(read_input(&file)?).context("the file is not UTF-8 text")?;
            let doc: serde_json::Value =
                serde_json::from_str(&text).context("the file is not JSON")?;
            let summary = db.import(&doc).await?;
            println!(
                "imported {} rows into {} tables",
                summary.rows, summary.tables
            );
            Ok(())
        }
        Command::Import {
            what: None,
            file: None,
        } => bail!("give a file to import, or `import signatures --affiliate SLUG FILE`"),
        Command::Tally { file, method, json } => tally::run(&file, method, json),
    }
}

/// A file's bytes, or standard input's for "-", refusing more than the import takes.
fn read_input(file: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let limit = sangam_app::membership::IMPORT_MAX_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(file)
            .with_context(|| format!("reading {}", file.display()))?
            .take(limit)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

async fn import_signatures(
    db: &Db,
    slug: &str,
    file: &std::path::Path,
    dry_run: bool,
) -> anyhow::Result<()> {
    let Some(affiliate) = db.affiliate(slug).await? else {
        bail!("there is no affiliate with the address {slug}");
    };
    let bytes = read_input(file)?;
    let text = sangam_app::membership::import_text(&bytes).map_err(|e| match &e {
        sangam_core::Error::Validation(f) => anyhow::anyhow!(
            "{}: {}",
            file.display(),
            match f.iter().next().map(|f| f.code) {
                Some("import_too_large") => "the file is larger than 10 MB",
                Some("import_empty") => "the file is empty",
                Some("import_utf16") => "the file is UTF-16; save it as UTF-8",
                Some("import_binary") => "the file is not text",
                Some("import_not_utf8") =>
                    "the file is not UTF-8 (a legacy encoding?); save it as UTF-8",
                _ => "the file cannot be read",
            }
        ),
        other => anyhow::anyhow!("{other}"),
    })?;
    let started = std::time::Instant::now();
    let parsed = sangam_core::signature::parse_list(&text);
    let elapsed = started.elapsed();
    for p in &parsed.problems {
        eprintln!("{}:{}: {} — {}", file.display(), p.line, p.code, p.text);
    }
    println!(
        "read {} entries ({} with a date), {} unreadable lines, {} other lines skipped, {} bytes in {:.3} s ({:.0} MB/s)",
        parsed.entries.len(),
        parsed.entries.iter().filter(|e| e.at.is_some()).count(),
        parsed.problems.len(),
        parsed.skipped,
        text.len(),
        elapsed.as_secs_f64(),
        text.len() as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9)
    );
    if !parsed.problems.is_empty() {
        bail!(
            "nothing was imported: fix the {} unreadable lines first",
            parsed.problems.len()
        );
    }
    if dry_run {
        return Ok(());
    }
    let outcome = db
        .import_members(affiliate.id, &parsed.entries, None, Timestamp::now())
        .await?;
    println!(
        "added {} members to {slug} ({} were members already; {} people are new to Sangam)",
        outcome.added, outcome.already_members, outcome.new_people
    );
    Ok(())
}

async fn open(config: &Config) -> anyhow::Result<Db> {
    Ok(Db::connect(&config.database_url()).await?)
}

async fn open_migrated(config: &Config) -> anyhow::Result<Db> {
    let db = open(config).await?;
    db.migrate().await?;
    Ok(db)
}

async fn load_demo(db: &Db, config: &Config) -> anyhow::Result<()> {
    match demo::load(db, config.web.hash_cost, config.web.clock.now()).await? {
        DemoOutcome::Loaded => {
            println!("demo data loaded: 3 affiliates of the seed pages and a regional hub");
            println!(
                "  site admin:      {} / {}",
                demo::SITE_ADMIN.0,
                demo::SITE_ADMIN.1
            );
            println!(
                "  affiliate admin: {} / {} (Tajik Wikimedians User Group)",
                demo::AFFILIATE_ADMIN.0,
                demo::AFFILIATE_ADMIN.1
            );
        }
        DemoOutcome::AlreadyPresent => println!("demo data already loaded"),
    }
    Ok(())
}

async fn add_user(
    db: &Db,
    config: &Config,
    username: &str,
    admin: bool,
    email: Option<String>,
    lang: Option<String>,
    password: &str,
) -> anyhow::Result<()> {
    let username =
        Username::parse(username).map_err(|e| anyhow::anyhow!("username: {}", e.code))?;
    let email = email
        .map(|e| Email::parse(&e).map_err(|e| anyhow::anyhow!("email: {}", e.code)))
        .transpose()?;
    if let Some(l) = &lang
        && sangam_web::api::interface_language(l).is_none()
    {
        bail!("lang: {l} is not an interface language");
    }
    check_password(password).map_err(|e| anyhow::anyhow!("password: {} {:?}", e.code, e.args))?;
    let account = NewAccount {
        username: username.clone(),
        email: email.map(|e| e.as_str().to_string()),
        password_hash: secret::hash_password(password, config.web.hash_cost)?,
        is_site_admin: admin,
        preferred_lang: lang,
    };
    match db.create_account(&account, Timestamp::now()).await {
        Ok(_) => {
            println!(
                "account {username} created{}",
                if admin { " (site admin)" } else { "" }
            );
            Ok(())
        }
        Err(sangam_core::Error::Conflict(_)) => bail!("an account named {username} already exists"),
        Err(e) => Err(e.into()),
    }
}

async fn serve(config: &Config, with_demo: bool) -> anyhow::Result<()> {
    let db = open_migrated(config).await?;
    if with_demo {
        load_demo(&db, config).await?;
    }
    let state = AppState::new(db, config.web.clone());
    state.cache().refresh(state.db()).await?;
    tokio::spawn(state.clone().poll_cache());
    let mailer = sangam_app::mail::Mailer::from_url(&config.smtp_url, &config.mail_from)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    // Scheduled jobs: claimed in the database, so several instances may all run this.
    let instance = format!(
        "{}-{}",
        std::process::id(),
        sangam_core::secret::new_token()?.get(..8).unwrap_or("x")
    );
    tokio::spawn(sangam_app::jobs::run(
        state.db().clone(),
        mailer,
        config.web.public_url.clone(),
        instance,
        config.web.clock,
        std::time::Duration::from_secs(60),
    ));
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    println!("Sangam is listening on http://{addr}");
    let app = sangam_web::router(state.clone());
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await?;
    state.db().close().await;
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
