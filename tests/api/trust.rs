//! The outside review's reproductions (issue 22): each gets a clear, bounded answer. The test
//! app gives a body 1 s to arrive and sent data 2 s to be taken (`helpers::spawn_app`).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::helpers::{DURHAM, TestApp, durham_with, query, spawn_app};

fn host(app: &TestApp) -> String {
    app.address.trim_start_matches("http://").to_string()
}

/// Reads until the server closes the connection or `limit` passes; the bytes and whether the
/// server closed it (end of stream or reset) within the limit.
fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> (Vec<u8>, bool) {
    let started = Instant::now();
    stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
    let mut received = Vec::new();
    let mut buffer = [0u8; 64 * 1024];
    while started.elapsed() < limit {
        match stream.read(&mut buffer) {
            Ok(0) => return (received, true),
            Ok(n) => received.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return (received, true),
            Err(_) => {}
        }
    }
    (received, false)
}

/// The whole answer to a GET sent as typed (clients would tidy such paths before sending).
async fn raw_get(app: &TestApp, path: &str) -> String {
    let (address, request) = (
        host(app),
        format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    );
    tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let (answer, _) = read_until_closed(&mut stream, Duration::from_secs(5));
        String::from_utf8_lossy(&answer).into_owned()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn a_body_that_stops_arriving_gets_408_and_the_server_keeps_serving() {
    let app = spawn_app().await;
    let address = host(&app);
    let slow = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        let started = Instant::now();
        stream
            .write_all(b"POST /estimate?lang=es HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncondition=lupus")
            .unwrap();
        let (answer, closed) = read_until_closed(&mut stream, Duration::from_secs(6));
        (String::from_utf8_lossy(&answer).into_owned(), closed, started.elapsed())
    });
    // Others are answered while that body hangs.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
    let (answer, closed, took) = slow.await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(
        answer.contains("tardó demasiado"),
        "the answer is in the form's language: {answer}"
    );
    assert!(closed, "the connection is closed after the 408");
    assert!(took < Duration::from_secs(4), "answered after {took:?}");
}

#[tokio::test]
async fn a_client_that_stops_reading_is_cut_off_and_the_server_keeps_serving() {
    let app = spawn_app().await;
    let address = host(&app);
    let request = format!("GET /estimate?{} HTTP/1.1\r\nHost: x\r\n\r\n", query(&DURHAM));
    let stuck = tokio::task::spawn_blocking(move || {
        // A tiny receive window, and far more answers asked for than the kernel buffers hold.
        let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        socket.set_recv_buffer_size(4096).unwrap();
        let address: std::net::SocketAddr = address.parse().unwrap();
        socket.connect(&address.into()).unwrap();
        let mut stream: TcpStream = socket.into();
        stream.set_write_timeout(Some(Duration::from_secs(1))).unwrap();
        for _ in 0..100 {
            if stream.write_all(request.as_bytes()).is_err() {
                break;
            }
        }
        // Not reading for a while: the server's send time limit (2 s) passes.
        std::thread::sleep(Duration::from_secs(5));
        let (received, closed) = read_until_closed(&mut stream, Duration::from_secs(5));
        (received.len(), closed)
    });
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
    let (received, closed) = stuck.await.unwrap();
    assert!(closed, "the connection is still open");
    assert!(received < 100 * 100_000, "every answer was sent: {received} bytes");
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}

#[tokio::test]
async fn the_language_link_never_points_to_another_site() {
    let app = spawn_app().await;
    for path in [
        "//evil.example/x",
        "/\\evil.example/",
        "/%2F%2Fevil.example/x",
        "/nowhere//evil.example",
    ] {
        let page = raw_get(&app, path).await;
        assert!(page.starts_with("HTTP/1.1 404"), "{path}");
        assert!(!page.contains("evil.example"), "{path} is repeated in the page");
        assert!(
            page.contains("href=\"/?lang=es\""),
            "{path}: the switch goes to the form"
        );
    }
    // A real page's switch keeps its own route and answers.
    let html = app
        .get(&format!("/estimate?{}", query(&DURHAM)))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("href=\"/estimate?condition=lupus_nephritis"),
        "the estimate's switch"
    );
}

