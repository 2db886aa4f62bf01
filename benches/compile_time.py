#!/usr/bin/env python3
"""Build time and peak memory of code tables declared four ways.

For each size, writes a small program holding a generated table (the same generator as the
run-time benchmarks, `gen-table`) as
  floor               the same `#[repr(i32)]` enum with the values as discriminants, and
                      plain static arrays of names, values and descriptions (the floor),
  define_codes        codetable's `define_codes!`,
  define_codes_serde  the same program with codetable's `serde` feature on,
  define_codes_file   the same table read by `define_codes!` from a CSV file (`table.csv`,
                      written beside the program from the same entries),
  match               the enum with hand-written `match` lookups by value and by name,
  strum               strum 0.28's derives EnumString, FromRepr, Display, EnumIter,
                      IntoStaticStr (and EnumMessage for the descriptions),
and times `cargo build` and `cargo build --release` of it with a warm dependency cache
(the dependencies are built once first; each timed build compiles only the program, with
CARGO_INCREMENTAL=0 so that no build reuses another's work). Peak memory is the largest
resident set of the build's processes (rustc), from wait4.

    python3 benches/compile_time.py                # 1000, 3000, 5000, 20000 entries
    python3 benches/compile_time.py --sizes 3000 --profiles release
    python3 benches/compile_time.py --expanded-size --sizes 1000,20000

The work directory (by default `compile-time/` under $CARGO_TARGET_DIR or target/) is kept,
so a second run finds its dependencies built and one size takes a minute or two.
--expanded-size prints the bytes of the program after macro expansion with and without the
`serde` feature instead of timing builds (rustc's -Zunpretty=expanded, through
RUSTC_BOOTSTRAP=1: a measurement, not part of any build).

Prints a Markdown table with the ratios to the floor and to strum, and writes the raw
figures as JSON with --json. A build over --timeout is killed, and the same flavor and
profile are skipped at the larger sizes when the time of the smaller one, scaled linearly,
is already over it (shown as a lower bound); a build whose processes hold more than
--memory-limit MiB together is killed too. Python 3.8+, Linux (wait4), no packages.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLAVORS = ["floor", "define_codes", "define_codes_serde", "define_codes_file", "match", "strum"]
# The flavor of `gen-table` each one compiles, and the features of the program it needs.
SOURCE = {"define_codes_serde": "define_codes", "define_codes_file": "define_codes"}
FEATURES = {"define_codes_serde": ["--features", "serde"]}

MANIFEST = """\
[package]
name = "table"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
codetable = {{ path = {core!r} }}
strum = {{ version = "0.28", features = ["derive"] }}

[features]
serde = ["codetable/serde"]

[workspace]
"""


def session_rss_mib(sid):
    """The resident memory of every process of session `sid` (cargo, rustc, linkers), MiB."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command: state, ppid, pgrp, session, ..., rss (24th field) in pages.
        if int(fields[3]) == sid:
            total += int(fields[21])
    return total * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def measure(cmd, cwd, env, timeout, memory_limit):
    """Runs cmd; returns (seconds, peak RSS in MiB, ok, why it failed: None, "time",
    "memory" or "error"). A run over `timeout` seconds, or
    whose processes together hold over `memory_limit` MiB, is killed (a strum build once
    took the machine's 23 GiB)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    polls = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        over_time = time.monotonic() - start > timeout
        polls += 1
        over_memory = polls % 10 == 0 and session_rss_mib(proc.pid) > memory_limit
        if over_time or over_memory:
            os.killpg(proc.pid, signal.SIGKILL)
            os.wait4(proc.pid, 0)
            return None, None, False, "memory" if over_memory else "time"
        time.sleep(0.02)
    seconds = time.monotonic() - start
    ok = os.waitstatus_to_exitcode(status) == 0
    if not ok:
        sys.stderr.write(proc.stderr.read().decode(errors="replace")[-3000:])
    return seconds, usage.ru_maxrss / 1024, ok, None if ok else "error"


def generate(flavor, size, work=None):
    out = subprocess.run(
        ["cargo", "run", "-q", "--release", "-p", "codetable-benches", "--bin", "gen-table",
         "--", SOURCE.get(flavor, flavor), str(size)],
        cwd=ROOT, check=True, stdout=subprocess.PIPE)
    if flavor == "define_codes_file":
        return to_file(out.stdout, work)
    return out.stdout


ENTRY = re.compile(rb'^\s+([A-Za-z_][A-Za-z0-9_]*) = (-?[0-9]+) => "([^"\\]*)",$')


def to_file(source, work):
    """The `define_codes` program with its entries moved to `work/table.csv`, which the
    table reads with `#[file("table.csv")]`."""
    rows, kept = [b"name,value,description"], []
    for line in source.split(b"\n"):
        entry = ENTRY.match(line)
        if entry:
            rows.append(b'%s,%s,"%s"' % entry.groups())
        else:
            kept.append(line)
    with open(os.path.join(work, "table.csv"), "wb") as f:
        f.write(b"\n".join(rows) + b"\n")
    return b"\n".join(kept).replace(b"    pub enum Table",
                                      b'    #[file("table.csv")]\n    pub enum Table', 1)


def default_work(name="compile-time"):
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    return os.path.join(target, name)


def prepare(work):
    """Writes the program's crate in `work` and builds `gen-table`; returns the environment
    of the program's builds and the path of its main.rs."""
    os.makedirs(os.path.join(work, "src"), exist_ok=True)
    with open(os.path.join(work, "Cargo.toml"), "w") as f:
        f.write(MANIFEST.format(core=os.path.join(ROOT, "core")))
    if os.path.exists(os.path.join(ROOT, "Cargo.lock")):
        shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(work, "Cargo.lock"))
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=os.path.join(work, "target"))
    subprocess.run(["cargo", "build", "-q", "--release", "-p", "codetable-benches",
                    "--bin", "gen-table"], cwd=ROOT, check=True)
    return env, os.path.join(work, "src", "main.rs")


