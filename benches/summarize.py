#!/usr/bin/env python3
"""Turns the criterion results of `cargo bench -p codetable-benches --bench lookup --bench
sqlstate` into Markdown tables: nanoseconds per lookup (criterion's median estimate divided
by the inputs of one iteration), one table per measure with a row per table size, and
codetable's time as a multiple of its best competitor's (below 1: codetable is faster).

    python3 benches/summarize.py [TARGET_DIR]   # default: $CARGO_TARGET_DIR or target

A filtered rerun (`cargo bench ... -- from_value/dense`) replaces only its own results;
the first line printed gives the range of the results' times, so results left from an
earlier run show up there.
"""

import json
import os
import sys
import time

PEERS = ["strum", "match", "phf"]
NAME_SHAPES = [("random", "random names"), ("prefixed", "names that all start with `ERR_`")]
NAME_INPUTS = [
    ("hit", "hits"),
    ("miss", "misses (other names of the same shape)"),
    ("near_changed", "near misses, one byte changed (same length)"),
    ("near_resized", "near misses, one byte inserted or removed"),
]
VALUE_SHAPES = [("dense", "dense values (1000, 1001, ...)"), ("sparse", "sparse values")]
VALUE_INPUTS = [("hit", "hits"), ("miss", "misses")]
EXTRAS = [
    ("codetable_trait", "`Code::` (generic)"),
    ("codetable_decode", "`decode`"),
    ("codetable_ignore_ascii_case", "`from_name_ignore_ascii_case`"),
    ("num_enum", "num_enum"),
]


def load(root):
    """{(group, function, parameter): ns per lookup}, and the oldest and newest result time."""
    rows, times = {}, []
    for dirpath, _dirs, files in os.walk(os.path.join(root, "criterion")):
        if "benchmark.json" in files and os.path.basename(dirpath) == "new":
            with open(os.path.join(dirpath, "benchmark.json")) as f:
                bench = json.load(f)
            with open(os.path.join(dirpath, "estimates.json")) as f:
                estimates = json.load(f)
            elements = (bench.get("throughput") or {}).get("Elements") or 1
            ns = estimates["median"]["point_estimate"] / elements
            rows[(bench["group_id"], bench["function_id"], bench["value_str"])] = ns
            times.append(os.path.getmtime(os.path.join(dirpath, "estimates.json")))
    return rows, times


def size_key(param):
    """Sorts `8`, `40`, `63_NativeError`, `64`, ... by their number."""
    head = param.split("_")[0]
    return (int(head), param) if head.isdigit() else (1 << 62, param)


def label(param):
    head, _, rest = param.partition("_")
    return "%s (%s)" % (head, rest) if rest else param


def params(rows, group):
    return sorted({p for g, _, p in rows if g == group}, key=size_key)


def ns(value):
    return "-" if value is None else "%.2f" % value


def lookup_table(rows, group, title, against_match):
    """Rows = sizes; columns = codetable and its peers, and codetable / the best peer."""
    sizes = params(rows, group)
    if not sizes:
        return
    print("\n**%s** (`%s`, ns per lookup)\n" % (title, group))
    head = ["entries", "codetable"] + PEERS + ["codetable / best peer"]
    if against_match:
        head.append("codetable / match")
    print("| " + " | ".join(head) + " |")
    print("|---" * len(head) + "|")
    for size in sizes:
        ours = rows.get((group, "codetable", size))
        peers = [rows.get((group, peer, size)) for peer in PEERS]
        cells = [label(size), ns(ours)] + [ns(p) for p in peers]
        timed = [(p, name) for p, name in zip(peers, PEERS) if p is not None]
        if ours is not None and timed:
            best, name = min(timed)
            cells.append("%.2fx (%s)" % (ours / best, name))
        else:
            cells.append("-")
        if against_match:
            match = rows.get((group, "match", size))
            cells.append("%.2fx" % (ours / match) if ours is not None and match else "-")
        print("| " + " | ".join(cells) + " |")