#[tokio::test]
async fn head_answers_on_every_get_route() {
    let app = spawn_app().await;
    let durham = query(&DURHAM);
    for path in [
        "/".to_string(),
        format!("/estimate?{durham}"),
        format!("/estimate/print?{durham}"),
        format!("/estimate.csv?{durham}"),
        format!("/estimate.xlsx?{durham}"),
        format!("/estimate.json?{durham}"),
        format!("/centers?{durham}"),
        format!("/api/v1/centers?{durham}"),
        "/api/v1/openapi.json".to_string(),
        "/sources".to_string(),
        "/advocates".to_string(),
        "/api".to_string(),
        "/compare".to_string(),
        "/healthz".to_string(),
        "/static/style.css".to_string(),
        "/advocates.csv".to_string(),
        "/advocates.json".to_string(),
    ] {
        let url = format!("{}{path}", app.address);
        let get = app.client.get(&url).send().await.unwrap();
        let head = app.client.head(&url).send().await.unwrap();
        assert_eq!(head.status(), get.status(), "{path}");
        assert_eq!(
            head.headers().get("content-type"),
            get.headers().get("content-type"),
            "{path}"
        );
        assert!(head.bytes().await.unwrap().is_empty(), "{path}: HEAD has no body");
    }
    let head = app
        .client
        .head(format!("{}/nowhere", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status().as_u16(), 404);
}

#[tokio::test]
async fn the_api_refuses_a_body_that_is_not_json_with_415() {
    let app = spawn_app().await;
    let json = r#"{"condition": "lupus_nephritis", "center": "durham", "distance_miles": 180}"#;
    for content_type in [
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded",
    ] {
        let response = app.post_raw("/api/v1/estimate", content_type, json).await;
        assert_eq!(response.status().as_u16(), 415, "{content_type}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert!(body["errors"]["body"][0].as_str().unwrap().contains("application/json"));
    }
    let response = app
        .client
        .post(format!("{}/api/v1/estimate", app.address))
        .body(json)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 415, "no Content-Type at all");
    for content_type in [
        "application/json",
        "application/json; charset=utf-8",
        "application/problem+json",
    ] {
        let response = app.post_raw("/api/v1/estimate", content_type, json).await;
        assert_ne!(response.status().as_u16(), 415, "{content_type} is JSON");
    }
}

#[tokio::test]
async fn error_bodies_are_short_in_the_pages_language_and_without_internals() {
    let app = spawn_app().await;
    // A gzip body cut short.
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(query(&DURHAM).as_bytes()).unwrap();
    let gzip = gzip.finish().unwrap();
    for (path, content_type) in [
        ("/estimate", "application/x-www-form-urlencoded"),
        ("/api/v1/estimate", "application/json"),
    ] {
        let response = app
            .client
            .post(format!("{}{path}", app.address))
            .header("content-type", content_type)
            .header("content-encoding", "gzip")
            .body(gzip[..gzip.len() / 2].to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 400, "{path}");
        let body = response.text().await.unwrap();
        assert!(body.contains("incomplete or damaged"), "{path}: {body}");
        assert!(!body.contains("Custom") && !body.contains("kind"), "{path}: {body}");
    }
    // Too large, from the Spanish form.
    let big = "x".repeat(cart_estimator::startup::MAX_BODY_BYTES + 1);
    let response = app.post_form("/estimate?lang=es", &[("condition", big.as_str())]).await;
    assert_eq!(response.status().as_u16(), 413);
    assert!(response.text().await.unwrap().contains("Empiece de nuevo"));
    // A path of nearly 64 KB: 414, with a short answer that does not repeat it. (Longer
    // than 64 KB, actix-http cannot parse the address at all and answers an empty 400.)
    let answer = raw_get(&app, &format!("/{}", "a".repeat(63 * 1024))).await;
    assert!(
        answer.starts_with("HTTP/1.1 414"),
        "{}",
        &answer[..answer.len().min(100)]
    );
    assert!(
        answer.len() < 1500 && !answer.contains("aaaa"),
        "{} bytes",
        answer.len()
    );
}

#[tokio::test]
async fn the_language_switch_reposts_only_known_answers() {
    let app = spawn_app().await;
    let junk: Vec<(String, String)> = (0..2000).map(|i| (format!("junk{i}"), "x".repeat(16))).collect();
    let mut fields: Vec<(&str, &str)> = DURHAM.to_vec();
    fields.extend(junk.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    // Repeated answers come back once.
    fields.extend(std::iter::repeat_n(("distance_miles", "180"), 500));
    let plain = app.post_form("/estimate", &DURHAM).await.text().await.unwrap();
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(!html.contains("junk"), "an unknown field came back");
    assert_eq!(
        html.matches("name=\"distance_miles\"").count(),
        plain.matches("name=\"distance_miles\"").count()
    );
    assert!(
        html.len() < plain.len() + 1024,
        "{} bytes against {}",
        html.len(),
        plain.len()
    );
}

#[tokio::test]
async fn control_characters_in_a_field_get_a_422_and_are_not_echoed() {
    let app = spawn_app().await;
    for (field, value) in [
        ("distance_miles", "18\u{0}0"),
        ("caregiver_weekly_pay", "12\u{1b}[31m04"),
        ("home_zip", "27\u{202e}710"),
        ("center", "durham\u{7}"),
    ] {
        let fields = durham_with(&[(field, value)]);
        let response = app.post_form("/estimate", &fields).await;
        assert_eq!(response.status().as_u16(), 422, "{field}");
        let html = response.text().await.unwrap();
        assert!(html.contains("hidden control characters"), "{field}");
        for c in ['\u{0}', '\u{1b}', '\u{202e}', '\u{7}'] {
            assert!(!html.contains(c), "{field}: {c:?} came back");
        }
        let response = app
            .post_json(
                "/api/v1/estimate",
                &serde_json::json!({ "condition": "lupus_nephritis", "center": "durham", field: value }),
            )
            .await;
        assert_eq!(response.status().as_u16(), 422, "{field} in JSON");
        let body: serde_json::Value = response.json().await.unwrap();
        assert!(body["errors"][field].is_array(), "{field}: {body}");
    }
}

#[tokio::test]
async fn share_links_leave_out_pay_and_income_unless_asked() {
    let app = spawn_app().await;
    let fields = durham_with(&[
        ("caregiver_weekly_pay", ""),
        ("caregiver_pay", "1300"),
        ("patient_pay", "22.50"),
        ("patient_pay_per", "hour"),
        ("household_size", "3"),
        ("household_income", "52000"),
    ]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    let links: Vec<&str> = html
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.contains("condition="))
        .collect();
    // The estimate and the form are links; the print view and the files are posted buttons.
    assert!(links.len() >= 2, "{} share links", links.len());
    assert!(html.contains("formaction=\"/estimate.csv?lang=en\""));
    for link in &links {
        for money in [
            "caregiver_pay=",
            "caregiver_weekly_pay=",
            "patient_pay=",
            "household_income=",
            "household_size=",
        ] {
            assert!(!link.contains(money), "{link} carries {money}");
        }
    }
    // The comparison form carries the household's money, so it must be posted, never sent by
    // GET (which would put it in the address).
    let start = html.find("class=\"compare-form\"").unwrap();
    let form_tag = &html[html[..start].rfind("<form").unwrap()..start];
    assert!(form_tag.contains("method=\"post\""), "{form_tag}");
    // Asked for, they are in.
    let mut asked = fields.clone();
    asked.push(("include_income", "yes"));
    let html = app.post_form("/estimate", &asked).await.text().await.unwrap();
    assert!(html.contains("caregiver_pay=1300") && html.contains("household_income=52000"));
}

/// Reads one HTTP answer with a `content-length` from a kept-alive connection.
fn read_answer(stream: &mut TcpStream) -> String {
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut received = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        let text = String::from_utf8_lossy(&received).to_string();
        if let Some(end) = text.find("\r\n\r\n") {
            let length: usize = text[..end]
                .lines()
                .find_map(|line| line.strip_prefix("content-length: "))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or(0);
            if received.len() >= end + 4 + length {
                return text;
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return text,
            Ok(n) => received.extend_from_slice(&buffer[..n]),
        }
    }
}

#[test]
fn sigterm_answers_what_kept_alive_clients_sent_and_tells_them_to_close() {
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_cart-estimator"))
        .args(["--port", "0", "--workers", "1"])
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(server.stderr.take().unwrap());
    let port = loop {
        let mut line = String::new();
        assert!(
            std::io::BufRead::read_line(&mut stderr, &mut line).unwrap() > 0,
            "no start"
        );
        if let Some(rest) = line.split("Serving on http://127.0.0.1:").nth(1) {
            break rest.trim().to_string();
        }
    };
    let request = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    let connect = || {
        let mut stream = TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
        stream.write_all(request).unwrap();
        assert!(read_answer(&mut stream).starts_with("HTTP/1.1 200"));
        stream
    };
    let (mut before, mut after, mut idle) = (connect(), connect(), connect());
    // A request written a moment before SIGTERM, one just after, and a connection left idle.
    before.write_all(request).unwrap();
    let stopped = Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let answer = read_answer(&mut before);
    assert!(answer.starts_with("HTTP/1.1 200"), "written before SIGTERM: {answer:?}");
    std::thread::sleep(Duration::from_millis(200));
    after.write_all(request).unwrap();
    let answer = read_answer(&mut after);
    assert!(answer.starts_with("HTTP/1.1 200"), "written after SIGTERM: {answer:?}");
    assert!(answer.to_lowercase().contains("connection: close"), "{answer}");
    let (_, closed) = read_until_closed(&mut after, Duration::from_secs(2));
    assert!(closed, "the server closes the connection after that answer");
    // A new connection while draining is answered too, and told to close.
    let mut late = TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
    late.write_all(request).unwrap();
    let answer = read_answer(&mut late);
    assert!(
        answer.to_lowercase().contains("connection: close"),
        "a new connection: {answer:?}"
    );
    // The idle one closes itself (keep-alive is 5 s), and the server exits after its 6 s of
    // draining.
    let (_, closed) = read_until_closed(&mut idle, Duration::from_secs(8));
    assert!(
        stopped.elapsed() < Duration::from_secs(6),
        "closed only when the server exited"
    );
    assert!(closed, "the idle connection was closed");
    let exit = loop {
        if let Some(exit) = server.try_wait().unwrap() {
            break exit;
        }
        assert!(stopped.elapsed() < Duration::from_secs(12), "no exit in time");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
    assert!(
        stopped.elapsed() < Duration::from_secs(9),
        "exited after {:?}",
        stopped.elapsed()
    );
}