def build_cmd(profile, flavor):
    return (["cargo", "build", "--quiet"] + (["--release"] if profile == "release" else []) +
            FEATURES.get(flavor, []))


def warm(work, env, main_rs, flavors, profiles):
    """Builds the dependencies once: codetable (with and without serde), its macro crate and
    strum, in each profile."""
    print("warming the dependency cache in", work, file=sys.stderr)
    with open(main_rs, "wb") as f:
        f.write(generate("strum", 10).replace(b"fn main()", b"fn _unused()") +
                b"\nfn main() { let _ = codetable::UnknownName::new(\"t\", \"x\"); _unused() }\n")
    flavors = {flavor for flavor in flavors if flavor in FEATURES} | {"floor"}
    for profile in profiles:
        for flavor in sorted(flavors):
            subprocess.run(build_cmd(profile, flavor), cwd=work, env=env, check=True)


def expanded_size(work, env, sizes, flavors):
    """Bytes of each program after macro expansion (rustc -Zunpretty=expanded)."""
    env = dict(env, RUSTC_BOOTSTRAP="1")
    main_rs = os.path.join(work, "src", "main.rs")
    lines = ["", "Bytes of the program after macro expansion (`-Zunpretty=expanded`)", "",
             "| entries | " + " | ".join(flavors) + " |", "|---|" + "---|" * len(flavors)]
    for size in sizes:
        cells = []
        for flavor in flavors:
            with open(main_rs, "wb") as f:
                f.write(generate(flavor, size, work))
            out = subprocess.run(["cargo", "rustc", "--quiet", "--profile", "check"] +
                                 FEATURES.get(flavor, []) + ["--", "-Zunpretty=expanded"],
                                 cwd=work, env=env, check=True, stdout=subprocess.PIPE)
            cells.append("%d" % len(out.stdout))
            print("%6d %-19s %s bytes" % (size, flavor, cells[-1]), file=sys.stderr)
        lines.append("| %d | %s |" % (size, " | ".join(cells)))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,3000,5000,20000",
                        help="comma-separated entry counts (default: %(default)s)")
    parser.add_argument("--flavors", default=",".join(FLAVORS),
                        help="comma-separated subset of " + ", ".join(FLAVORS))
    parser.add_argument("--profiles", default="dev,release", help="dev, release or both")
    parser.add_argument("--repeat", type=int, default=3,
                        help="builds of each program under 30 s; the fastest counts (default: 3)")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds before a build is given up (default: %(default)s)")
    parser.add_argument("--memory-limit", type=float, default=8192,
                        help="MiB that a build's processes may hold together before it is "
                             "killed (default: %(default)s)")
    parser.add_argument("--work", help="work directory (default: %s)" % default_work())
    parser.add_argument("--json", help="also write the figures here")
    parser.add_argument("--expanded-size", action="store_true",
                        help="print the size of the expanded programs instead of timing builds")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    flavors = [f for f in args.flavors.split(",") if f]
    profiles = [p for p in args.profiles.split(",") if p]
    unknown = set(flavors) - set(FLAVORS)
    if unknown or set(profiles) - {"dev", "release"}:
        parser.error("unknown flavor or profile")

    work = args.work or default_work()
    env, main_rs = prepare(work)
    if args.expanded_size:
        print(expanded_size(work, env, sizes, flavors))
        return
    warm(work, env, main_rs, flavors, profiles)

    results = []
    # The time of each (flavor, profile) at the previous size, to skip builds that must
    # time out: build time grows at least linearly with the entries.
    previous = {}
    for size in sizes:
        for flavor in flavors:
            source = None
            for profile in profiles:
                last = previous.get((flavor, profile))
                if last is not None and (last[1] is None or last[1] * size / last[0] > args.timeout):
                    bound = args.timeout if last[1] is None else last[1] * size / last[0]
                    results.append(dict(size=size, flavor=flavor, profile=profile, seconds=None,
                                        mib=None, ok=False, skipped=True, bound=bound))
                    print("%6d %-19s %-8s skipped: at least %.0f s" % (size, flavor, profile, bound),
                          file=sys.stderr)
                    previous[(flavor, profile)] = (size, None)
                    continue
                if source is None:
                    source = generate(flavor, size, work)
                best = None
                for _ in range(args.repeat):
                    with open(main_rs, "wb") as f:
                        f.write(source)
                    seconds, mib, ok, why = measure(build_cmd(profile, flavor), work, env,
                                                    args.timeout, args.memory_limit)
                    if not ok:
                        best = {"seconds": None, "mib": mib, "ok": False, "why": why}
                        break
                    if best is None or seconds < best["seconds"]:
                        best = {"seconds": seconds, "mib": mib, "ok": True}
                    if seconds > 30:
                        break  # long builds vary less than the noise of the machine
                previous[(flavor, profile)] = (size, best["seconds"])
                row = dict(size=size, flavor=flavor, profile=profile, **best)
                results.append(row)
                shown = {"time": "timeout", "memory": "killed: over %d MiB" % args.memory_limit,
                         "error": "failed"}.get(best.get("why")) if not best["ok"] else \
                    "%.2f s, %.0f MiB" % (best["seconds"], best["mib"])
                print("%6d %-19s %-8s %s" % (size, flavor, profile, shown), file=sys.stderr)

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"work": work, "results": results}, f, indent=1)
    print(report(results, sizes, flavors, profiles, args.timeout, args.memory_limit))


