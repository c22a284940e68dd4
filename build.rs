//! Embeds the templates in the binary; a template with bad syntax fails the build.

fn main() {
    minijinja_embed::embed_templates!("templates", &[".html"][..]);
}
