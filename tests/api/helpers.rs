use cart_estimator::config::Settings;
use cart_estimator::data_files::load_embedded;
use cart_estimator::startup::Application;

pub use crate::fixtures::{DURHAM, TODAY};

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
}

/// Starts the app with the bundled data on a free port, one worker.
pub async fn spawn_app() -> TestApp {
    let settings = Settings {
        bind: "127.0.0.1".into(),
        port: 0,
        data_dir: None,
        workers: Some(1),
        body_timeout_seconds: 1,
        send_timeout_seconds: 2,
        today: Some(TODAY),
    };
    let application = Application::build(&settings, load_embedded().expect("bundled tables")).expect("server starts");
    let address = format!("http://127.0.0.1:{}", application.port());
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client"),
    }
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }

    /// A GET from a browser that prefers these languages (`Accept-Language`).
    pub async fn get_in(&self, path: &str, accept_language: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header("Accept-Language", accept_language)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .form(fields)
            .send()
            .await
            .expect("request")
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .json(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: &'static str) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request")
    }
}

/// Answers as a query string.
pub fn query(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

/// The household with some answers changed.
pub fn durham_with<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields: Vec<(&str, &str)> = DURHAM
        .iter()
        .copied()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .collect();
    fields.extend_from_slice(changes);
    fields
}

/// The text of the element with this id, inner tags removed (enough for our own markup,
/// where such elements do not nest an element of their own kind).
pub fn element_text(html: &str, id: &str) -> Option<String> {
    let attribute = html.find(&format!("id=\"{id}\""))?;
    let open = html[..attribute].rfind('<')?;
    let tag: String = html[open + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let open_end = attribute + html[attribute..].find('>')? + 1;
    let close = open_end + html[open_end..].find(&format!("</{tag}>"))?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[open_end..close].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Durham with a hotel against Durham with family.
pub fn compare_durham_hotel_and_family() -> String {
    let a = DURHAM.iter().map(|(k, v)| (format!("a.{k}"), v.to_string()));
    let b = DURHAM.iter().map(|(k, v)| {
        (
            format!("b.{k}"),
            if *k == "lodging" {
                "family".to_string()
            } else {
                v.to_string()
            },
        )
    });
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(a.chain(b))
        .finish()
}
