//! Properties of the number parser and of the offset map, on generated input.

use minsheng::corpus::normalize;
use minsheng::extract::quantity;
use proptest::prelude::*;

/// Write a whole number in Chinese numerals (一千二百三十四, 两万零五).
fn chinese(mut n: u64) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 {
        return "零".into();
    }
    let section = |mut v: u64, out: &mut String, leading: bool| {
        let units = [(1000, '千'), (100, '百'), (10, '十')];
        let mut zero = false;
        let mut started = !leading;
        for (u, c) in units {
            let d = v / u;
            v %= u;
            if d > 0 {
                if zero {
                    out.push('零');
                    zero = false;
                }
                out.push(DIGITS[d as usize]);
                out.push(c);
                started = true;
            } else if started {
                zero = true;
            }
        }
        if v > 0 {
            if zero {
                out.push('零');
            }
            out.push(DIGITS[v as usize]);
        }
    };
    let mut out = String::new();
    let yi = n / 100_000_000;
    n %= 100_000_000;
    let wan = n / 10_000;
    let rest = n % 10_000;
    if yi > 0 {
        section(yi, &mut out, true);
        out.push('亿');
    }
    if wan > 0 {
        if yi > 0 && wan < 1000 {
            out.push('零');
        }
        section(wan, &mut out, yi == 0);
        out.push('万');
    }
    if rest > 0 {
        if (yi > 0 || wan > 0) && rest < 1000 {
            out.push('零');
        }
        section(rest, &mut out, yi == 0 && wan == 0);
    }
    out
}

fn read(text: &str) -> Vec<f64> {
    let n = normalize::normalize(text);
    quantity::find(&n.text)
        .into_iter()
        .map(|q| q.value)
        .collect()
}

fn with_separators(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arabic_numbers_read_back(n in 0u64..10_000_000_000) {
        prop_assert_eq!(read(&format!("共{n}元")), vec![n as f64]);
    }

    #[test]
    fn numbers_with_thousands_separators_read_back(n in 1000u64..10_000_000_000) {
        prop_assert_eq!(read(&format!("共{}元", with_separators(n))), vec![n as f64]);
    }

    #[test]
    fn chinese_numerals_read_back(n in 10u64..100_000_000_000) {
        let text = format!("共{}元", chinese(n));
        prop_assert_eq!(read(&text), vec![n as f64], "{}", text);
    }

    #[test]
    fn wan_and_yi_scale_decimals(whole in 1u64..10_000, tenths in 0u64..10) {
        let v = whole as f64 + tenths as f64 / 10.0;
        let got = read(&format!("共{whole}.{tenths}万元"));
        prop_assert_eq!(got.len(), 1);
        prop_assert!((got[0] - v * 1e4).abs() < 1e-6 * v * 1e4);
        let got = read(&format!("共{whole}.{tenths}亿元"));
        prop_assert!((got[0] - v * 1e8).abs() < 1e-6 * v * 1e8);
    }

    #[test]
    fn offsets_map_back_onto_character_boundaries_inside_the_text(
        text in "[一-龥，。、（）０-９ａ-ｚ0-9a-z ,\\n(biāo)標準區]{0,80}",
        a in 0usize..400,
        b in 0usize..400,
    ) {
        let n = normalize::normalize(&text);
        if !n.text.is_empty() {
            let (start, end) = (a.min(b), a.max(b));
            let (x, y) = n.original_range(&text, start, end);
            prop_assert!(x <= y && y <= text.len());
            prop_assert!(text.is_char_boundary(x) && text.is_char_boundary(y));
        }
    }

    #[test]
    fn every_analysis_character_maps_back_to_the_character_it_came_from(
        text in "[一-龥標準區０-９ａ-ｚ0-9a-z （）()：:\n]{0,80}",
    ) {
        // No clause punctuation and no pinyin here, so every character of
        // the original stays, in its analysis form, at its own place.
        let n = normalize::normalize(&text);
        for (at, c) in n.text.char_indices() {
            let (x, y) = n.original_range(&text, at, at + c.len_utf8());
            let original: Vec<char> = text[x..y].chars().collect();
            prop_assert_eq!(original.len(), 1);
            prop_assert_eq!(normalize::map_char(original[0]), c);
        }
    }

    #[test]
    fn quantities_never_panic_and_stay_inside_the_text(text in "\\PC{0,60}") {
        let n = normalize::normalize(&text);
        for q in quantity::find(&n.text) {
            prop_assert!(q.start <= q.end && q.end <= n.text.len());
            prop_assert!(n.text.is_char_boundary(q.start) && n.text.is_char_boundary(q.end));
        }
    }
}
