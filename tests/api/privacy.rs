//! What people type never reaches the log, and the server stops cleanly on SIGTERM.
//! Runs the real binary with its default logging and reads everything it prints.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A distinctive income and diagnosis, and a distinctive wrong answer.
const INCOME: &str = "7654321";
const DIAGNOSIS: &str = "inclusion_body_myositis";
const WRONG: &str = "zebra-canary-42";

#[tokio::test]
async fn the_log_holds_routes_and_status_codes_only_and_sigterm_stops_the_server() {
    let mut server = Command::new(env!("CARGO_BIN_EXE_cart-estimator"))
        .args(["--port", "0", "--workers", "1"])
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(server.stderr.take().unwrap());
    let mut log = String::new();
    let port = loop {
        let mut line = String::new();
        assert!(stderr.read_line(&mut line).unwrap() > 0, "the server stopped: {log}");
        log.push_str(&line);
        if let Some(rest) = line.split("Serving on http://127.0.0.1:").nth(1) {
            break rest.trim().parse::<u16>().unwrap();
        }
    };
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let answers = [
        ("condition", DIAGNOSIS),
        ("center", "durham"),
        ("home_state", "NC"),
        ("distance_miles", "180"),
        ("household_size", "3"),
        ("household_income", INCOME),
    ];
    let query: String = answers.iter().map(|(k, v)| format!("{k}={v}&")).collect();
    let ok = client.get(format!("{base}/estimate?{query}")).send().await.unwrap();
    assert_eq!(ok.status().as_u16(), 200);
    let posted = client
        .post(format!("{base}/estimate"))
        .form(&answers)
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status().as_u16(), 200);
    let json: serde_json::Value = answers
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::json!(v)))
        .collect();
    let api = client
        .post(format!("{base}/api/v1/estimate"))
        .json(&json)
        .send()
        .await
        .unwrap();
    assert_eq!(api.status().as_u16(), 200);
    let wrong = client
        .get(format!("{base}/estimate?{query}distance_miles={WRONG}"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 422);
    let csv = client.get(format!("{base}/estimate.csv?{query}")).send().await.unwrap();
    assert_eq!(csv.status().as_u16(), 200);

    // SIGTERM: the server finishes and exits cleanly within its shutdown time.
    let status = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    let exit = loop {
        if let Some(exit) = server.try_wait().unwrap() {
            break exit;
        }
        assert!(started.elapsed() < Duration::from_secs(15), "no exit after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "exit status {exit:?}");
    stderr.read_to_string(&mut log).unwrap();
    let mut stdout = String::new();
    server.stdout.take().unwrap().read_to_string(&mut stdout).unwrap();
    log.push_str(&stdout);

    // The log has the requests: method, path and status.
    assert!(log.contains("GET /estimate 200"), "{log}");
    assert!(log.contains("POST /api/v1/estimate 200"), "{log}");
    assert!(log.contains("GET /estimate 422"), "{log}");
    // And nothing anyone typed.
    for typed in [INCOME, DIAGNOSIS, WRONG, "household_income", "durham"] {
        assert!(!log.contains(typed), "{typed:?} reached the log:\n{log}");
    }
}
