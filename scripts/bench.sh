#!/usr/bin/env bash
# make bench: end-to-end throughput and peak memory of `saywho extract` on a 50 MB corpus.
#
# The corpus is ../shared/corpus/bbc copied ten times under target/bench/corpus (built once).
# Each run writes the CSV to a file, as an analyst would; timings come from /usr/bin/time -v.
# Not part of `make test`: timings depend on the machine and its load.
set -euo pipefail

# The release binary in the folder cargo builds into (./target, or CARGO_TARGET_DIR or
# build.target-dir when set), as `cargo metadata` reports it; make passes its own.
BIN=${BIN:-$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/release/saywho}
SHARED=${SHARED:-../shared}
BBC="$SHARED/corpus/bbc"
DIR=target/bench
CORPUS=$DIR/corpus
COPIES=10

if [ ! -d "$BBC" ]; then
    echo "make bench: $BBC not found; nothing to measure (it is only on the development machines)"
    exit 0
fi
if [ ! -x /usr/bin/time ]; then
    echo "make bench: installing GNU time (/usr/bin/time) for peak memory"
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
    else
        echo "make bench: /usr/bin/time is missing; install the Debian package 'time'" >&2
        exit 2
    fi
fi

if [ ! -f "$CORPUS/.complete" ]; then
    echo "make bench: building $CORPUS from $BBC ($COPIES copies)"
    rm -rf "$CORPUS"
    for i in $(seq 1 $COPIES); do
        mkdir -p "$CORPUS/$i"
        for d in "$BBC"/*/; do
            cp -r "$d" "$CORPUS/$i/"
        done
    done
    touch "$CORPUS/.complete"
fi
bytes=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$CORPUS" -name '*.txt' | wc -l)
awk -v b="$bytes" -v n="$files" -v c="$CORPUS" \
    'BEGIN {printf "corpus: %s, %d articles, %.1f MB\n", c, n, b / 1e6}'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

base=""
for jobs in 1 2; do
    log=$DIR/time-jobs$jobs.txt
    /usr/bin/time -v "$BIN" extract -q --jobs "$jobs" "$CORPUS" -o "$DIR/quotes-jobs$jobs.csv" 2>"$log" || true
    wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' |
        awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
    cpu=$(grep -E '(User|System) time \(seconds\)' "$log" | awk '{s += $NF} END {print s}')
    # CPU seconds as well as wall seconds: on a shared machine the wall clock also counts
    # the time other processes held the cores.
    line=$(awk -v b="$bytes" -v n="$files" -v w="$wall" -v r="$rss" -v j="$jobs" -v base="$base" -v c="$cpu" \
        'BEGIN {
            mbs = b / 1e6 / w
            printf "jobs %d: %.2f s, %.1f MB/s, %.0f articles/s, peak RSS %.1f MB, %.2f CPU s (%.1f MB per CPU second)", j, w, mbs, n / w, r / 1024, c, b / 1e6 / c
            if (base != "") printf ", %.2fx jobs 1", mbs / base
            printf "\n"
        }')
    echo "$line"
    if [ -z "$base" ]; then
        base=$(awk -v b="$bytes" -v w="$wall" 'BEGIN {print b / 1e6 / w}')
    fi
done
if ! cmp -s "$DIR/quotes-jobs1.csv" "$DIR/quotes-jobs2.csv"; then
    echo "make bench: the outputs of --jobs 1 and --jobs 2 differ" >&2
    exit 1
fi
