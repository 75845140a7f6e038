//! Ranges: a second number after `~`, `-`, `至`, `到`, carrying the unit over.

#[allow(clippy::wildcard_imports)]
use super::*;

/// A second number joined by `-`, `~`, `至`, `到`: the upper end of a range.
pub(super) fn read_range(c: &Chars<'_>, end: usize, q: &mut Quantity) -> usize {
    let k = c.skip_spaces(end);
    let Some(sep) = c.at(k) else { return end };
    if !matches!(sep, '-' | '~' | '～' | '—' | '–' | '至' | '到') {
        return end;
    }
    let k2 = c.skip_spaces(k + 1);
    let Some(n2) = number(c, k2) else { return end };
    if n2.vague {
        return end;
    }
    let mut second = plain(c, &n2);
    let e2 = read_unit(c, n2.end, &mut second, &n2);
    let mut upper = second.value;
    let mut lower = q.value;
    // The unit carries over: 两到三万 (万 written once), 780~800元.
    if q.unit == Unit::None && second.unit != Unit::None {
        q.unit = second.unit;
        // A multiplier written once applies to both: 两到三万.
        let mult = magnitude_suffix(c, n2.start, n2.end);
        if mult > 1.0 && lower < mult {
            lower *= mult;
        }
    } else if second.unit == Unit::None && q.unit != Unit::None {
        // 30-40% is written as 30%-40%; a bare second number without its unit
        // (8万元-15) is not a range of the same unit.
        if !matches!(q.unit, Unit::Percent) {
            return end;
        }
    } else if second.unit != q.unit {
        return end;
    }
    if q.unit == Unit::None && second.unit == Unit::None {
        let mult = magnitude_suffix(c, n2.start, n2.end);
        if mult > 1.0 && lower < mult {
            lower *= mult;
        }
    }
    if matches!(q.unit, Unit::Time(_)) {
        return end;
    }
    if sep == '-' && upper < lower {
        return end; // a hyphen between unrelated numbers
    }
    if upper < lower {
        std::mem::swap(&mut upper, &mut lower);
    }
    q.value = lower;
    q.value_max = Some(upper);
    e2
}
