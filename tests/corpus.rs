//! Reading a corpus as it comes: encodings, clean-up, HTML, article splits,
//! folder walking and per-file problems.

use encoding_rs::{BIG5, GB18030};
use minsheng::corpus::{self, Document, decode};

use crate::{seed, temp_dir};

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if big_endian {
            &[0xFE, 0xFF]
        } else {
            &[0xFF, 0xFE]
        });
    }
    for unit in text.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

#[test]
fn every_encoding_of_a_seed_decodes_to_the_same_text() {
    let (_, bytes) = seed("001");
    let text = std::str::from_utf8(bytes).expect("seeds are UTF-8");
    let (gb, _, gb_lossy) = GB18030.encode(text);
    assert!(!gb_lossy);
    let (big5, _, _) = BIG5.encode(text);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("GB18030", gb.into_owned()),
        ("UTF-16LE", utf16(text, false, true)),
        ("UTF-16BE", utf16(text, true, true)),
        ("UTF-16LE", utf16(text, false, false)),
        ("UTF-16BE", utf16(text, true, false)),
    ];
    for (expected, encoded) in cases {
        let decoded = decode::decode(&encoded).expect("decodes");
        assert_eq!(decoded.encoding, expected);
        assert_eq!(decoded.text, text, "{expected} round trip");
    }
    // Big5 cannot hold every character of the file (simplified forms such as
    // 么); what it holds must come back, and the encoding must be told.
    let decoded = decode::decode(&big5).expect("decodes");
    assert_eq!(decoded.encoding, "Big5");
    assert!(
        decoded.text.contains("北京市社會建設"),
        "Traditional text survives Big5"
    );
}

#[test]
fn gbk_text_of_another_seed_is_detected() {
    let (_, bytes) = seed("004");
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let (gb, _, _) = GB18030.encode(text);
    let decoded = decode::decode(&gb).expect("decodes");
    assert_eq!(decoded.encoding, "GB18030");
    assert_eq!(decoded.text, text);
}

#[test]
fn a_bom_decides_over_guessing() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice("低保标准每人每月1000元".as_bytes());
    let decoded = decode::decode(&bytes).expect("decodes");
    assert_eq!(decoded.encoding, "UTF-8");
    assert_eq!(decoded.text, "低保标准每人每月1000元");
}

#[test]
fn binary_and_empty_files_are_refused_with_a_reason() {
    assert_eq!(
        decode::decode(b"").expect_err("empty"),
        decode::DecodeError::Empty
    );
    assert_eq!(
        decode::decode(b"  \n\t ").expect_err("blank"),
        decode::DecodeError::Blank
    );
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    assert!(matches!(
        decode::decode(png),
        Err(decode::DecodeError::Binary(_))
    ));
    let zip = b"PK\x03\x04\x14\0\0\0\x08\0";
    assert!(matches!(
        decode::decode(zip),
        Err(decode::DecodeError::Binary(_))
    ));
}

#[test]
fn pinyin_splices_and_doubled_punctuation_are_removed_from_the_seed_in_traditional() {
    let (name, bytes) = seed("001");
    let doc = Document::from_bytes(name, Default::default(), bytes).expect("reads");
    let text = &doc.normalized.text;
    assert!(!text.contains("(biāo)"), "pinyin readings are gone");
    assert!(
        !text.contains(",,") && !text.contains(",、"),
        "doubled punctuation is collapsed"
    );
    assert!(
        text.contains("以首善标准绘就社会建设和民政时代画卷"),
        "Traditional becomes Simplified"
    );
    assert!(text.contains("建立52家联合党委、1100余个党支部,覆盖社会组织2900余家"));
    assert!(!text.contains("扫一扫"), "page furniture is dropped");
    // The original is kept for quotes and maps back exactly.
    let at = text.find("2450元").expect("figure");
    assert_eq!(doc.original_of(at, at + "2450元".len()), "2450元");
    let at = text.find("昌平区").expect("place");
    assert_eq!(doc.original_of(at, at + "昌平区".len()), "昌平區");
}

#[test]
fn full_width_forms_become_ascii_for_analysis() {
    let original = "参与率达９５％，覆盖１２３个社区（村）";
    let n = corpus::normalize::normalize(original);
    assert_eq!(n.text, "参与率达95%,覆盖123个社区(村)");
    let at = n.text.find("95%").expect("found");
    let (a, b) = n.original_range(original, at, at + 3);
    assert_eq!(&original[a..b], "９５％");
    let at = n.text.find("社区(村)").expect("found");
    let (a, b) = n.original_range(original, at, at + "社区(村)".len());
    assert_eq!(&original[a..b], "社区（村）");
}

#[test]
fn html_is_stripped_to_paragraphs_with_entities_decoded() {
    let html = "<html><head><title>t</title><style>p{color:red}</style></head><body>\
        <script>var x = '<p>no</p>';</script><div class=nav>首页 &gt; 新闻</div>\
        <p>青海省发放资金&nbsp;1.21亿元&ldquo;取暖救助&rdquo;</p><!-- 注释 1000元 --><p>惠及16万户<br>群众</p></body></html>";
    let text = corpus::html::to_text(html);
    assert!(text.contains("首页 > 新闻\n"));
    assert!(text.contains("青海省发放资金 1.21亿元“取暖救助”\n"));
    assert!(text.contains("惠及16万户\n群众"));
    assert!(!text.contains("var x") && !text.contains("注释") && !text.contains("color"));
    let doc =
        Document::from_bytes("page.html", Default::default(), html.as_bytes()).expect("reads");
    assert!(doc.original.contains("1.21亿元"));
}

