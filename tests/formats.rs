//! Documents that are not plain text: HTML through a real parser (with its
//! declared charset), BOM-less UTF-16 in either byte order, Word, PDF and
//! spreadsheets, each built here, and each failing as a problem, never a
//! crash.

use std::io::Write;
use std::sync::atomic::AtomicBool;

use encoding_rs::{BIG5, GBK};
use minsheng::analysis::{self, Options};
use minsheng::corpus::{self, Document, Format, decode};

use crate::{seed, temp_dir};

fn utf16be(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

#[test]
fn every_seed_in_bomless_utf16_of_either_byte_order_is_read() {
    for (name, bytes) in corpus::SEEDS {
        let text = std::str::from_utf8(bytes).expect("UTF-8");
        let big = utf16be(text);
        let decoded = decode::decode(&big).unwrap_or_else(|e| panic!("{name} as UTF-16BE: {e}"));
        assert_eq!(decoded.encoding, "UTF-16BE", "{name}");
        assert_eq!(decoded.text, text, "{name}");
        let little: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let decoded = decode::decode(&little).unwrap_or_else(|e| panic!("{name} as UTF-16LE: {e}"));
        assert_eq!(decoded.encoding, "UTF-16LE", "{name}");
    }
}

#[test]
fn chinese_utf16be_without_ascii_but_with_yi_and_ideographic_spaces_is_read() {
    // 一 is 4E 00 and the ideographic space 30 00: zero bytes on the side
    // where UTF-16LE has its ASCII. The byte order that reads as Chinese wins.
    let text = "一一　低保一　一次性补贴一千元　一户一档　一人一策";
    let decoded = decode::decode(&utf16be(text)).expect("decodes");
    assert_eq!(decoded.encoding, "UTF-16BE");
    assert_eq!(decoded.text, text);
}

#[test]
fn binary_with_zero_bytes_is_still_refused() {
    let mut bytes = Vec::new();
    for i in 0u32..4096 {
        bytes.extend_from_slice(&(i.wrapping_mul(2_654_435_761)).to_le_bytes());
        bytes.extend_from_slice(&[0, 0, 0, 0]);
    }
    assert!(matches!(
        decode::decode(&bytes),
        Err(decode::DecodeError::Binary(_) | decode::DecodeError::Undecodable)
    ));
}

#[test]
fn an_html_page_declares_its_legacy_charset() {
    for (label, encoding, expected) in [("gb2312", GBK, "GB18030"), ("big5", BIG5, "Big5")] {
        let page = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">\
             <title>低保</title></head><body><p>每人每月八百元</p></body></html>"
        );
        let (bytes, _, lossy) = encoding.encode(&page);
        assert!(!lossy);
        let decoded = decode::decode_html(&bytes).expect("decodes");
        assert_eq!(decoded.encoding, expected, "{label}");
        assert!(
            decoded.text.contains("每人每月八百元"),
            "{label}: {}",
            decoded.text
        );
        let doc = Document::from_bytes("page.htm", Default::default(), &bytes).expect("reads");
        assert_eq!(doc.encoding, expected);
        assert!(doc.original.contains("每人每月八百元"));
    }
    let short = "<meta charset='big5'><p>低保</p>";
    assert_eq!(decode::meta_charset(short.as_bytes()), Some(BIG5));
    // A page re-saved as UTF-8 without updating its declaration reads as UTF-8.
    let resaved = "<meta charset=\"gbk\"><p>每人每月八百元</p>";
    let decoded = decode::decode_html(resaved.as_bytes()).expect("decodes");
    assert_eq!(decoded.encoding, "UTF-8");
    assert!(decoded.text.contains("每人每月八百元"));
}

