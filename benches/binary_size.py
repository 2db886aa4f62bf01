#!/usr/bin/env python3
"""Bytes of code and static data per entry of a code table, in a release binary.

Builds the programs of compile_time.py (`gen-table FLAVOR N`: the table and a `main` that
reaches every lookup from its arguments, so the linker keeps them all) with
`cargo build --release`, at each size and at a small base size N0, and reads the sizes of
the binary's sections from its ELF section headers. The per-entry figure of a section is

    (bytes at N - bytes at N0) / (N - N0)

so the fixed cost of std, main and the lookup code cancels out. The generated tables are
prefix-stable: the N0 entries are the first N0 of the N.

Columns: `.text` (code); static data (`.rodata` + `.data.rel.ro` + `.data`: the strings,
arrays and lookup tables); `.rela.dyn` (the binary is position-independent, so each pointer
in `.data.rel.ro`, e.g. each `&str` of a static array, costs a 24-byte relocation record);
unwind (`.eh_frame`, `.eh_frame_hdr`, `.gcc_except_table`); and the total of every section
loaded at run time. Symbols and debug information are not loaded and not counted.

    python3 benches/binary_size.py                        # 1,000 entries, N0 = 100
    python3 benches/binary_size.py --sizes 1000,5000 --base 100

Python 3.8+, Linux (ELF), no packages. The work directory (by default `binary-size/` under
$CARGO_TARGET_DIR or target/) is kept between runs.
"""

import argparse
import json
import os
import struct
import subprocess
import sys

from compile_time import (FEATURES, FLAVORS, SOURCE, build_cmd, default_work, generate,
                          prepare)

GROUPS = {
    "text": [".text"],
    "static": [".rodata", ".data.rel.ro", ".data"],
    "rela": [".rela.dyn"],
    "unwind": [".eh_frame", ".eh_frame_hdr", ".gcc_except_table"],
}
SHF_ALLOC = 0x2


def sections(path):
    """{name: size} of the sections of an ELF64 little-endian file, and the total of the
    sections loaded at run time (SHF_ALLOC)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise SystemExit("%s: not a 64-bit little-endian ELF file" % path)
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)

    def header(i):
        # sh_name, sh_type, sh_flags, sh_addr, sh_offset, sh_size
        return struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)

    strtab_offset = header(shstrndx)[4]
    sizes, loaded = {}, 0
    for i in range(shnum):
        name, _, flags, _, _, size = header(i)
        end = data.index(b"\0", strtab_offset + name)
        name = data[strtab_offset + name:end].decode()
        sizes[name] = sizes.get(name, 0) + size
        if flags & SHF_ALLOC:
            loaded += size
    return sizes, loaded


def measure(work, env, main_rs, flavor, size):
    """The grouped section sizes of `flavor`'s release binary at `size` entries."""
    with open(main_rs, "wb") as f:
        f.write(generate(SOURCE.get(flavor, flavor), size))
    subprocess.run(build_cmd("release", flavor), cwd=work, env=env, check=True)
    sizes, loaded = sections(os.path.join(work, "target", "release", "table"))
    out = {group: sum(sizes.get(s, 0) for s in names) for group, names in GROUPS.items()}
    out["total"] = loaded
    return out


def report(per_entry, sizes, base, flavors):
    def ratio(a, b):
        return "%.2fx" % (a / b) if b else "-"

    lines = []
    for size in sizes:
        lines += ["", "Bytes per entry, release, (size at %d - size at %d) / %d" %
                  (size, base, size - base), "",
                  "| flavor | .text | static data | .rela.dyn | unwind | total loaded |"
                  " total / match | total / strum |",
                  "|---|---|---|---|---|---|---|---|"]
        for flavor in flavors:
            row = per_entry[size][flavor]
            match = per_entry[size].get("match", {}).get("total")
            strum = per_entry[size].get("strum", {}).get("total")
            lines.append("| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |" % (
                flavor, row["text"], row["static"], row["rela"], row["unwind"], row["total"],
                ratio(row["total"], match), ratio(row["total"], strum)))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000",
                        help="comma-separated entry counts (default: %(default)s)")
    parser.add_argument("--base", type=int, default=100,
                        help="the small size N0 subtracted from each (default: %(default)s)")
    default_flavors = [f for f in FLAVORS if f not in FEATURES]
    parser.add_argument("--flavors", default=",".join(default_flavors),
                        help="comma-separated subset of %s (default: %s)" %
                        (", ".join(FLAVORS), ",".join(default_flavors)))
    parser.add_argument("--work", help="work directory (default: %s)" % default_work("binary-size"))
    parser.add_argument("--json", help="also write the raw section sizes here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    flavors = [f for f in args.flavors.split(",") if f]
    if set(flavors) - set(FLAVORS):
        parser.error("unknown flavor")
    if any(size <= args.base for size in sizes):
        parser.error("every size must be larger than --base")

    work = os.path.abspath(args.work or default_work("binary-size"))
    env, main_rs = prepare(work)
    raw = {}
    for flavor in flavors:
        for size in [args.base] + sizes:
            raw[(flavor, size)] = measure(work, env, main_rs, flavor, size)
            print("%6d %-19s %s" % (size, flavor, raw[(flavor, size)]), file=sys.stderr)
    per_entry = {
        size: {flavor: {group: (raw[(flavor, size)][group] - raw[(flavor, args.base)][group]) /
                        (size - args.base) for group in raw[(flavor, size)]}
               for flavor in flavors}
        for size in sizes}
    if args.json:
        with open(args.json, "w") as f:
            json.dump([dict(flavor=flavor, size=size, **groups)
                       for (flavor, size), groups in raw.items()], f, indent=1)
    print(report(per_entry, sizes, args.base, flavors))


if __name__ == "__main__":
    main()
