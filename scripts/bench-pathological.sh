#!/usr/bin/env bash
# make bench-pathological: extraction must stay linear on text no article is made of.
#
# Times `saywho extract` on generated 10 MB and 20 MB inputs: quotation marks only (each
# kind, and all kinds mixed), "said said said ...", one 10 MB line of ordinary text (the
# fixture articles run together on one line), and a 50 MB line. Each must run at 5 MB/s or
# more, and the 20 MB input may take at most 2.4 times as long as the 10 MB one (twice,
# within 20%). Times are CPU seconds (user + system), so that other processes on a shared
# machine do not count. Not part of `make test`: timings depend on the machine.
# Exits 1 when a check fails.
set -euo pipefail

BIN=${BIN:-target/release/saywho}
DIR=${DIR:-target/bench/pathological}
MIN_MBS=${MIN_MBS:-5}
mkdir -p "$DIR"

if [ ! -x /usr/bin/time ]; then
    echo "make bench-pathological: /usr/bin/time is missing; install the Debian package 'time'" >&2
    exit 2
fi

# repeat UNIT BYTES: UNIT repeated to BYTES bytes, cut after the last whole unit.
repeat() {
    local unit=$1 bytes=$2 len
    len=$(printf '%s' "$unit" | wc -c)
    yes "$unit" | tr -d '\n' | head -c $((bytes / len * len))
}

# ordinary BYTES: the fixture articles on one line (line ends become spaces), repeated,
# cut at a space.
ordinary() {
    local bytes=$1
    local one="$DIR/one-line-unit.txt"
    cat tests/fixtures/articles/*.txt | tr '\r\n' '  ' >"$one"
    # The loop ends when head has enough and cat meets the closed pipe.
    while cat "$one" 2>/dev/null; do :; done | head -c "$bytes" | sed 's/ [^ ]*$//'
}

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
        line) ordinary "$bytes" ;;
        esac >"$file"
    fi
    echo "$file"
}

# cpu FILE: CPU seconds of one extraction; the output is checked to be a CSV.
cpu() {
    local log="$DIR/time.txt"
    if ! /usr/bin/time -f '%U %S' -o "$log" "$BIN" extract -q "$1" -o "$DIR/out.csv"; then
        echo "make bench-pathological: saywho extract $1 failed" >&2
        exit 1
    fi
    awk '{printf "%.2f", $1 + $2}' "$log"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
fail=0
for name in straight curly-double curly-double-pairs curly-single curly-single-words mixed said line; do
    small=$(generate "$name" 10)
    big=$(generate "$name" 20)
    t1=$(cpu "$small")
    t2=$(cpu "$big")
    verdict=$(awk -v a="$t1" -v b="$t2" -v s1="$(stat -c %s "$small")" -v s2="$(stat -c %s "$big")" -v min="$MIN_MBS" \
        'BEGIN {
            r1 = s1 / 1e6 / (a > 0.01 ? a : 0.01); r2 = s2 / 1e6 / (b > 0.01 ? b : 0.01)
            ratio = b / (a > 0.01 ? a : 0.01)
            ok = (r1 >= min && r2 >= min && ratio <= 2.4)
            printf "%-20s 10 MB %6.2f s (%5.1f MB/s)   20 MB %6.2f s (%5.1f MB/s)   x%.2f   %s\n", "", a, r1, b, r2, ratio, ok ? "ok" : "FAIL"
        }')
    printf '%-20s%s\n' "$name" "${verdict:20}"
    case $verdict in *FAIL) fail=1 ;; esac
done
big=$(generate line 50)
t=$(cpu "$big")
awk -v t="$t" -v s="$(stat -c %s "$big")" -v min="$MIN_MBS" \
    'BEGIN { r = s / 1e6 / (t > 0.01 ? t : 0.01); printf "%-20s 50 MB %6.2f s (%5.1f MB/s)   %s\n", "line-50mb", t, r, ((r >= min) ? "ok" : "FAIL"); exit (r < min) }' || fail=1
exit $fail
