#!/usr/bin/env python3
"""Turns the criterion results of `cargo bench -p codetable-benches --bench lookup` into the
Markdown tables of BENCHMARKS.md: nanoseconds per lookup (criterion's median estimate
divided by the inputs of one iteration) and each competitor's time as a multiple of
define_codes' (above 1: define_codes is faster).

    python3 benches/summarize.py [TARGET_DIR]   # default: $CARGO_TARGET_DIR or target
"""

import json
import os
import sys


def load(root):
    rows = {}
    for dirpath, _dirs, files in os.walk(os.path.join(root, "criterion")):
        if "benchmark.json" in files and os.path.basename(dirpath) == "new":
            with open(os.path.join(dirpath, "benchmark.json")) as f:
                bench = json.load(f)
            with open(os.path.join(dirpath, "estimates.json")) as f:
                estimates = json.load(f)
            elements = (bench.get("throughput") or {}).get("Elements") or 1
            ns = estimates["median"]["point_estimate"] / elements
            rows[(bench["group_id"], bench["function_id"], bench["value_str"])] = ns
    return rows


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARGO_TARGET_DIR", "target")
    rows = load(target)
    if not rows:
        sys.exit("no criterion results under %s/criterion" % target)
    groups = sorted({g for g, _, _ in rows}, key=lambda g: (g.split("/")[0], [
        "from_name", "from_value", "name", "value", "description"].index(g.split("/")[1])))
    for group in groups:
        functions = []
        for g, fn, _ in sorted(rows):
            if g == group and fn not in functions:
                functions.append(fn)
        functions.sort(key=lambda fn: fn != "define_codes")
        orders = []
        for g, _, order in sorted(rows):
            if g == group and order not in orders:
                orders.append(order)
        print("\n`%s` (ns per lookup; in brackets, time / define_codes' time)\n" % group)
        print("| input | " + " | ".join(functions) + " |")
        print("|---|" + "---|" * len(functions))
        for order in orders:
            ours = rows.get((group, "define_codes", order))
            cells = []
            for fn in functions:
                ns = rows.get((group, fn, order))
                if ns is None:
                    cells.append("-")
                elif fn == "define_codes" or not ours:
                    cells.append("%.2f" % ns)
                else:
                    cells.append("%.2f (%.2fx)" % (ns, ns / ours))
            print("| %s | %s |" % (order, " | ".join(cells)))


if __name__ == "__main__":
    main()
