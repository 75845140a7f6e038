//! The bad-input zoo: whatever is in the folder, reading goes on, every bad
//! file gets one clear problem, and the good files lose nothing.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use minsheng::analysis::{self, Analysis, Options};

use crate::temp_dir;

fn analyze(paths: &[PathBuf]) -> Analysis {
    analysis::analyze_paths(paths, Options::default(), &|_| {}, &AtomicBool::new(false))
}

/// The measures of an analysis, without the document name, sorted.
fn records(a: &Analysis) -> Vec<String> {
    let mut out: Vec<String> = a
        .measures
        .iter()
        .map(|f| {
            let mut m = f.measure.clone();
            m.doc.clear();
            minsheng::export::json_line(&m)
        })
        .collect();
    out.sort();
    out
}

const GOOD: [(&str, &str); 3] = [
    (
        "good/qinghai.txt",
        "## 青海发放取暖救助\n\n青海省按照每户1000元的标准发放取暖救助,惠及16万户。\n",
    ),
    (
        "good/ningxia.md",
        "# 宁夏提高低保标准\n\n宁夏城市低保标准提高到每人每月780元,全区共有低保对象30.2万人。\n",
    ),
    (
        "good/guizhou.html",
        "<html><body><h1>贵州养老保险</h1><p>贵州省基本养老保险参保率达到95%左右。</p></body></html>",
    ),
];

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("dirs");
    }
    std::fs::write(path, bytes).expect("write");
}

#[test]
fn the_zoo_gives_one_problem_per_bad_file_and_loses_no_figure() {
    let alone = temp_dir("zoo-alone");
    for (name, text) in GOOD {
        write(&alone, name, text.as_bytes());
    }
    let expected = records(&analyze(std::slice::from_ref(&alone)));
    assert_eq!(expected.len(), 5, "{expected:#?}");

    let zoo = temp_dir("zoo");
    for (name, text) in GOOD {
        write(&zoo, name, text.as_bytes());
    }
    // Other encodings beside them are good files too.
    let gb = encoding_rs::GB18030
        .encode("甘肃省发放临时救助资金2.5亿元。")
        .0
        .into_owned();
    write(&zoo, "other/gansu_gb18030.txt", &gb);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "四川省建成养老机构1200家。"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    write(&zoo, "other/sichuan_utf16.txt", &utf16);
    // A UTF-8 file broken in the middle is read, with a warning, figures kept.
    let mut broken = "湖南省救助困难群众5万人次。".as_bytes().to_vec();
    broken.extend_from_slice(&[0xFF, 0xFE, 0xC3]);
    broken.extend_from_slice("湖南省发放资金3亿元。".as_bytes());
    write(&zoo, "other/hunan_broken.txt", &broken);

    let mut bad: Vec<&str> = Vec::new();
    write(
        &zoo,
        "bad/image.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
    );
    bad.push("image.png");
    write(&zoo, "bad/archive.zip", b"PK\x03\x04\x14\0\0\0\x08\0");
    bad.push("archive.zip");
    write(
        &zoo,
        "bad/disguised.txt",
        b"PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0",
    );
    bad.push("disguised.txt");
    write(&zoo, "bad/empty.txt", b"");
    bad.push("empty.txt");
    write(&zoo, "bad/blank.txt", b"  \n\n\t  \r\n");
    bad.push("blank.txt");
    write(&zoo, "bad/nul.txt", &[0u8; 4096]);
    bad.push("nul.txt");
    // A sparse file of 1 GB: skipped by size, never read.
    let huge = std::fs::File::create(zoo.join("bad/huge.txt")).expect("create");
    huge.set_len(1024 * 1024 * 1024).expect("sparse");
    drop(huge);
    bad.push("huge.txt");
    // A line of 200,000 characters is text like any other.
    write(&zoo, "long/line.txt", "民生保障".repeat(50_000).as_bytes());
    // A folder nested 200 deep.
    let mut deep = zoo.join("deep");
    for i in 0..200 {
        deep.push(format!("d{i}"));
    }
    std::fs::create_dir_all(&deep).expect("deep");
    std::fs::write(deep.join("deep.txt"), "云南省建成社区养老服务站500个。").expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt as _;
        std::os::unix::fs::symlink(&zoo, zoo.join("other/loop")).expect("symlink");
        let name = std::ffi::OsStr::from_bytes(b"bad/\xff\xfename.txt");
        std::fs::write(zoo.join(name), b"\x00\x01\x02\x03\x04\x05\x06\x07").expect("write");
        bad.push("name.txt");
    }

    let a = analyze(std::slice::from_ref(&zoo));
    for name in &bad {
        let hits: Vec<_> = a
            .problems
            .iter()
            .filter(|p| p.path.ends_with(name))
            .collect();
        assert_eq!(hits.len(), 1, "{name}: {:#?}", a.problems);
        assert!(hits[0].skipped, "{name} is skipped");
    }
    assert!(
        a.problems
            .iter()
            .any(|p| p.path.ends_with("loop") && p.reason.contains("loop"))
    );
    let broken = a
        .problems
        .iter()
        .find(|p| p.path.ends_with("hunan_broken.txt"))
        .expect("a warning");
    assert!(!broken.skipped && broken.reason.contains("replaced"));

    // Nothing lost: the good files give what they give alone, and the others theirs.
    let got = records(&a);
    for record in &expected {
        assert!(got.contains(record), "lost {record}");
    }
    let values: Vec<f64> = a.measures.iter().map(|f| f.measure.value).collect();
    for v in [250_000_000.0, 1200.0, 50_000.0, 300_000_000.0, 500.0] {
        assert!(values.contains(&v), "{v} from the other files: {values:?}");
    }
    assert!(a.documents.iter().any(|d| d.name.ends_with("line.txt")));
}

