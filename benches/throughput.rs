//! Throughput of each stage in MB/s, and as a ratio to a baseline measured in
//! the same run (validating the same bytes as UTF-8 and counting lines: the
//! least any reader must do).
//!
//! `cargo bench --bench throughput` runs the stages on the seeds repeated to
//! 50 MB, on one core. `cargo bench --bench throughput -- --generate DIR --mb 100`
//! writes a generated corpus for whole-program runs (`minsheng extract DIR`).

mod generator;

use std::hint::black_box;
use std::time::Instant;

use minsheng::corpus::{self, Document};

fn mb_per_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / secs
}

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--generate") {
        let dir = std::path::PathBuf::from(args.get(i + 1).expect("--generate DIR"));
        let mb = args
            .iter()
            .position(|a| a == "--mb")
            .and_then(|j| args.get(j + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(100);
        let (files, bytes) = generator::write_corpus(&dir, mb, 20_261_122).expect("write corpus");
        println!(
            "wrote {files} files, {:.1} MB, to {}",
            bytes as f64 / 1048576.0,
            dir.display()
        );
        return;
    }
    // The seeds repeated to 50 MB, as one string per copy of each seed.
    let seeds: Vec<&str> = corpus::SEEDS
        .iter()
        .map(|(_, b)| std::str::from_utf8(b).expect("utf-8"))
        .collect();
    let seed_bytes: usize = seeds.iter().map(|s| s.len()).sum();
    let copies = (50 * 1024 * 1024) / seed_bytes + 1;
    let docs: Vec<&str> = (0..copies).flat_map(|_| seeds.iter().copied()).collect();
    let total: usize = docs.iter().map(|d| d.len()).sum();
    println!(
        "corpus: the 5 seeds × {copies} = {:.1} MB, one core",
        total as f64 / 1048576.0
    );

    // Warm the lazily built tables (gazetteer, cue words, jieba, T2S).
    let _ = minsheng::analysis::analyze_seeds();

    let (lines, base) = time(|| {
        docs.iter()
            .map(|d| std::str::from_utf8(d.as_bytes()).map_or(0, |s| s.lines().count()))
            .sum::<usize>()
    });
    black_box(lines);
    let (_, decode) = time(|| {
        docs.iter()
            .map(|d| corpus::decode::decode(d.as_bytes()).map_or(0, |x| x.text.len()))
            .sum::<usize>()
    });
    let (_, normalize) = time(|| {
        docs.iter()
            .map(|d| corpus::normalize::normalize(d).text.len())
            .sum::<usize>()
    });
    let (parsed, read) = time(|| {
        docs.iter()
            .map(|d| {
                Document::from_bytes("x.txt", Default::default(), d.as_bytes()).expect("reads")
            })
            .collect::<Vec<_>>()
    });
    let (found, extract) = time(|| {
        parsed
            .iter()
            .map(|d| minsheng::extract::extract_document(d, 0).len())
            .sum::<usize>()
    });
    let whole = read + extract;

    println!("{:<34} {:>9} {:>14}", "stage", "MB/s", "× baseline");
    for (name, secs) in [
        ("baseline: UTF-8 check + lines", base),
        ("decode", decode),
        ("normalise", normalize),
        ("decode + normalise + split", read),
        ("extract (from split documents)", extract),
        ("whole pipeline", whole),
    ] {
        println!(
            "{name:<34} {:>9.1} {:>14.3}",
            mb_per_s(total, secs),
            base / secs
        );
    }
    println!("measures found: {found}");
}