/// Where each seed article starts and ends, and its province, from the gold README.
const ARTICLES: [(&str, usize, usize, &str); 14] = [
    ("000", 3, 39, "北京"),
    ("000", 41, 57, "贵州"),
    ("000", 59, 81, "宁夏"),
    ("003", 3, 69, "北京"),
    ("003", 71, 89, "内蒙古"),
    ("003", 91, 99, "云南"),
    ("003", 101, 132, "广东"),
    ("003", 134, 145, "广东"),
    ("003", 147, 151, "江苏"),
    ("004", 1, 11, "山东"),
    ("004", 12, 16, "青海"),
    ("001", 1, 0, "北京"),
    ("002", 1, 0, "北京"),
    ("003", 153, 173, ""),
];

#[test]
fn seed_articles_split_and_get_their_provinces_as_annotated() {
    let docs = corpus::seed_documents();
    let find = |prefix: &str| {
        docs.iter()
            .find(|d| d.name.starts_with(prefix))
            .expect("seed")
    };
    for (prefix, first, last, province) in ARTICLES {
        let doc = find(prefix);
        if last == 0 {
            assert_eq!(doc.articles.len(), 1, "{prefix} is one article");
            assert_eq!(doc.articles[0].province, Some(province));
            continue;
        }
        if province.is_empty() {
            // News briefs without figures: they must stay out of the articles before them.
            assert!(
                doc.articles.iter().any(|a| a.first_line == first),
                "{prefix}:{first} opens an article"
            );
            continue;
        }
        let article = doc
            .articles
            .iter()
            .find(|a| a.first_line == first)
            .unwrap_or_else(|| {
                panic!(
                    "an article of {prefix} starts at line {first}: {:?}",
                    doc.articles
                )
            });
        assert_eq!(article.last_line, last, "{prefix}:{first} ends at {last}");
        assert_eq!(article.province, Some(province), "{prefix}:{first}");
    }
}

#[test]
fn a_headline_with_a_dateline_opens_an_article_and_the_dateline_names_its_province() {
    let text = "# 某地新闻\n\n正文很长的一段话，写了很多内容，但没有提到地名。\n\n(完)\n\n困难群众取暖有保障\n中新网兰州12月1日电 记者从民政厅获悉,全省发放取暖补贴。\n";
    let articles = corpus::articles::split(text);
    assert_eq!(articles.len(), 2, "{articles:?}");
    assert_eq!(articles[1].title, "困难群众取暖有保障");
    assert_eq!(articles[1].province, Some("甘肃"));
    assert_eq!(
        corpus::articles::dateline_place("中新网兰州12月1日电 记者"),
        Some("兰州")
    );
}

#[test]
fn walking_a_folder_skips_hidden_entries_survives_link_loops_and_reports_bad_files() {
    let dir = temp_dir("walk");
    std::fs::create_dir_all(dir.join("sub/.hidden")).expect("dirs");
    std::fs::write(dir.join("sub/a.txt"), "北京市发放补贴每人每月100元。").expect("write");
    std::fs::write(dir.join("sub/.hidden/b.txt"), "青海省支出35亿元。").expect("write");
    std::fs::write(dir.join(".secret.txt"), "x").expect("write");
    std::fs::write(dir.join("empty.txt"), "").expect("write");
    std::fs::write(dir.join("image.png"), b"\x89PNG\r\n\x1a\n").expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("sub/loop")).expect("symlink");
    let mut problems = Vec::new();
    let files = corpus::list_files(std::slice::from_ref(&dir), &mut problems);
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["empty.txt", "sub/a.txt"]);
    assert!(problems.iter().any(|p| p.path.ends_with("image.png")));
    #[cfg(unix)]
    assert!(
        problems
            .iter()
            .any(|p| p.path.ends_with("loop") && p.reason.contains("loop"))
    );
    let analysis = minsheng::analysis::analyze_paths(
        std::slice::from_ref(&dir),
        Default::default(),
        &|_| {},
        &std::sync::atomic::AtomicBool::new(false),
    );
    assert_eq!(analysis.documents.len(), 1);
    assert!(
        analysis
            .problems
            .iter()
            .any(|p| p.path.ends_with("empty.txt") && p.reason.contains("empty"))
    );
    assert_eq!(analysis.measures.len(), 1, "the good file's figure is kept");
}

#[test]
fn oversized_files_are_skipped_with_a_warning() {
    let dir = temp_dir("big");
    std::fs::write(dir.join("big.txt"), "民生".repeat(2000)).expect("write");
    let analysis = minsheng::analysis::analyze_paths(
        std::slice::from_ref(&dir),
        minsheng::analysis::Options {
            max_file_bytes: 1000,
        },
        &|_| {},
        &std::sync::atomic::AtomicBool::new(false),
    );
    assert!(analysis.documents.is_empty());
    assert!(
        analysis.problems[0].reason.contains("limit"),
        "{:?}",
        analysis.problems
    );
}

#[test]
fn a_place_is_inside_a_book_title_only_between_its_marks() {
    use minsheng::corpus::articles::inside_book_title;
    let line = "据《关于提高2023年城乡低保标准的通知》,2023年起标准提高。“引号”之后";
    let inside = line.find("2023").expect("a year in the title");
    let after = line.rfind("2023").expect("a year after the title");
    assert!(inside_book_title(line, inside));
    assert!(!inside_book_title(line, after));
    assert!(!inside_book_title(line, 0));
    assert!(!inside_book_title(line, line.len()));
    // An unclosed title runs to the end; other marks that share the title
    // marks' first byte (、, 〇) are not title marks, nor are quotes.
    let open = "见《某县2024年救助办法、〇号文";
    assert!(inside_book_title(open, open.len()));
    assert!(!inside_book_title("“2024年”、〇", "“2024年”、〇".len()));
}
