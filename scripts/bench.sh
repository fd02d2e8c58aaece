#!/usr/bin/env bash
# make bench: throughput and peak memory of `saywho extract` on a 50 MB corpus, against the
# floor measured in the same run.
#
# The corpus is ../shared/corpus/bbc copied ten times under target/bench/corpus (built
# once), and the same articles as one JSON Lines file, target/bench/corpus.jsonl (ids are
# the relative paths, so the rows are byte for byte those of the folder).
#
# The floor is unicode-segmentation's `unicode_sentences` over the same files, read one at
# a time (examples/floor.rs): the least any sentence-level reader of the text must do. It
# runs once alone and then twice side by side, which says what a second process gains on
# this machine (two vCPUs of one core gain far less than 2x). Then `saywho extract` runs
# with `--jobs 1` from the folder and from the JSONL file, and with `--jobs 2` from the
# folder, each writing CSV to a file as an analyst would. Each line gives MB/s and the
# ratio to the floor; the `--jobs 2` gain is printed next to the two-floor gain, and peak
# RSS comes from /usr/bin/time -v. BENCH_RUNS=N (default 1) runs every measurement N times,
# interleaved, and keeps the fastest of each.
#
# Not part of `make test`: timings depend on the machine and its load.
set -euo pipefail

# The release binaries in the folder cargo builds into (./target, or CARGO_TARGET_DIR or
# build.target-dir when set), as `cargo metadata` reports it; make passes its own.
target=$(cargo metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
BIN=${BIN:-${target:-target}/release/saywho}
# The profile-guided build (make build-pgo), measured beside the plain one when it is there.
PGO_BIN=${PGO_BIN:-$BIN-pgo}
FLOOR=${FLOOR:-${target:-target}/release/examples/floor}
SHARED=${SHARED:-../shared}
RUNS=${BENCH_RUNS:-1}
BBC="$SHARED/corpus/bbc"
DIR=target/bench
CORPUS=$DIR/corpus
JSONL=$DIR/corpus.jsonl
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
if [ ! -x "$FLOOR" ]; then
    echo "make bench: $FLOOR is missing (cargo build --release --example floor)" >&2
    exit 2
fi

if [ ! -f "$CORPUS/.complete" ]; then
    echo "make bench: building $CORPUS from $BBC ($COPIES copies)"
    rm -rf "$CORPUS" "$JSONL"
    for i in $(seq 1 $COPIES); do
        mkdir -p "$CORPUS/$i"
        for d in "$BBC"/*/; do
            cp -r "$d" "$CORPUS/$i/"
        done
    done
    touch "$CORPUS/.complete"
fi
if [ ! -s "$JSONL" ]; then
    "$FLOOR" jsonl "$CORPUS" "$JSONL.tmp" && mv "$JSONL.tmp" "$JSONL"
fi
bytes=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$CORPUS" -name '*.txt' | wc -l)
mb=$(awk -v b="$bytes" 'BEGIN {print b / 1e6}')
awk -v b="$bytes" -v n="$files" -v c="$CORPUS" \
    'BEGIN {printf "corpus: %s, %d articles, %.1f MB (and the same as %s)\n", c, n, b / 1e6, "'"$JSONL"'"}'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg) before"

# wall LOG, rss LOG, cpu LOG: seconds, kilobytes and CPU seconds from a /usr/bin/time -v log.
wall() {
    grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' |
        awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }'
}
rss() { grep 'Maximum resident set size' "$1" | awk '{print $NF}'; }
cpu() { grep -E '(User|System) time \(seconds\)' "$1" | awk '{s += $NF} END {print s}'; }

# keep NAME LOG: records the run in LOG as NAME's result when it is NAME's fastest so far.
keep() {
    local name=$1 log=$2 w
    w=$(wall "$log")
    if [ ! -f "$DIR/best-$name.txt" ] || awk -v a="$w" -v b="$(wall "$DIR/best-$name.txt")" 'BEGIN {exit !(a < b)}'; then
        cp "$log" "$DIR/best-$name.txt"
    fi
}

rm -f "$DIR"/best-*.txt
for run in $(seq 1 "$RUNS"); do
    /usr/bin/time -v "$FLOOR" sentences "$CORPUS" >/dev/null 2>"$DIR/time.txt"
    keep floor "$DIR/time.txt"
    # Two floor processes side by side: the pair's wall time is the later one's.
    /usr/bin/time -v "$FLOOR" sentences "$CORPUS" >/dev/null 2>"$DIR/time-a.txt" &
    a=$!
    /usr/bin/time -v "$FLOOR" sentences "$CORPUS" >/dev/null 2>"$DIR/time-b.txt" &
    b=$!
    wait "$a" "$b"
    if awk -v a="$(wall "$DIR/time-a.txt")" -v b="$(wall "$DIR/time-b.txt")" 'BEGIN {exit !(a >= b)}'; then
        keep floor2 "$DIR/time-a.txt"
    else
        keep floor2 "$DIR/time-b.txt"
    fi
    /usr/bin/time -v "$BIN" extract -q --jobs 1 "$CORPUS" -o "$DIR/quotes-jobs1.csv" 2>"$DIR/time.txt" || true
    keep jobs1 "$DIR/time.txt"
    /usr/bin/time -v "$BIN" extract -q --jobs 1 "$JSONL" -o "$DIR/quotes-jsonl.csv" 2>"$DIR/time.txt" || true
    keep jsonl "$DIR/time.txt"
    /usr/bin/time -v "$BIN" extract -q --jobs 2 "$CORPUS" -o "$DIR/quotes-jobs2.csv" 2>"$DIR/time.txt" || true
    keep jobs2 "$DIR/time.txt"
    if [ -x "$PGO_BIN" ]; then
        /usr/bin/time -v "$PGO_BIN" extract -q --jobs 1 "$CORPUS" -o "$DIR/quotes-pgo-jobs1.csv" 2>"$DIR/time.txt" || true
        keep pgo-jobs1 "$DIR/time.txt"
        /usr/bin/time -v "$PGO_BIN" extract -q --jobs 1 "$JSONL" -o "$DIR/quotes-pgo-jsonl.csv" 2>"$DIR/time.txt" || true
        keep pgo-jsonl "$DIR/time.txt"
        /usr/bin/time -v "$PGO_BIN" extract -q --jobs 2 "$CORPUS" -o "$DIR/quotes-pgo-jobs2.csv" 2>"$DIR/time.txt" || true
        keep pgo-jobs2 "$DIR/time.txt"
    fi
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after; fastest of $RUNS run(s) each"

floor_wall=$(wall "$DIR/best-floor.txt")
printf '\n| %-38s | %7s | %7s | %8s | %6s | %8s |\n' run "wall s" "MB/s" "x floor" "CPU s" "peak RSS"
printf '|%s|\n' "----------------------------------------|---------|---------|----------|--------|----------"
# row NAME LABEL MB: one table line (MB is the text the run read: two floors read it twice).
row() {
    local log=$DIR/best-$1.txt
    awk -v label="$2" -v read="$3" -v mb="$mb" -v w="$(wall "$log")" -v fw="$floor_wall" -v c="$(cpu "$log")" -v r="$(rss "$log")" \
        'BEGIN {printf "| %-38s | %7.2f | %7.1f | %7.2fx | %6.2f | %5.1f MB |\n", label, w, read / w, (read / w) / (mb / fw), c, r / 1024}'
}
row floor "floor: unicode_sentences, 1 process" "$mb"
row floor2 "floor: 2 processes side by side" "$(awk -v m="$mb" 'BEGIN {print 2 * m}')"
row jobs1 "saywho --jobs 1, folder" "$mb"
row jsonl "saywho --jobs 1, one JSONL file" "$mb"
row jobs2 "saywho --jobs 2, folder" "$mb"
if [ -x "$PGO_BIN" ]; then
    row pgo-jobs1 "profile-guided --jobs 1, folder" "$mb"
    row pgo-jsonl "profile-guided --jobs 1, JSONL file" "$mb"
    row pgo-jobs2 "profile-guided --jobs 2, folder" "$mb"
fi
echo
# targets LABEL PREFIX: issue 16's targets for one build's runs (PREFIX names its logs): what
# a second job adds over one against what a second floor process adds, and the ratios.
targets() {
    local p=$2
    echo "$1:"
    awk -v f1="$floor_wall" -v f2="$(wall "$DIR/best-floor2.txt")" -v j1="$(wall "$DIR/best-${p}jobs1.txt")" \
        -v j2="$(wall "$DIR/best-${p}jobs2.txt")" -v js="$(wall "$DIR/best-${p}jsonl.txt")" -v r2="$(rss "$DIR/best-${p}jobs2.txt")" 'BEGIN {
        floor_gain = 2 * f1 / f2; jobs_gain = j1 / j2
        printf "  jobs 2 gain %.2fx over jobs 1; two floor processes gain %.2fx (jobs 2 gain / floor gain: %.2f, target >= 0.9)\n", jobs_gain, floor_gain, jobs_gain / floor_gain
        printf "  jobs 1: %.2fx the floor from the folder (target >= 1.0), %.2fx from JSONL (target >= 1.5); the folder is %.1f%% slower than JSONL (target <= 5%%)\n", f1 / j1, f1 / js, (j1 / js - 1) * 100
        printf "  peak RSS at jobs 2: %.1f MB (target <= 50)\n", r2 / 1024
    }'
}
targets "the release build" ""
if [ -x "$PGO_BIN" ]; then
    targets "the profile-guided build" pgo-
    awk -v a="$(wall "$DIR/best-jobs1.txt")" -v b="$(wall "$DIR/best-pgo-jobs1.txt")" \
        -v c="$(cpu "$DIR/best-jsonl.txt")" -v d="$(cpu "$DIR/best-pgo-jsonl.txt")" \
        'BEGIN {printf "profile-guided against release, jobs 1: %.2fx as fast from the folder; release takes %.2fx its CPU time from JSONL\n", a / b, c / d}'
fi
for other in jobs2 jsonl $([ -x "$PGO_BIN" ] && echo pgo-jobs1 pgo-jsonl pgo-jobs2); do
    if ! cmp -s "$DIR/quotes-jobs1.csv" "$DIR/quotes-$other.csv"; then
        echo "make bench: the rows of --jobs 1 from the folder and of the $other run differ" >&2
        exit 1
    fi
done
