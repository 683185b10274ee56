//! Mail: the lifecycle's notices to affiliates' contact persons, the organizers'
//! decisions on conference proposals to their presenters and on scholarship applications
//! to their applicants, in each recipient's
//! language, over SMTP (lettre) or, by default, only written to the log. A mail is marked
//! sent only once the server accepted it; a failure is kept and tried again later, with
//! the wait doubling from five minutes up to a day.

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sangam_core::Timestamp;
use sangam_db::Db;
use sangam_db::outbox::{MailAbout, MailJob};
use sangam_i18n::{Lang, format, message};

/// How mail leaves the server.
#[derive(Clone)]
pub enum Mailer {
    /// Written to the log and marked sent: the embedded demo's default.
    Log,
    Smtp {
        transport: Box<AsyncSmtpTransport<Tokio1Executor>>,
        from: Mailbox,
    },
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Log => f.write_str("Mailer::Log"),
            Mailer::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
        }
    }
}

impl Mailer {
    /// `log` (or nothing), or an SMTP URL: `smtp://host:port` (plain, for a relay on this
    /// machine), `smtp://user:pass@host:587?tls=required` (STARTTLS), `smtps://…` (TLS).
    pub fn from_url(url: &str, from: &str) -> Result<Mailer, String> {
        let url = url.trim();
        if url.is_empty() || url == "log" {
            return Ok(Mailer::Log);
        }
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("the mail server address {url:?}: {e}"))?
            .build();
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("the sender address {from:?}: {e}"))?;
        Ok(Mailer::Smtp {
            transport: Box::new(transport),
            from,
        })
    }
}

/// The subject and body of a mail for its recipient, in their language.
pub fn render(job: &MailJob, public_url: &str) -> (Lang, String, String) {
    let lang = job
        .lang
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::EN);
    let base = public_url.trim_end_matches('/');
    match &job.about {
        MailAbout::Notice {
            affiliate_slug,
            kind,
            report,
            ..
        } => {
            let what = message(lang, &format!("notice-{kind}"), &[]);
            let subject = message(
                lang,
                "mail-subject",
                &[
                    ("affiliate", affiliate_slug.as_str().into()),
                    ("what", what.as_str().into()),
                ],
            );
            let report = match report {
                Some(((start, end), due)) => message(
                    lang,
                    "mail-report",
                    &[
                        ("start", format::date(lang, *start).into()),
                        ("end", format::date(lang, *end).into()),
                        ("due", format::date(lang, *due).into()),
                    ],
                ),
                None => String::new(),
            };
            let url = format!("{base}/affiliates/{affiliate_slug}/reports");
            let body = message(
                lang,
                "mail-body",
                &[
                    ("name", job.to_name.as_str().into()),
                    ("what", what.as_str().into()),
                    ("report", report.as_str().into()),
                    ("url", url.as_str().into()),
                ],
            );
            (lang, subject, body)
        }
        MailAbout::Decision {
            proposal_id,
            title,
            status,
            note,
            ..
        } => {
            let decision = message(lang, &format!("conf-status-{status}"), &[]);
            let subject = message(
                lang,
                "conf-mail-subject",
                &[
                    ("title", title.as_str().into()),
                    ("decision", decision.as_str().into()),
                ],
            );
            let url = format!("{base}/proposals/{proposal_id}");
            let body = message(
                lang,
                "conf-mail-body",
                &[
                    ("name", job.to_name.as_str().into()),
                    ("title", title.as_str().into()),
                    ("decision", decision.as_str().into()),
                    ("note", note.as_str().into()),
                    ("url", url.as_str().into()),
                ],
            );
            (lang, subject, body)
        }
        MailAbout::Scholarship {
            event_id,
            conference,
            decision,
            note,
        } => {
            let decision = message(lang, &format!("sch-decision-{decision}"), &[]);
            let subject = message(
                lang,
                "sch-mail-subject",
                &[
                    ("conference", conference.as_str().into()),
                    ("decision", decision.as_str().into()),
                ],
            );
            let url = format!("{base}/events/{event_id}/scholarship");
            let body = message(
                lang,
                "sch-mail-body",
                &[
                    ("name", job.to_name.as_str().into()),
                    ("conference", conference.as_str().into()),
                    ("decision", decision.as_str().into()),
                    ("note", note.as_str().into()),
                    ("url", url.as_str().into()),
                ],
            );
            (lang, subject, body)
        }
    }
}

/// How long to wait after `attempts` failures: 5 minutes, doubling, at most a day.
pub fn backoff(attempts: i64) -> i64 {
    let exp = attempts.clamp(0, 16) as u32;
    (300_i64 << exp).min(86_400)
}

/// What a round of sending did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Sent {
    pub sent: usize,
    pub failed: usize,
}

/// Sends the mail that is due at `now`.
pub async fn send_due(
    db: &Db,
    mailer: &Mailer,
    public_url: &str,
    now: Timestamp,
) -> Result<Sent, sangam_core::Error> {
    let mut out = Sent::default();
    for job in db.due_mail(now, 500).await? {
        let (_, subject, body) = render(&job, public_url);
        let result = match (&job.to_email, mailer) {
            (None, _) => Err("the recipient has no e-mail address".to_string()),
            (Some(to), Mailer::Log) => {
                tracing::info!(to = %to, subject = %subject, "mail (log only)");
                Ok(())
            }
            (Some(to), Mailer::Smtp { transport, from }) => {
                let built = to
                    .parse::<Mailbox>()
                    .map_err(|e| format!("the address {to:?}: {e}"))
                    .and_then(|to| {
                        Message::builder()
                            .from(from.clone())
                            .to(to)
                            .subject(subject.clone())
                            .header(lettre::message::header::ContentType::TEXT_PLAIN)
                            .body(body.clone())
                            .map_err(|e| e.to_string())
                    });
                match built {
                    Ok(m) => transport
                        .send(m)
                        .await
                        .map(|_| ())
                        .map_err(|e| e.to_string()),
                    Err(e) => Err(e),
                }
            }
        };
        match result {
            Ok(()) => {
                db.mail_sent(job.id, now).await?;
                out.sent += 1;
            }
            Err(e) => {
                tracing::warn!(mail = job.id, error = %e, "mail not sent; will try again");
                db.mail_failed(job.id, &e, now.plus(backoff(job.attempts)))
                    .await?;
                out.failed += 1;
            }
        }
    }
    Ok(out)
}
