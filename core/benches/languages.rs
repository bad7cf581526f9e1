//! Issue 16: what twenty essentials packs cost. (1) Cold open + home texts with every
//! pack bundled, against the same with only the four full locales, built from the same
//! content folder in the same run (target: ratio ≤ 1.1, the cost must not grow with
//! the number of languages). (2) Search p95 per locale, first search (a pack's index
//! is built then) reported apart.
//!
//! `cargo bench -p lueur-core --bench languages`

use lueur_core::env::{ManualClock, MemorySecretStore, SeededRandom};
use lueur_core::l10n::Localizer;
use lueur_core::{ContentStore, Lueur, LueurConfig};
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

const HOME: &[&str] = &[
    "home-title",
    "home-intro",
    "home-danger-title",
    "home-danger-text",
    "home-action-help-now",
    "home-action-check-me",
    "home-action-contacts",
    "home-action-report",
    "home-action-settings",
    "nav-choose",
    "nav-back",
];

fn copy_dir(from: &Path, to: &Path, skip: &dyn Fn(&Path) -> bool) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        if skip(&entry.path()) {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target, skip);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// The bundled content folder with only fr, nl, de and en.
fn four_locales_only() -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let dir = tempfile::tempdir().expect("tempdir");
    let full = ["fr", "nl", "de", "en"];
    let keep = |p: &Path| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let parent = p
            .parent()
            .and_then(|d| d.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let stem = name.trim_end_matches(".md");
        (parent == "locales" && !full.contains(&name))
            || (name.ends_with(".md")
                && p.parent()
                    .and_then(|d| d.parent())
                    .and_then(|d| d.file_name())
                    == Some("articles".as_ref())
                && !full.contains(&stem))
            || matches!(name, "target" | "src" | "tests")
    };
    copy_dir(&root, dir.path(), &keep);
    let packs = std::fs::read_to_string(dir.path().join("packs.toml")).expect("packs");
    let head = packs
        .split("[[pack]]")
        .next()
        .unwrap_or_default()
        .to_string();
    let four: String = full
        .iter()
        .map(|t| {
            format!("[[pack]]\ntag = \"{t}\"\ncompleteness = \"full\"\nreview = \"original\"\n\n")
        })
        .collect();
    std::fs::write(dir.path().join("packs.toml"), head + &four).expect("write");
    lueur_content::build(dir.path()).expect("four-locale content builds")
}

/// As `Lueur::open` reads the embedded content: in place, without a copy.
fn open_and_home(bytes: &'static [u8]) -> usize {
    let content = ContentStore::open_static(bytes).expect("open");
    let l10n = Localizer::load(&content, "fr").expect("load");
    HOME.iter()
        .map(|id| black_box(l10n.text(id, &[])).len())
        .sum()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let quick =
        std::env::args().any(|a| a == "--test") || !std::env::args().any(|a| a == "--bench");
    let runs = if quick { 5 } else { 400 };
    let all = ContentStore::embedded_bytes();
    let four: &'static [u8] = Box::leak(four_locales_only().into_boxed_slice());
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        open_and_home(all);
        a.push(t.elapsed());
        let t = Instant::now();
        open_and_home(four);
        b.push(t.elapsed());
    }
    let (ma, mb) = (median(a), median(b));
    println!(
        "cold open + home, {} locales ({} bytes): median {:?}; four full locales ({} bytes): median {:?}; ratio {:.3} (target <= 1.1)",
        ContentStore::open_static(all)
            .map(|c| c.info().locales.len())
            .unwrap_or(0),
        all.len(),
        ma,
        four.len(),
        mb,
        ma.as_secs_f64() / mb.as_secs_f64()
    );
    let queries = [
        "police",
        "help",
        "112",
        "payoke",
        "travail",
        "hulp",
        "droit",
        "ajutor",
        "مساعدة",
        "帮助",
    ];
    let content = ContentStore::open_embedded().expect("content");
    let mut english_p95: Option<Duration> = None;
    let mut locales = content.info().locales.clone();
    // English first: its p95 is the baseline the others are compared with.
    locales.sort_by_key(|l| l != "en");
    for locale in locales {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = Lueur::open(LueurConfig {
            data_dir: dir.path().to_path_buf(),
            preferred_locales: vec![locale.clone()],
            clock: Arc::new(ManualClock::new(1_764_000_000_000)),
            random: Arc::new(SeededRandom::new(1)),
            secrets: Arc::new(MemorySecretStore::new(SeededRandom::new(1))),
        })
        .expect("open");
        let t = Instant::now();
        lueur.search_view("police").expect("search");
        let first = t.elapsed();
        let mut times = Vec::new();
        for _ in 0..(if quick { 2 } else { 40 }) {
            for q in queries {
                let t = Instant::now();
                black_box(lueur.search_view(q).expect("search"));
                times.push(t.elapsed());
            }
        }
        times.sort();
        let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
        let baseline = *english_p95.get_or_insert(p95);
        println!(
            "search {locale}: first {first:?} (builds its index), then p95 {p95:?} over {} queries; ratio to English p95 in this run {:.2}",
            times.len(),
            p95.as_secs_f64() / baseline.as_secs_f64()
        );
    }
}
