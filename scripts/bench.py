#!/usr/bin/env python3
"""End-to-end throughput of `rolescan score`, as BENCHMARKS.md reports it.

For each input, runs `rolescan score -j N -q --stats INPUT` several times
for each thread count, in rounds: each round runs every thread count (and
a second binary when --base is given) once, so all of them see the same
machine load. Prints medians as a Markdown table: wall-clock MB/s and
postings/s (from --stats), CPU seconds (user + system of the whole
process, from the kernel's accounting of the child), MB per CPU-second,
and peak RSS; then, for each binary, the speed-up of each thread count
over each one listed before it, as the median of the ratios within a
round. A thread
count written `1c` runs `-j 1` with the whole process pinned to one CPU
(the reader and writer threads too), for a one-core baseline. With --raw
each round also runs the `scan_vs_raw` example for the raw leftmost-longest
`find_iter` figure of the same lexicon over the same bytes, and the table
gives MB per CPU-second as a fraction of it (median of the rounds' ratios;
the issue's per-core goal).

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
    pinned = threads.endswith("c")
    jobs = threads.rstrip("c")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        [binary, "score", "-j", jobs, "-q", "--stats", path, "-o", out],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=(lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})) if pinned else None,
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


def summary(ratios):
    return f"{statistics.median(ratios):.2f}x (rounds {min(ratios):.2f}-{max(ratios):.2f})"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="JSON lines files or folders to score")
    ap.add_argument("--binary", default="target/release/rolescan")
    ap.add_argument("--base", help="a second binary to compare, run alternately")
    ap.add_argument("--runs", type=int, default=3, help="rounds per input")
    ap.add_argument("--threads", default="1,2", help="comma-separated thread counts (1c: one pinned CPU)")
    ap.add_argument("--raw", action="store_true", help="also measure raw find_iter with the scan_vs_raw example")
    ap.add_argument("--example", default="target/release/examples/scan_vs_raw")
    ap.add_argument("--ratio", action="append", default=[], metavar="A:B",
                    help="also print MB/s of input A over input B (base names), round by round")
    args = ap.parse_args()

    binaries = [("new", args.binary)] + ([("base", args.base)] if args.base else [])
    threads = args.threads.split(",")
    out = os.path.join(tempfile.mkdtemp(prefix="rolescan-bench-"), "out.csv")
    print("| input | binary | threads | MB/s | postings/s | CPU s | MB per CPU-s | peak RSS MiB |"
          + (" per CPU-s / raw |" if args.raw else ""))
    print("|---|---|---|---|---|---|---|---|" + ("---|" if args.raw else ""))
    # Rounds go over every input, so ratios between inputs (--ratio) are
    # measured within a round too.
    names = [os.path.basename(path.rstrip("/")) for path in args.inputs]
    rounds = {name: [] for name in names}
    for _ in range(args.runs):
        for name, path in zip(names, args.inputs):
            found = {(b, n): run_once(binary, n, path, out) for n in threads for b, binary in binaries}
            # scan_vs_raw reads JSON lines only.
            if args.raw and os.path.isfile(path) and path.endswith((".jsonl", ".json")):
                found["raw"] = raw_find_iter(args.example, path, 1)
            rounds[name].append(found)
    notes = []
    for name in names:
        with_raw = "raw" in rounds[name][0]
        for n in threads:
            for b, _ in binaries:
                samples = [r[(b, n)] for r in rounds[name]]
                med = {k: statistics.median(s[k] for s in samples) for k in samples[0]}
                row = (f"| {name} | {b} | {n} | {med['mb_per_s']:.1f} "
                       f"| {med['postings_per_s']:,.0f} | {med['cpu_s']:.2f} | {med['mb_per_cpu_s']:.1f} "
                       f"| {med['rss']:.0f} |")
                if with_raw:
                    ratio = statistics.median(r[(b, n)]["mb_per_cpu_s"] / r["raw"] for r in rounds[name])
                    row += f" {ratio:.2f} |"
                elif args.raw:
                    row += " |"
                print(row, flush=True)
        if with_raw:
            raw = statistics.median(r["raw"] for r in rounds[name])
            print(f"| {name} | raw find_iter | 1 | {raw:.1f} | | | {raw:.1f} | | 1.00 |", flush=True)
        if args.base:
            for n in threads:
                cpu = [r[("new", n)]["mb_per_cpu_s"] / r[("base", n)]["mb_per_cpu_s"] for r in rounds[name]]
                wall = [r[("new", n)]["mb_per_s"] / r[("base", n)]["mb_per_s"] for r in rounds[name]]
                notes.append(f"{name}, -j {n}: new / base, MB per CPU-s {summary(cpu)}; MB/s {summary(wall)}")
        for b, _ in binaries:
            for i, n in enumerate(threads):
                for m in threads[:i]:
                    ratios = [r[(b, n)]["mb_per_s"] / r[(b, m)]["mb_per_s"] for r in rounds[name]]
                    notes.append(f"{name}, {b}: -j {n} / -j {m} = {summary(ratios)}")
    for pair in args.ratio:
        num, den = pair.split(":")
        for n in threads:
            for b, _ in binaries:
                ratios = [a[(b, n)]["mb_per_s"] / d[(b, n)]["mb_per_s"] for a, d in zip(rounds[num], rounds[den])]
                notes.append(f"{num} / {den}, {b}, -j {n}: {summary(ratios)}")
    if notes:
        print()
        for line in notes:
            print(line)
    os.remove(out)


if __name__ == "__main__":
    main()
