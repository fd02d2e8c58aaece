#!/usr/bin/env bash
# make bench-pathological: extraction must stay linear on text no article is made of.
#
# Times `saywho extract` on generated 10 MB and 20 MB inputs: quotation marks only (each
# kind, and all kinds mixed), "said said said ...", one line of ordinary text (the news
# articles among the fixtures run together on one line), and a 50 MB line. Each must run at
# 5 MB/s or more,
# and doubling the input may at most double the work (within 20%).
#
# Times are CPU seconds (user + system), the least of three runs: other processes on a
# shared machine only ever add time, but on a loaded machine the 20 MB run still varies by
# a third. So where valgrind is installed, doubling is judged on instructions counted by
# callgrind on 1 MB and 2 MB of the same input, which no load changes (the "instr" column);
# elsewhere on the CPU seconds of 10 MB and 20 MB.
# Not part of `make test`: it takes minutes and its timings depend on the machine.
# Exits 1 when a check fails.
set -euo pipefail

# The release binary in the folder cargo builds into (./target, or CARGO_TARGET_DIR or
# build.target-dir when set), as `cargo metadata` reports it; make passes its own.
BIN=${BIN:-$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/release/saywho}
DIR=${DIR:-target/bench/pathological}
MIN_MBS=${MIN_MBS:-5}
RUNS=${RUNS:-3}
mkdir -p "$DIR"

if [ ! -x /usr/bin/time ]; then
    echo "make bench-pathological: /usr/bin/time is missing; install the Debian package 'time'" >&2
    exit 2
fi
VALGRIND=$(command -v valgrind || true)

# repeat UNIT BYTES: UNIT repeated to BYTES bytes, cut after the last whole unit.
repeat() {
    local unit=$1 bytes=$2 len
    len=$(printf '%s' "$unit" | wc -c)
    yes "$unit" | tr -d '\n' | head -c $((bytes / len * len))
}

# ordinary BYTES: the fixtures' Wikinews articles on one line (line ends become spaces),
# repeated, cut at a space. Real news, not the hand-written fixtures: each of those is a few
# sentences built around the statements of one pattern, nearly twice the rows per KB of
# news (6.5 against 3.3 to 3.7), and runs at what statements cost, line breaks or none.
ordinary() {
    local bytes=$1
    local one="$DIR/one-line-news-unit.txt"
    cat tests/fixtures/articles/wn*.txt | tr '\r\n' '  ' >"$one"
    # The loop ends when head has enough and cat meets the closed pipe.
    while cat "$one" 2>/dev/null; do :; done | head -c "$bytes" | sed 's/ [^ ]*$//'
}

# generate NAME MB: the input file, made once.
generate() {
    local name=$1 mb=$2 file="$DIR/$1-$2mb.txt" bytes=$(($2 * 1000000))
    if [ ! -s "$file" ]; then
        case $name in
        straight) repeat '"' "$bytes" ;;
        curly-double) repeat $'\u201c' "$bytes" ;;
        curly-double-pairs) repeat $'\u201c\u201d' "$bytes" ;;
        curly-single) repeat $'\u2018' "$bytes" ;;
        curly-single-words) repeat $'\u2018a ' "$bytes" ;;
        mixed) repeat $'"\u201c\u201d\u2018\u2019\u00ab\u00bb\'\'' "$bytes" ;;
        said) repeat 'said ' "$bytes" ;;
        news-line) ordinary "$bytes" ;;
        esac >"$file"
    fi
    echo "$file"
}

# cpu FILE: CPU seconds of an extraction, the least of RUNS runs; exits when it fails.
cpu() {
    local log="$DIR/time.txt" best=""
    for _ in $(seq "$RUNS"); do
        if ! /usr/bin/time -f '%U %S %M' -o "$log" "$BIN" extract -q "$1" -o "$DIR/out.csv"; then
            echo "make bench-pathological: saywho extract $1 failed" >&2
            exit 1
        fi
        best=$(awk -v best="$best" '{t = $1 + $2; if (best == "" || t < best) best = t; printf "%.2f", best}' "$log")
        awk '{print $3}' "$log" >>"$DIR/rss.txt"
    done
    echo "$best"
}

# instructions FILE: instructions callgrind counts in one extraction.
instructions() {
    "$VALGRIND" --tool=callgrind --callgrind-out-file=/dev/null "$BIN" extract -q "$1" \
        -o "$DIR/out.csv" 2>&1 | awk '/refs:/ {gsub(",", "", $NF); print $NF}'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$VALGRIND" ]; then
    echo "CPU seconds, the least of $RUNS runs; doubling judged on instructions (1 MB to 2 MB)"
else
    echo "CPU seconds, the least of $RUNS runs; doubling judged on CPU seconds (10 MB to 20 MB)"
fi
: >"$DIR/rss.txt"
fail=0
for name in straight curly-double curly-double-pairs curly-single curly-single-words mixed said news-line; do
    small=$(generate "$name" 10)
    big=$(generate "$name" 20)
    t1=$(cpu "$small")
    t2=$(cpu "$big")
    i1=0 i2=0
    if [ -n "$VALGRIND" ]; then
        i1=$(instructions "$(generate "$name" 1)")
        i2=$(instructions "$(generate "$name" 2)")
    fi
    line=$(awk -v a="$t1" -v b="$t2" -v s1="$(stat -c %s "$small")" -v s2="$(stat -c %s "$big")" \
        -v i1="$i1" -v i2="$i2" -v min="$MIN_MBS" -v name="$name" \
        'BEGIN {
            a = a > 0.01 ? a : 0.01; b = b > 0.01 ? b : 0.01
            r1 = s1 / 1e6 / a; r2 = s2 / 1e6 / b
            ratio = (i1 > 0) ? i2 / i1 : b / a
            ok = (r1 >= min && r2 >= min && ratio <= 2.4)
            printf "%-20s 10 MB %6.2f s (%5.1f MB/s)   20 MB %6.2f s (%5.1f MB/s)   time x%.2f", name, a, r1, b, r2, b / a
            if (i1 > 0) printf "   instr x%.2f", i2 / i1
            printf "   %s\n", ok ? "ok" : "FAIL"
        }')
    echo "$line"
    case $line in *FAIL) fail=1 ;; esac
done
big=$(generate news-line 50)
t=$(cpu "$big")
awk -v t="$t" -v s="$(stat -c %s "$big")" -v min="$MIN_MBS" \
    'BEGIN { r = s / 1e6 / (t > 0.01 ? t : 0.01); printf "%-20s 50 MB %6.2f s (%5.1f MB/s)   %s\n", "news-line", t, r, ((r >= min) ? "ok" : "FAIL"); exit (r < min) }' || fail=1
sort -n "$DIR/rss.txt" | tail -1 | awk '{printf "peak RSS of any run: %.0f MB\n", $1 / 1024}'
exit $fail