#[test]
fn html_is_parsed_as_a_browser_would() {
    let page = r#"<!DOCTYPE html><html><head><title>青海省 取暖补贴 发放</title>
        <script>if (a < b && c > d) { document.write("<p>9999元</p>"); }</script></head>
        <body><h1>青海省 取暖补贴 发放</h1>
        <a title="a > b" href='x?y=1&amp;z=2'>首页</a>
        <p>补贴标准&emsp;每户&yen;1200元&NotEqualTilde;&frac12;&hearts;</p>
        <!-- 旧标准 800元 --><table><tr><td>城市</td><td>农村</td></tr></table>
        <p>惠及16万户<br/>群众</body></html>"#;
    let text = corpus::html::to_text(page);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "青海省 取暖补贴 发放", "the title first: {text}");
    assert_eq!(
        text.matches("青海省 取暖补贴 发放").count(),
        1,
        "a heading repeating the title is read once: {text}"
    );
    assert!(text.contains("首页"), "{text}");
    assert!(
        !text.contains("a > b") && !text.contains("y=1"),
        "attributes are not text: {text}"
    );
    assert!(
        text.contains("每户¥1200元≂̸½♥"),
        "every named entity: {text}"
    );
    assert!(!text.contains("9999") && !text.contains("800元"), "{text}");
    assert!(text.contains("城市 农村\n"), "{text}");
    assert!(text.contains("惠及16万户\n群众"), "{text}");
    let doc = Document::from_bytes("p.html", Default::default(), page.as_bytes()).expect("reads");
    assert_eq!(doc.articles[0].title, "青海省 取暖补贴 发放");
}

/// A zip archive of named members.
fn zip(members: &[(&str, &str)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in members {
        writer
            .start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("member");
        writer.write_all(text.as_bytes()).expect("write");
    }
    writer.finish().expect("zip").into_inner()
}

fn docx(body: &str) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        ("word/document.xml", &document),
    ])
}

#[test]
fn a_word_document_gives_its_paragraphs_and_table_cells() {
    let bytes = docx(
        r#"<w:p><w:r><w:t>山西省民政厅关于提高低保标准的通知</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">城市低保标准提高到每人每月</w:t></w:r><w:r><w:t>800元</w:t></w:r><w:r><w:t>&amp;</w:t></w:r></w:p>
        <w:p><w:r><w:delText>700元</w:delText></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>地区</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>标准</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:p><w:r><w:t>太原市</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>每人每月900元</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
    );
    let text = corpus::docx::to_text(&bytes).expect("reads");
    assert_eq!(
        text,
        "山西省民政厅关于提高低保标准的通知\n城市低保标准提高到每人每月800元&\n\n地区 | 标准\n太原市 | 每人每月900元\n"
    );
    let doc = Document::from_bytes("通知.DOCX", Default::default(), &bytes).expect("reads");
    assert_eq!(doc.encoding, "DOCX");
    let found = minsheng::extract::extract_document(&doc, 0);
    assert!(
        found
            .iter()
            .any(|f| f.measure.value == 800.0 && f.measure.province == "山西"),
        "{found:?}"
    );
}

fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            let reference = format!("{}{}", char::from(b'A' + c as u8), r + 1);
            if cell.is_empty() {
                continue;
            }
            if cell.parse::<f64>().is_ok() {
                sheet.push_str(&format!("<c r=\"{reference}\"><v>{cell}</v></c>"));
            } else {
                sheet.push_str(&format!(
                    "<c r=\"{reference}\" t=\"inlineStr\"><is><t>{cell}</t></is></c>"
                ));
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    zip(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="低保标准" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        ("xl/worksheets/sheet1.xml", &sheet),
    ])
}

#[test]
fn a_spreadsheet_gives_one_line_a_row_of_bar_separated_cells() {
    let bytes = xlsx(&[
        &["地区", "城市低保标准(元/人·月)", "", "备注"],
        &[],
        &["浙江省杭州市", "1241", "", "2024年"],
        &["河北省", "850.5"],
    ]);
    let text = corpus::sheet::to_text(&bytes).expect("reads");
    assert_eq!(
        text,
        "低保标准\n地区 | 城市低保标准(元/人·月) |  | 备注\n浙江省杭州市 | 1241 |  | 2024年\n河北省 | 850.5\n\n"
    );
    let doc = Document::from_bytes("标准.xlsx", Default::default(), &bytes).expect("reads");
    assert_eq!(doc.encoding, "XLSX");
}

