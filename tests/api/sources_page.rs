//! The Sources page: every source, and how current each table of figures is.

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_sources_page_lists_every_source() {
    let app = spawn_app().await;
    let html = app.get("/sources").await.text().await.unwrap();
    let tables = cart_estimator::data_files::load_embedded().unwrap();
    for source in tables.sources() {
        assert!(html.contains(&format!("id=\"{}\"", source.id)), "{} missing", source.id);
    }
    assert!(html.contains("FY 2026 CONUS per diem rates (master file)"));
    assert!(html.contains("Assumption"));
}

#[tokio::test]
async fn the_sources_page_says_how_current_each_table_is() {
    let app = spawn_app().await;
    let html = app.get("/sources").await.text().await.unwrap();
    assert!(html.contains("<h2 id=\"currency\">How current our figures are</h2>"));
    // GSA's two fiscal years, and when GSA brings out the next.
    assert!(html.contains(
        "<th scope=\"row\">Federal hotel and meal rates (GSA per diem)</th>\n      <td data-label=\"Figures hold for\">October 1, 2025 to September 30, 2026; October 1, 2026 to September 30, 2027</td>"
    ));
    assert!(html.contains("Each summer, for the federal fiscal year that starts on October 1"));
    // The poverty guidelines by year (2025 for 2026 Marketplace plans); a survey's cost by the year of its data.
    assert!(html.contains("the 2025 and 2026 guidelines, each in force from its January notice until the next"));
    assert!(html.contains("<th scope=\"row\">Hospital costs per day (KFF)</th>\n      <td data-label=\"Figures hold for\">data of 2022</td>"));
    // In Spanish too.
    let html = app.get("/sources?lang=es").await.text().await.unwrap();
    assert!(html.contains("del 1 de octubre de 2025 al 30 de septiembre de 2026"));
    assert!(html.contains("Las cifras nuevas suelen salir"));
}