def report(results, sizes, flavors, profiles, timeout, memory_limit):
    def get(size, flavor, profile):
        for r in results:
            if (r["size"], r["flavor"], r["profile"]) == (size, flavor, profile):
                return r
        return None

    def secs(r):
        if r is None:
            return "-"
        if r.get("skipped"):
            return "skipped (> %.0f s)" % r["bound"]
        if r.get("why") == "memory":
            return "killed (> %.0f MiB)" % memory_limit
        if r.get("why") == "error":
            return "failed"
        return "%.2f s" % r["seconds"] if r["ok"] else "> %.0f s" % timeout

    def low(r):
        """The time, or the lower bound of a build that timed out or was skipped."""
        if r is None:
            return None
        if r["ok"]:
            return r["seconds"]
        return r.get("bound", timeout)

    def ratio(a, b):
        if a is None or b is None or not b["ok"] or a.get("why") in ("memory", "error"):
            return "-"
        return ("%.2fx" if a["ok"] else "> %.0fx") % (low(a) / b["seconds"])

    lines = []
    for profile in profiles:
        lines.append("")
        lines.append("`cargo build%s` (seconds, peak MiB; ratio to the floor)" %
                     (" --release" if profile == "release" else ""))
        lines.append("")
        head = "| entries | " + " | ".join(flavors) + " | strum / define_codes |"
        lines.append(head)
        lines.append("|" + "---|" * (len(flavors) + 2))
        for size in sizes:
            floor = get(size, "floor", profile)
            cells = []
            for flavor in flavors:
                r = get(size, flavor, profile)
                cell = secs(r)
                if r is not None and r["mib"] is not None:
                    cell += ", %.0f MiB" % r["mib"]
                if flavor != "floor" and floor is not None:
                    cell += " (%s)" % ratio(r, floor)
                cells.append(cell)
            vs = ratio(get(size, "strum", profile), get(size, "define_codes", profile))
            lines.append("| %d | %s | %s |" % (size, " | ".join(cells), vs))
    return "\n".join(lines)


if __name__ == "__main__":
    main()
