#!/usr/bin/env python3
"""End-to-end throughput of `rolescan score`, as BENCHMARKS.md reports it.

For each input and thread count, runs `rolescan score -j N -q --stats INPUT`
several times (alternating with a second binary when --base is given, so
both see the same machine load) and prints medians as a Markdown table:
wall-clock MB/s and postings/s (from --stats), CPU seconds (user + system
of the whole process, from the kernel's accounting of the child), MB per
CPU-second, and peak RSS. With --raw it also runs the `scan_vs_raw`
example once per input for the raw leftmost-longest `find_iter` figure of
the same lexicon over the same bytes, and prints MB per CPU-second as a
fraction of it (the issue's per-core goal).

    cargo build --release --example scan_vs_raw
    scripts/bench.py --raw ../shared/corpora/dev.jsonl /tmp/big.jsonl
    scripts/bench.py --base /tmp/rolescan-old --runs 5 ../shared/corpora/dev.jsonl
"""

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile


def run_once(binary, threads, path, out):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        [binary, "score", "-j", str(threads), "-q", "--stats", path, "-o", out],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 2):
        sys.exit(f"{binary} failed on {path}:\n{proc.stderr}")
    stats = re.search(r"rolescan stats: (.*)", proc.stderr)
    if not stats:
        sys.exit(f"{binary} printed no stats line for {path}:\n{proc.stderr}")
    fields = dict(kv.split("=", 1) for kv in stats.group(1).split())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    mb = int(fields["bytes"]) / 1e6
    return {
        "mb_per_s": float(fields["mb_per_s"]),
        "postings_per_s": float(fields["postings_per_s"]),
        "cpu_s": cpu,
        "mb_per_cpu_s": mb / cpu if cpu > 0 else float("nan"),
        "rss": float(fields["peak_rss_mib"]) if fields["peak_rss_mib"] != "unknown" else float("nan"),
    }


def raw_find_iter(example, path, rounds):
    proc = subprocess.run(
        [example, path, "--rounds", str(rounds)], capture_output=True, text=True, check=True
    )
    m = re.search(r"raw find_iter\s+([0-9.]+) MB/s", proc.stdout)
    return float(m.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="JSON lines files or folders to score")
    ap.add_argument("--binary", default="target/release/rolescan")
    ap.add_argument("--base", help="a second binary to compare, run alternately")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    ap.add_argument("--raw", action="store_true", help="also measure raw find_iter with the scan_vs_raw example")
    ap.add_argument("--example", default="target/release/examples/scan_vs_raw")
    args = ap.parse_args()

    binaries = [("new", args.binary)] + ([("base", args.base)] if args.base else [])
    threads = [int(t) for t in args.threads.split(",")]
    out = os.path.join(tempfile.mkdtemp(prefix="rolescan-bench-"), "out.csv")
    print("| input | binary | threads | MB/s | postings/s | CPU s | MB per CPU-s | peak RSS MiB |"
          + (" per CPU-s / raw |" if args.raw else ""))
    print("|---|---|---|---|---|---|---|---|" + ("---|" if args.raw else ""))
    for path in args.inputs:
        raw = raw_find_iter(args.example, path, 3) if args.raw and os.path.isfile(path) else None
        for n in threads:
            samples = {name: [] for name, _ in binaries}
            for _ in range(args.runs):
                for name, binary in binaries:
                    samples[name].append(run_once(binary, n, path, out))
            for name, _ in binaries:
                med = {k: statistics.median(s[k] for s in samples[name]) for k in samples[name][0]}
                row = (f"| {os.path.basename(path.rstrip('/'))} | {name} | {n} | {med['mb_per_s']:.1f} "
                       f"| {med['postings_per_s']:,.0f} | {med['cpu_s']:.2f} | {med['mb_per_cpu_s']:.1f} "
                       f"| {med['rss']:.0f} |")
                if args.raw:
                    row += f" {med['mb_per_cpu_s'] / raw:.2f} |" if raw else " |"
                print(row, flush=True)
        if raw:
            print(f"| {os.path.basename(path)} | raw find_iter | 1 | {raw:.1f} | | | {raw:.1f} | | 1.00 |", flush=True)
    os.remove(out)


if __name__ == "__main__":
    main()