/// A one-page PDF showing `text` (a scan when empty) with a Type0 font whose codes are UTF-16
/// code units, mapped back to Unicode by a `ToUnicode` `CMap`: how word
/// processors write CJK text, minus the embedded glyphs.
fn pdf(text: &str) -> Vec<u8> {
    use lopdf::content::Operation;
    use lopdf::{Document as Pdf, Object, Stream, StringFormat, dictionary};
    let mut pdf = Pdf::with_version("1.5");
    let pages_id = pdf.new_object_id();
    let cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
        /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
        1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\
        2 beginbfrange\n<0000> <00FF> <0000>\n<4E00> <9FFF> <4E00>\nendbfrange\n\
        endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    let to_unicode = pdf.add_object(Stream::new(dictionary! {}, cmap.as_bytes().to_vec()));
    let descriptor = pdf.add_object(dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => "NotoSansSC-Regular",
        "Flags" => 4,
        "FontBBox" => vec![0.into(), (-120).into(), 1000.into(), 880.into()],
        "ItalicAngle" => 0,
        "Ascent" => 880,
        "Descent" => -120,
        "CapHeight" => 700,
        "StemV" => 80,
    });
    let descendant = pdf.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => "NotoSansSC-Regular",
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "DW" => 1000,
        "FontDescriptor" => descriptor,
    });
    let font = pdf.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => "NotoSansSC-Regular",
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![descendant.into()],
        "ToUnicode" => to_unicode,
    });
    let resources = pdf.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    if text.is_empty() {
        // A scan: a page that only paints (here a grey square, where a
        // scanner would place its image).
        let operations = vec![
            Operation::new("g", vec![0.5.into()]),
            Operation::new("re", vec![50.into(), 50.into(), 400.into(), 400.into()]),
            Operation::new("f", vec![]),
        ];
        return page_pdf(pdf, pages_id, resources, operations);
    }
    let mut operations = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 12.into()]),
        Operation::new("Td", vec![50.into(), 700.into()]),
    ];
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            operations.push(Operation::new("Td", vec![0.into(), (-20).into()]));
        }
        let codes: Vec<u8> = line.encode_utf16().flat_map(u16::to_be_bytes).collect();
        operations.push(Operation::new(
            "Tj",
            vec![Object::String(codes, StringFormat::Hexadecimal)],
        ));
    }
    operations.push(Operation::new("ET", vec![]));
    page_pdf(pdf, pages_id, resources, operations)
}

/// Finish a one-page PDF: its content, page, page tree and catalogue.
fn page_pdf(
    mut pdf: lopdf::Document,
    pages_id: lopdf::ObjectId,
    resources: lopdf::ObjectId,
    operations: Vec<lopdf::content::Operation>,
) -> Vec<u8> {
    use lopdf::content::Content;
    use lopdf::{Object, Stream, dictionary};
    let content = Content { operations };
    let content = pdf.add_object(Stream::new(
        dictionary! {},
        content.encode().expect("content"),
    ));
    let page = pdf.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content,
        "Resources" => resources,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    pdf.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page.into()],
            "Count" => 1,
        }),
    );
    let catalog = pdf.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    pdf.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).expect("PDF");
    bytes
}

#[test]
fn a_pdf_gives_its_text_layer_chinese_included() {
    let bytes = pdf("2023 river 300\n宁夏城乡低保标准每人每月880元");
    let text = corpus::pdf::to_text(&bytes).expect("reads");
    assert!(text.contains("2023 river 300"), "{text:?}");
    assert!(text.contains("宁夏城乡低保标准每人每月880元"), "{text:?}");
    let doc = Document::from_bytes("a.pdf", Default::default(), &bytes).expect("reads");
    assert_eq!(doc.encoding, "PDF");
    let found = minsheng::extract::extract_document(&doc, 0);
    assert!(
        found
            .iter()
            .any(|f| f.measure.value == 880.0 && f.measure.province == "宁夏"),
        "{found:?}"
    );
}

