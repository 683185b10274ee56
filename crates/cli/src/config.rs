//! Configuration: defaults, then an optional TOML file (`--config`, `SANGAM_CONFIG`, or
//! `./sangam.toml` when present), then `SANGAM_*` environment variables, then flags.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use sangam_core::secret::HashCost;
use sangam_web::WebConfig;
use serde::Deserialize;

/// The TOML file's keys; each also reads from `SANGAM_<KEY>` in upper case.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub public_url: Option<String>,
    pub trust_proxy: Option<bool>,
    pub session_days: Option<u64>,
    pub password_hash_memory_kib: Option<u32>,
    pub cache_poll_ms: Option<u64>,
    /// How long an election's count may take, in seconds (60 by default).
    pub count_seconds: Option<u64>,
    /// How much memory an election's count may take, in MiB (256 by default).
    pub count_memory_mb: Option<usize>,
    /// How much memory the cache of anonymous pages may take, in MiB (32 by default).
    pub page_cache_mb: Option<usize>,
    pub log: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
}

/// The settled configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: String,
    pub data_dir: PathBuf,
    pub database_url: Option<String>,
    pub web: WebConfig,
    pub log: String,
    /// `log` (the default) or an SMTP URL (see `sangam_app::mail::Mailer::from_url`).
    pub smtp_url: String,
    pub mail_from: String,
}

fn env<T: std::str::FromStr>(key: &str) -> anyhow::Result<Option<T>> {
    match std::env::var(key) {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| anyhow::anyhow!("{key}: cannot read {v:?}")),
        _ => Ok(None),
    }
}

impl Config {
    /// `listen` and `data` come from the flags (which clap already fills from
    /// `SANGAM_LISTEN` and `SANGAM_DATA_DIR`).
    pub fn load(
        file: Option<&Path>,
        listen: Option<String>,
        data: Option<PathBuf>,
    ) -> anyhow::Result<Config> {
        let file = match file {
            Some(path) => Some(path.to_path_buf()),
            None => Some(PathBuf::from("sangam.toml")).filter(|p| p.exists()),
        };
        let f: FileConfig = match &file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("reading {}", path.display()))?;
                toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?
            }
            None => FileConfig::default(),
        };
        let listen = listen
            .or(f.listen)
            .unwrap_or_else(|| "127.0.0.1:8080".into());
        let data_dir = data.or(f.data_dir).unwrap_or_else(|| PathBuf::from("data"));
        let database_url = env::<String>("SANGAM_DATABASE_URL")?.or(f.database_url);
        if let Some(url) = &database_url
            && !(url.starts_with("postgres://")
                || url.starts_with("postgresql://")
                || url.starts_with("sqlite:"))
        {
            bail!("SANGAM_DATABASE_URL must start with postgres:// or sqlite:");
        }
        let public_url = env::<String>("SANGAM_PUBLIC_URL")?
            .or(f.public_url)
            .unwrap_or_else(|| format!("http://{listen}"));
        let defaults = WebConfig::default();
        let web = WebConfig {
            public_url,
            session_lifetime: env::<u64>("SANGAM_SESSION_DAYS")?
                .or(f.session_days)
                .map(|d| Duration::from_secs(d * 86_400))
                .unwrap_or(defaults.session_lifetime),
            trust_proxy: env::<bool>("SANGAM_TRUST_PROXY")?
                .or(f.trust_proxy)
                .unwrap_or(false),
            hash_cost: HashCost {
                memory_kib: env::<u32>("SANGAM_PASSWORD_HASH_MEMORY_KIB")?
                    .or(f.password_hash_memory_kib)
                    .unwrap_or(HashCost::default().memory_kib),
                ..HashCost::default()
            },
            cache_poll: env::<u64>("SANGAM_CACHE_POLL_MS")?
                .or(f.cache_poll_ms)
                .map(Duration::from_millis)
                .unwrap_or(defaults.cache_poll),
            clock: defaults.clock,
            count_budget: sangam_app::elections::CountBudget {
                time: env::<u64>("SANGAM_COUNT_SECONDS")?
                    .or(f.count_seconds)
                    .map(Duration::from_secs)
                    .unwrap_or(defaults.count_budget.time),
                bytes: env::<usize>("SANGAM_COUNT_MEMORY_MB")?
                    .or(f.count_memory_mb)
                    .map(|mb| mb.saturating_mul(1024 * 1024))
                    .unwrap_or(defaults.count_budget.bytes),
            },
            page_cache_bytes: env::<usize>("SANGAM_PAGE_CACHE_MB")?
                .or(f.page_cache_mb)
                .map(|mb| mb.saturating_mul(1024 * 1024))
                .unwrap_or(defaults.page_cache_bytes),
        };
        let log = env::<String>("SANGAM_LOG")?
            .or(f.log)
            .unwrap_or_else(|| "info,sqlx=warn".into());
        let smtp_url = env::<String>("SANGAM_SMTP_URL")?
            .or(f.smtp_url)
            .unwrap_or_else(|| "log".into());
        let mail_from = env::<String>("SANGAM_MAIL_FROM")?
            .or(f.mail_from)
            .unwrap_or_else(|| "Sangam <sangam@localhost>".into());
        // A wrong mail setting is found at start, not at the first notice.
        sangam_app::mail::Mailer::from_url(&smtp_url, &mail_from)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        Ok(Config {
            listen,
            data_dir,
            database_url,
            web,
            log,
            smtp_url,
            mail_from,
        })
    }

    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.data_dir.join("sangam.db").display()),
        }
    }
}
