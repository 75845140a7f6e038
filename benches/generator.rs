//! A deterministic corpus generator: scales the seeds to any size by
//! shuffling their paragraphs into new documents of 4–40 KB, swapping
//! province names and jittering numbers, with about one file in eight in
//! GB18030 and one in twenty-five in UTF-16, spread over subfolders.

use std::path::Path;

/// A small, fast, deterministic random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// The seeds' paragraphs (non-blank lines).
pub fn seed_paragraphs() -> Vec<String> {
    minsheng::corpus::SEEDS
        .iter()
        .filter_map(|(_, bytes)| std::str::from_utf8(bytes).ok())
        .flat_map(str::lines)
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

const SWAP: [&str; 12] = [
    "北京",
    "青海",
    "山东",
    "宁夏",
    "贵州",
    "云南",
    "广东",
    "内蒙古",
    "甘肃",
    "河南",
    "四川",
    "浙江",
];

/// One generated document's text.
pub fn document(rng: &mut Rng, paragraphs: &[String], target_bytes: usize) -> String {
    let from = SWAP[rng.below(SWAP.len())];
    let to = SWAP[rng.below(SWAP.len())];
    let mut out = String::with_capacity(target_bytes + 4096);
    while out.len() < target_bytes {
        let p = &paragraphs[rng.below(paragraphs.len())];
        let p = p.replace(from, to);
        out.push_str(&jitter_numbers(rng, &p));
        out.push_str("\n\n");
    }
    out
}

/// Replace each run of ASCII digits by a nearby number of the same length.
fn jitter_numbers(rng: &mut Rng, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        flush(rng, &mut digits, &mut out);
        out.push(c);
    }
    flush(rng, &mut digits, &mut out);
    out
}

fn flush(rng: &mut Rng, digits: &mut String, out: &mut String) {
    if digits.is_empty() {
        return;
    }
    let bytes: Vec<u8> = digits
        .bytes()
        .enumerate()
        .map(|(i, d)| {
            if i == 0 || digits.len() == 4 {
                d
            } else {
                b'0' + (rng.below(10) as u8)
            }
        })
        .collect();
    out.push_str(std::str::from_utf8(&bytes).unwrap_or("0"));
    digits.clear();
}

/// Write about `megabytes` of documents under `dir`; returns (files, bytes).
pub fn write_corpus(dir: &Path, megabytes: usize, seed: u64) -> std::io::Result<(usize, u64)> {
    let paragraphs = seed_paragraphs();
    let mut rng = Rng::new(seed);
    let target = megabytes as u64 * 1024 * 1024;
    let (mut files, mut bytes) = (0usize, 0u64);
    while bytes < target {
        let size = 4 * 1024 + rng.below(36 * 1024);
        let text = document(&mut rng, &paragraphs, size);
        let sub = dir.join(format!("part{:02}", files % 16));
        std::fs::create_dir_all(&sub)?;
        let encoded: Vec<u8> = if files % 25 == 7 {
            let mut v = vec![0xFF, 0xFE];
            v.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            v
        } else if files % 8 == 3 {
            encoding_rs::GB18030.encode(&text).0.into_owned()
        } else {
            text.into_bytes()
        };
        bytes += encoded.len() as u64;
        std::fs::write(sub.join(format!("doc{files:06}.txt")), encoded)?;
        files += 1;
    }
    Ok((files, bytes))
}