def accessor_table(rows, shape):
    """Rows = sizes; for each accessor, codetable, the array read and their ratio."""
    sizes = sorted(
        {p for g, _, p in rows if g in ("name/" + shape, "description/" + shape, "value/" + shape)},
        key=size_key,
    )
    if not sizes:
        return
    print("\n**Accessors, %s values** (`{name,description,value}/%s`, ns per call; "
          "the array is `TABLE_NAMES[i]` etc.)\n" % (shape, shape))
    head = ["entries"]
    for what in ("name", "description", "value"):
        head += ["`%s()`" % what, "array", "ratio"]
    print("| " + " | ".join(head) + " |")
    print("|---" * len(head) + "|")
    for size in sizes:
        cells = [label(size)]
        for what in ("name", "description", "value"):
            ours = rows.get(("%s/%s" % (what, shape), "codetable", size))
            array = rows.get(("%s/%s" % (what, shape), "array", size))
            ratio = "%.2fx" % (ours / array) if ours is not None and array else "-"
            cells += [ns(ours), ns(array), ratio]
        print("| " + " | ".join(cells) + " |")


def extras_table(rows):
    """The other ways to call a lookup, where they were timed, against the inherent one."""
    lines = []
    groups = sorted({g for g, fn, _ in rows if fn in dict(EXTRAS)})
    for group in groups:
        for size in params(rows, group):
            ours = rows.get((group, "codetable", size))
            cells = [group, label(size), ns(ours)]
            found = False
            for fn, _ in EXTRAS:
                other = rows.get((group, fn, size))
                if other is None:
                    cells.append("-")
                else:
                    found = True
                    cells.append(ns(other) + (" (%.2fx)" % (other / ours) if ours else ""))
            if found:
                lines.append("| " + " | ".join(cells) + " |")
    if not lines:
        return
    print("\n**Other ways to call the lookups** (ns per lookup; in brackets, time / the "
          "inherent `const fn`'s)\n")
    head = ["group", "entries", "inherent"] + [title for _, title in EXTRAS]
    print("| " + " | ".join(head) + " |")
    print("|---" * len(head) + "|")
    print("\n".join(lines))


def sqlstate_table(rows):
    group = "sqlstate/from_value"
    inputs = [p for p in ("hit_in_order", "hit_shuffled", "miss_near", "miss_random")
              if (group, "define_codes", p) in rows]
    if not inputs:
        return
    print("\n**SQLSTATE, a string table of 260 codes** (`%s`, ns per lookup)\n" % group)
    print("| input | codetable | phf | match | phf / codetable |")
    print("|---|---|---|---|---|")
    for p in inputs:
        ours = rows.get((group, "define_codes", p))
        phf = rows.get((group, "phf", p))
        match = rows.get((group, "match", p))
        ratio = "%.2fx" % (phf / ours) if ours and phf else "-"
        print("| %s | %s | %s | %s | %s |" % (p, ns(ours), ns(phf), ns(match), ratio))


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARGO_TARGET_DIR", "target")
    rows, times = load(target)
    if not rows:
        sys.exit("no criterion results under %s/criterion" % target)
    stamp = lambda t: time.strftime("%Y-%m-%d %H:%M", time.localtime(t))
    print("Results from %s to %s." % (stamp(min(times)), stamp(max(times))))
    print("\n### `from_name`")
    for shape, shape_title in NAME_SHAPES:
        for input_, input_title in NAME_INPUTS:
            lookup_table(rows, "from_name/%s/%s" % (shape, input_),
                         "from_name, %s, %s" % (shape_title, input_title), False)
    print("\n### `from_value`")
    for shape, shape_title in VALUE_SHAPES:
        for input_, input_title in VALUE_INPUTS:
            lookup_table(rows, "from_value/%s/%s" % (shape, input_),
                         "from_value, %s, %s" % (shape_title, input_title), True)
    print("\n### Accessors")
    for shape, _ in VALUE_SHAPES:
        accessor_table(rows, shape)
    extras_table(rows)
    sqlstate_table(rows)


if __name__ == "__main__":
    main()
