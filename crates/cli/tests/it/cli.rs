//! The `sangam` binary as a volunteer runs it.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::support::{TempDir, postgres_url};

fn sangam(dir: &TempDir) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sangam"));
    c.current_dir(&dir.0)
        .env_remove("SANGAM_DATABASE_URL")
        .env_remove("SANGAM_DATA_DIR")
        .env_remove("SANGAM_LISTEN")
        .env_remove("SANGAM_CONFIG")
        .env("SANGAM_PASSWORD_HASH_MEMORY_KIB", "256")
        .env("SANGAM_LOG", "warn");
    c
}

fn run(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{c:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn demo_export_and_import_round_trip_through_the_binary() {
    let dir = TempDir::new("cli");
    let out = run(sangam(&dir).args(["--data", "one", "demo"]));
    assert!(out.contains("SiteAdmin / sangam-site-admin"), "{out}");
    assert!(
        dir.0.join("one/sangam.db").exists(),
        "SQLite file under the data directory"
    );
    let again = run(sangam(&dir).args(["--data", "one", "demo"]));
    assert!(again.contains("already loaded"));
    let export = run(sangam(&dir).args(["--data", "one", "export"]));
    let doc: serde_json::Value = serde_json::from_str(&export).unwrap();
    assert_eq!(doc["tables"]["affiliates"].as_array().unwrap().len(), 4);
    std::fs::write(dir.0.join("export.json"), &export).unwrap();
    run(sangam(&dir).args(["--data", "two", "import", "export.json"]));
    let second = run(sangam(&dir).args(["--data", "two", "export", "--output", "again.json"]));
    assert!(second.is_empty());
    assert_eq!(
        std::fs::read_to_string(dir.0.join("again.json")).unwrap(),
        export
    );
    let refused = sangam(&dir)
        .args(["--data", "two", "import", "export.json"])
        .output()
        .unwrap();
    assert!(
        !refused.status.success(),
        "import refuses a database with data"
    );
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not empty"));
}

#[test]
fn user_add_creates_accounts_and_refuses_bad_ones() {
    let dir = TempDir::new("cli-user");
    let mut child = sangam(&dir)
        .args(["user", "add", "Aishik Rehman", "--admin", "--lang", "bn"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"a long enough password\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("account Aishik Rehman created (site admin)")
    );
    let dup = sangam(&dir)
        .args([
            "user",
            "add",
            "Aishik_Rehman",
            "--password",
            "another long password",
        ])
        .output()
        .unwrap();
    assert!(!dup.status.success());
    assert!(String::from_utf8_lossy(&dup.stderr).contains("already exists"));
    let short = sangam(&dir)
        .args(["user", "add", "Someone", "--password", "short"])
        .output()
        .unwrap();
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("password_too_short"));
    // Several at once, as for a workshop's participants; one e-mail cannot go to several.
    let several = run(sangam(&dir).args([
        "user",
        "add",
        "Гулнора",
        "Rustam",
        "--password",
        "a workshop password",
    ]));
    assert!(
        several.contains("account Гулнора created") && several.contains("account Rustam created")
    );
    let mail = sangam(&dir)
        .args([
            "user",
            "add",
            "A1",
            "A2",
            "--email",
            "a@example.org",
            "--password",
            "long enough pass",
        ])
        .output()
        .unwrap();
    assert!(!mail.status.success());
    assert!(String::from_utf8_lossy(&mail.stderr).contains("--email"));
    let export: serde_json::Value = serde_json::from_str(&run(sangam(&dir).arg("export"))).unwrap();
    let names: Vec<&str> = export["tables"]["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Aishik Rehman", "Гулнора", "Rustam"]);
    let user = &export["tables"]["users"][0];
    assert_eq!(user["username"], "Aishik Rehman");
    assert_eq!(user["is_site_admin"], 1);
    assert!(
        user["password_hash"]
            .as_str()
            .unwrap()
            .starts_with("$argon2id$")
    );
}

/// Starts `serve` and returns the child and the address it printed.
fn start(c: &mut Command) -> (std::process::Child, String) {
    let mut child = c
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("listening on") {
        line.clear();
        assert!(
            stdout.read_line(&mut line).unwrap() > 0,
            "serve exited before listening"
        );
    }
    let addr = line.trim().rsplit("http://").next().unwrap().to_string();
    (child, addr)
}

fn http_get(addr: &str, path: &str) -> String {
    use std::io::Read;
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn serve_works_with_no_configuration_and_side_by_side() {
    let dir = TempDir::new("cli-serve");
    // No flags at all but a free port: the data directory defaults to ./data.
    let (mut a, addr_a) = start(
        sangam(&dir)
            .args(["serve", "--demo"])
            .env("SANGAM_LISTEN", "127.0.0.1:0"),
    );
    assert!(dir.0.join("data/sangam.db").exists());
    let res = http_get(&addr_a, "/affiliates/wap");
    assert!(res.starts_with("HTTP/1.1 200"), "{res}");
    assert!(res.contains("Wikimedians of the Asia Pacific User Group"));
    // A second instance with its own data directory and a TOML file.
    std::fs::write(
        dir.0.join("b.toml"),
        "listen = \"127.0.0.1:0\"\ndata_dir = \"b-data\"\n",
    )
    .unwrap();
    let (mut b, addr_b) = start(sangam(&dir).args(["--config", "b.toml", "serve"]));
    assert_ne!(addr_a, addr_b);
    assert!(dir.0.join("b-data/sangam.db").exists());
    assert!(http_get(&addr_b, "/health").ends_with("ok"));
    assert!(http_get(&addr_b, "/affiliates").contains("class=\"count\">0 affiliates"));
    for child in [&mut a, &mut b] {
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let bad = sangam(&dir)
        .args(["--config", "missing.toml", "migrate"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    std::fs::write(dir.0.join("typo.toml"), "lisen = \"x\"\n").unwrap();
    let typo = sangam(&dir)
        .args(["--config", "typo.toml", "migrate"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&typo.stderr).contains("unknown field"),
        "a misspelt key is reported"
    );
}

#[test]
fn the_binary_uses_postgresql_when_told_to() {
    let Some(url) = postgres_url() else {
        crate::support::skip(
            "the_binary_uses_postgresql_when_told_to",
            "needs SANGAM_TEST_POSTGRES_URL",
        );
        return;
    };
    let dir = TempDir::new("cli-pg");
    let schema = format!("sangam_t_cli_{}", std::process::id());
    let psql = |sql: &str| {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let db = sangam_db::Db::connect(&url).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
                .execute(db.pool())
                .await
                .unwrap();
            db.close().await;
        });
    };
    psql(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
    psql(&format!("CREATE SCHEMA {schema}"));
    let sep = if url.contains('?') { '&' } else { '?' };
    let pg = format!("{url}{sep}options=-c%20search_path%3D{schema}");
    run(sangam(&dir).env("SANGAM_DATABASE_URL", &pg).arg("demo"));
    let export = run(sangam(&dir).env("SANGAM_DATABASE_URL", &pg).arg("export"));
    assert!(
        !dir.0.join("data").exists(),
        "no SQLite file when PostgreSQL is configured"
    );
    let doc: serde_json::Value = serde_json::from_str(&export).unwrap();
    assert_eq!(doc["tables"]["affiliates"].as_array().unwrap().len(), 4);
    psql(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
}

fn fails(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(!out.status.success(), "{c:?} should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn signature_lists_import_from_the_command_line_all_or_nothing() {
    let dir = TempDir::new("cli-sig");
    run(sangam(&dir).args(["--data", "d", "demo"]));
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/seeds");
    let seed = |n: &str| seeds.join(n).to_string_lossy().into_owned();
    let dry = run(sangam(&dir).args([
        "--data",
        "d",
        "import",
        "signatures",
        "--affiliate",
        "asia-pacific-hub",
        "--dry-run",
        &seed("000_7902ad6a5687aa4b.txt"),
    ]));
    assert!(
        dry.starts_with("read 9 entries (9 with a date), 0 unreadable lines"),
        "{dry}"
    );
    let dry = run(sangam(&dir).args([
        "--data",
        "d",
        "import",
        "signatures",
        "--affiliate",
        "asia-pacific-hub",
        "--dry-run",
        &seed("004_dc7f574e16aa7ca4.txt"),
    ]));
    assert!(
        dry.starts_with("read 13 entries (11 with a date), 0 unreadable lines"),
        "{dry}"
    );
    let added = run(sangam(&dir).args([
        "--data",
        "d",
        "import",
        "signatures",
        "--affiliate",
        "asia-pacific-hub",
        &seed("004_dc7f574e16aa7ca4.txt"),
    ]));
    assert!(added.contains("added 13 members to asia-pacific-hub (0 were members already; 0 people are new to Sangam)"), "{added}");
    let again = run(sangam(&dir).args([
        "--data",
        "d",
        "import",
        "signatures",
        "--affiliate",
        "asia-pacific-hub",
        &seed("004_dc7f574e16aa7ca4.txt"),
    ]));
    assert!(
        again.contains("added 0 members to asia-pacific-hub (13 were members already"),
        "{again}"
    );

    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.0.join(name), bytes).unwrap();
        name.to_string()
    };
    let import = |file: &str| {
        let mut c = sangam(&dir);
        c.args([
            "--data",
            "d",
            "import",
            "signatures",
            "--affiliate",
            "wap",
            file,
        ]);
        c
    };
    let cases = [
        (write("binary.bin", b"PK\x03\x04\x00\x00binary"), "not text"),
        (write("empty.txt", b"  \n\n"), "empty"),
        (
            write(
                "cp1251.txt",
                b"1. \xc8\xf1\xea\xe0\xed\xe4\xe0\xf0 (talk)\n",
            ),
            "not UTF-8",
        ),
        (
            write("utf16.txt", &[0xFF, 0xFE, b'a', 0, b'b', 0]),
            "UTF-16",
        ),
    ];
    for (file, says) in cases {
        let err = fails(&mut import(&file));
        assert!(err.contains(says), "{file}: {err}");
    }
    let big = dir.0.join("big.txt");
    {
        let line = "  1. Someone (talk) 18:55, 7 May 2023 (UTC)\n".repeat(1000);
        let mut f = std::fs::File::create(&big).unwrap();
        for _ in 0..1200 {
            f.write_all(line.as_bytes()).unwrap();
        }
    }
    assert!(std::fs::metadata(&big).unwrap().len() > 50_000_000);
    let err = fails(&mut import("big.txt"));
    assert!(err.contains("larger than 10 MB"), "{err}");
    let broken = write(
        "broken.txt",
        "# Good One (talk) 10:00, 9 May 2018 (UTC)\n# Bad One (talk) 10:00, 31 February 2023 (UTC)\n# Worse (talk) 10:00, 9 J Kouly 2018 (UTC)\n".as_bytes(),
    );
    let err = fails(&mut import(&broken));
    assert!(err.contains("broken.txt:2: impossible_date"), "{err}");
    assert!(err.contains("broken.txt:3: unreadable_date"), "{err}");
    assert!(err.contains("nothing was imported"));
    let export: serde_json::Value =
        serde_json::from_str(&run(sangam(&dir).args(["--data", "d", "export"]))).unwrap();
    let names: Vec<&str> = export["tables"]["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert!(
        !names.contains(&"Good One"),
        "not even the good line of a broken list"
    );
    let missing = fails(sangam(&dir).args([
        "--data",
        "d",
        "import",
        "signatures",
        "--affiliate",
        "nowhere",
        &broken,
    ]));
    assert!(missing.contains("no affiliate"), "{missing}");
}

#[test]
fn jobs_run_due_runs_the_lifecycle_pass_as_of_a_given_day_once() {
    let dir = TempDir::new("cli-jobs");
    run(sangam(&dir).arg("demo"));
    let first = run(sangam(&dir).args(["jobs", "run-due", "--now", "2024-07-15T00:00:00Z"]));
    assert!(
        first.starts_with("lifecycle pass for 2024-07-15: "),
        "{first}"
    );
    let again = run(sangam(&dir).args(["jobs", "run-due", "--now", "2024-07-15T00:00:00Z"]));
    assert!(
        again.contains(", 0 reports created, 0 notices, 0 status changes"),
        "{again}"
    );
    let bad = sangam(&dir)
        .args(["jobs", "run-due", "--now", "yesterday"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("RFC 3339"));
}

/// A SecurePoll reference fixture as a BLT file, with its winners' names and its rounds.
fn fixture_as_blt(name: &str) -> (String, Vec<String>, Vec<serde_json::Value>) {
    let path = format!("{}/../../fixtures/stv/{name}", env!("CARGO_MANIFEST_DIR"));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (election, count) = (&doc[0], &doc[1]);
    let mut ids: Vec<&String> = election["candidates"].as_object().unwrap().keys().collect();
    ids.sort_by_key(|id| id.parse::<i64>().unwrap());
    let number = |id: &serde_json::Value| {
        let id = id
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| id.to_string());
        ids.iter().position(|x| **x == id).unwrap() + 1
    };
    let mut blt = format!("{} {}\n", ids.len(), election["seats"]);
    for vote in election["rankedVotes"].as_object().unwrap().values() {
        let mut ranks: Vec<(i64, usize)> = vote["rank"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.parse().unwrap(), number(v)))
            .collect();
        ranks.sort();
        let prefs: Vec<String> = ranks.iter().map(|r| r.1.to_string()).collect();
        blt += &format!("{} {} 0\n", vote["count"], prefs.join(" "));
    }
    blt += "0\n";
    for id in &ids {
        blt += &format!("\"Candidate {id}\"\n");
    }
    blt += "\"Reference\"\n";
    let winners = count["elected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| {
            format!(
                "Candidate {}",
                id.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| id.to_string())
            )
        })
        .collect();
    (blt, winners, count["rounds"].as_array().unwrap().clone())
}

#[test]
fn tally_counts_a_blt_file_as_securepoll_does_and_refuses_a_broken_one() {
    let dir = TempDir::new("cli-tally");
    let (blt, winners, rounds) = fixture_as_blt("20_6_5100_106188776.blt.json");
    std::fs::write(dir.0.join("board.blt"), &blt).unwrap();
    let out = run(sangam(&dir).args(["tally", "board.blt", "--method", "meek", "--json"]));
    let count: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut elected: Vec<String> = count["elected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect();
    elected.sort();
    let mut expected = winners.clone();
    expected.sort();
    assert_eq!(elected, expected, "SecurePoll's winners");
    let ours = count["rounds"].as_array().unwrap();
    assert_eq!(ours.len(), rounds.len(), "as many rounds");
    for (o, t) in ours.iter().zip(&rounds) {
        let quota: f64 = t["quota"].as_str().unwrap().parse().unwrap();
        assert!(
            (o["quota"].as_f64().unwrap() - quota).abs() < 5e-7,
            "round {}",
            o["round"]
        );
        for (id, r) in t["rankings"].as_object().unwrap() {
            let theirs: f64 = r["total"].as_str().unwrap().parse().unwrap();
            let mine = o["votes"][format!("Candidate {id}")].as_f64().unwrap();
            assert!(
                (mine - theirs).abs() < 5e-7,
                "round {} candidate {id}",
                o["round"]
            );
        }
    }
    // The text transcript.
    let text = run(sangam(&dir).args(["tally", "board.blt"]));
    assert!(
        text.contains("Round 1: quota 728.5714295714, votes 5100.0000000000"),
        "{text}"
    );
    assert!(text.contains("\nElected, in order: "));

    // Refused, with the line, and nothing counted.
    let header_end = blt.find('\n').unwrap();
    let lines: Vec<&str> = blt.lines().collect();
    let cut = lines[..lines.len() / 2].join("\n");
    let cut_in_a_name = &blt[..blt.len() - 4];
    let more_candidates = format!("21 6{}", &blt[header_end..]);
    let fewer_candidates = format!("19 6{}", &blt[header_end..]);
    let twice = blt.replacen(" 0\n", " 1 1 0\n", 1);
    for (name, text, says) in [
        ("cut.blt", cut, "cut short"),
        ("cut-name.blt", cut_in_a_name.to_string(), "cut short"),
        ("more.blt", more_candidates, "cut short"),
        (
            "fewer.blt",
            fewer_candidates,
            "more names than the candidates",
        ),
        ("twice.blt", twice, "the same candidate twice"),
        ("empty.blt", String::new(), "empty"),
    ] {
        std::fs::write(dir.0.join(name), text).unwrap();
        let out = sangam(&dir).args(["tally", name]).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name}");
        assert!(out.stdout.is_empty(), "{name}: nothing counted");
        assert!(err.contains(says) && err.contains("line "), "{name}: {err}");
    }
}
