//! A 64-bit FNV-1a hash, written out here so that it gives the same value on
//! every platform and every Rust release (`std`'s `DefaultHasher` promises
//! neither). The build script includes this file too, to fingerprint the
//! extractor's sources; the cache uses it to name its files.

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over a stream of bytes.
#[derive(Clone, Copy, Debug)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Self(OFFSET_BASIS)
    }
}

impl Fnv1a {
    pub fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(PRIME);
        }
    }

    /// A field of variable length: its length first, so that `("ab", "c")`
    /// and `("a", "bc")` differ.
    pub fn write_field(&mut self, bytes: &[u8]) {
        self.write(&(bytes.len() as u64).to_le_bytes());
        self.write(bytes);
    }

    pub fn finish(self) -> u64 {
        self.0
    }
}

/// The fingerprint of named inputs (a relative path with `/` and the file's
/// bytes), in the order given: callers sort them.
pub fn of_inputs<'a>(inputs: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> u64 {
    let mut hasher = Fnv1a::default();
    for (name, bytes) in inputs {
        hasher.write_field(name.as_bytes());
        hasher.write_field(bytes);
    }
    hasher.finish()
}