#[test]
fn a_file_deleted_between_listing_and_reading_is_reported() {
    let dir = temp_dir("vanishing");
    write(&dir, "a.txt", "山西省发放补贴每人300元。".as_bytes());
    write(&dir, "b.txt", "陕西省发放补贴每人400元。".as_bytes());
    let mut problems = Vec::new();
    let files = minsheng::corpus::list_files(std::slice::from_ref(&dir), &mut problems);
    std::fs::remove_file(dir.join("b.txt")).expect("remove");
    let a = analysis::analyze_files(
        &files,
        problems,
        Options::default(),
        &|_| {},
        &AtomicBool::new(false),
    );
    assert_eq!(a.measures.len(), 1);
    assert_eq!(a.problems.len(), 1);
    assert!(a.problems[0].path.ends_with("b.txt") && a.problems[0].reason.contains("not found"));
}

#[test]
fn unreadable_files_and_folders_are_reported() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = temp_dir("unreadable");
        write(&dir, "ok.txt", "辽宁省发放补贴每人500元。".as_bytes());
        write(&dir, "locked.txt", "吉林省发放补贴每人600元。".as_bytes());
        write(
            &dir,
            "closed/inner.txt",
            "黑龙江省发放补贴每人700元。".as_bytes(),
        );
        std::fs::set_permissions(
            dir.join("locked.txt"),
            std::fs::Permissions::from_mode(0o000),
        )
        .expect("chmod");
        std::fs::set_permissions(dir.join("closed"), std::fs::Permissions::from_mode(0o000))
            .expect("chmod");
        if std::fs::read(dir.join("locked.txt")).is_ok() {
            // Running as root: permissions do not stop reading, so there is nothing to test.
            eprintln!("skipped: running as root, chmod 000 does not make files unreadable");
            std::fs::set_permissions(dir.join("closed"), std::fs::Permissions::from_mode(0o755))
                .expect("chmod");
            return;
        }
        let a = analyze(std::slice::from_ref(&dir));
        std::fs::set_permissions(dir.join("closed"), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
        assert_eq!(a.measures.len(), 1);
        assert!(
            a.problems
                .iter()
                .any(|p| p.path.ends_with("locked.txt") && p.reason.contains("permission"))
        );
        assert!(
            a.problems
                .iter()
                .any(|p| p.path.ends_with("closed") && p.reason.contains("permission"))
        );
    }
}