#[test]
fn a_scanned_pdf_without_a_text_layer_is_a_problem_that_says_so() {
    let bytes = pdf("");
    assert_eq!(
        corpus::pdf::to_text(&bytes).expect_err("no text"),
        decode::DecodeError::NoTextLayer
    );
}

#[test]
fn formats_are_told_by_extension_in_any_case() {
    assert_eq!(Format::of("a.PDF"), Format::Pdf);
    assert_eq!(Format::of("dir.v2/b.Docx"), Format::Docx);
    assert_eq!(Format::of("c.xls"), Format::Spreadsheet);
    assert_eq!(Format::of("d.htm"), Format::Html);
    assert_eq!(Format::of("README"), Format::Text);
    assert_eq!(Format::of_extension("jpg"), None);
}

#[test]
fn broken_documents_of_every_format_are_problems_and_the_rest_is_read() {
    let dir = temp_dir("formats-zoo");
    let (_, good) = seed("004");
    std::fs::write(dir.join("good.txt"), good).expect("write");
    std::fs::write(
        dir.join("good.docx"),
        docx("<w:p><w:r><w:t>青海省发放补贴每人300元。</w:t></w:r></w:p>"),
    )
    .expect("write");
    std::fs::write(dir.join("good.pdf"), pdf("甘肃省发放补贴每人400元。")).expect("write");
    std::fs::write(dir.join("good.xlsx"), xlsx(&[&["陕西省", "每人500元"]])).expect("write");
    std::fs::write(dir.join("not_a_zip.docx"), "plain text, not a zip").expect("write");
    std::fs::write(
        dir.join("no_body.docx"),
        zip(&[("word/styles.xml", "<x/>")]),
    )
    .expect("write");
    std::fs::write(dir.join("truncated.pdf"), &pdf("半个文件")[..60]).expect("write");
    std::fs::write(dir.join("scan.pdf"), pdf("")).expect("write");
    std::fs::write(dir.join("junk.xls"), [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]).expect("write");
    std::fs::write(dir.join("empty.xlsx"), xlsx(&[])).expect("write");
    std::fs::write(dir.join("photo.jpg"), [0xFF, 0xD8, 0xFF]).expect("write");
    let a = analysis::analyze_paths(
        std::slice::from_ref(&dir),
        Options {
            max_file_bytes: 1 << 20,
        },
        &|_| {},
        &AtomicBool::new(false),
    );
    let read: Vec<&str> = a.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(read, ["good.docx", "good.pdf", "good.txt", "good.xlsx"]);
    let problem = |file: &str| {
        a.problems
            .iter()
            .find(|p| p.path.ends_with(file))
            .unwrap_or_else(|| panic!("a problem for {file}: {:?}", a.problems))
    };
    assert!(problem("not_a_zip.docx").reason.contains("Word document"));
    assert!(problem("no_body.docx").reason.contains("word/document.xml"));
    assert!(problem("truncated.pdf").reason.contains("PDF"));
    assert!(problem("scan.pdf").reason.contains("no text layer"));
    assert!(problem("junk.xls").reason.contains("spreadsheet"));
    assert!(problem("empty.xlsx").skipped);
    assert!(problem("photo.jpg").reason.contains(".docx"));
    assert_eq!(a.problems.len(), 7, "{:?}", a.problems);
    for (value, province) in [(300.0, "青海"), (400.0, "甘肃"), (500.0, "陕西")] {
        assert!(
            a.measures
                .iter()
                .any(|f| f.measure.value == value && f.measure.province == province),
            "{province} {value}"
        );
    }
}

#[test]
fn a_document_over_the_size_limit_is_skipped_before_it_is_unpacked() {
    let dir = temp_dir("formats-limit");
    let bytes = pdf("甘肃省发放补贴每人400元。");
    std::fs::write(dir.join("big.pdf"), &bytes).expect("write");
    let a = analysis::analyze_paths(
        &[dir],
        Options {
            max_file_bytes: bytes.len() as u64 - 1,
        },
        &|_| {},
        &AtomicBool::new(false),
    );
    assert!(a.documents.is_empty());
    assert!(a.problems[0].reason.contains("limit"), "{:?}", a.problems);
}
