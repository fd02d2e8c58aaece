#!/usr/bin/env bash
# make build-pgo: a profile-guided release build of saywho, written to
# <target>/release/saywho-pgo beside the plain one.
#
# Three steps: an instrumented build (-Cprofile-generate) extracts the repo's own fixture
# articles and samples with one job and with two (tests/fixtures/articles, data/samples: in
# every clone, so the profile never depends on ../shared); llvm-profdata merges what it
# counted; a second build (-Cprofile-use) lays the code out and inlines by those counts.
# The rules are the same code, so the rows are the same bytes: the script checks that
# against the plain build's rows on the same articles, and `make bench` checks it on its
# 50 MB.
#
# Needs llvm-profdata of the LLVM rustc was built with: `rustup component add
# llvm-tools-preview` installs it in the toolchain, where this script looks first; or set
# LLVM_PROFDATA. With --if-available a missing llvm-profdata is said and exits 0 (make bench
# then measures the plain build alone); without it, it exits 2.
#
# The two builds use their own folders under <target>/pgo (their flags differ from the plain
# build's, so sharing a folder would rebuild everything each time) and `--target <host>`, so
# the flags reach saywho and its dependencies but not build scripts.
set -euo pipefail

optional=false
if [ "${1:-}" = --if-available ]; then
    optional=true
fi

# The folder cargo builds into (./target, or CARGO_TARGET_DIR or build.target-dir when set).
CARGO=${CARGO:-cargo}
target=$("$CARGO" metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
target=${target:-$PWD/target}
host=$(rustc -vV | sed -n 's/^host: //p')
llvm=$(rustc -vV | sed -n 's/^LLVM version: //p')
PROFDATA=${LLVM_PROFDATA:-$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata}
PLAIN=${BIN:-$target/release/saywho}
PGO=$target/pgo
OUT=$target/release/saywho-pgo

# A saywho-pgo left by an earlier build must not be measured as this code's.
rm -f "$OUT"
if [ ! -x "$PROFDATA" ]; then
    echo "make build-pgo: llvm-profdata not found at $PROFDATA; install it with" \
        "'rustup component add llvm-tools-preview', or set LLVM_PROFDATA to one of LLVM $llvm" >&2
    if $optional; then
        echo "make build-pgo: no profile-guided build, so nothing of it is measured"
        exit 0
    fi
    exit 2
fi

profiles=$PGO/profiles
rm -rf "$profiles"
mkdir -p "$profiles"
echo "make build-pgo: instrumented build in $PGO/gen"
RUSTFLAGS="${RUSTFLAGS:-} -Cprofile-generate=$profiles" \
    "$CARGO" build --release --target "$host" --target-dir "$PGO/gen"
gen=$PGO/gen/$host/release/saywho
train=(tests/fixtures/articles data/samples)
echo "make build-pgo: training on ${train[*]}"
# One job and two: code the training never runs is laid out as cold, and `--jobs 2` (the
# default on two cores) reads and reorders on paths `--jobs 1` does not take.
for dir in "${train[@]}"; do
    for jobs in 1 2; do
        LLVM_PROFILE_FILE="$profiles/%p-%m.profraw" "$gen" extract -q --jobs "$jobs" "$dir" -o "$PGO/train.csv"
    done
done
"$PROFDATA" merge -o "$PGO/saywho.profdata" "$profiles"
echo "make build-pgo: optimized build in $PGO/use"
RUSTFLAGS="${RUSTFLAGS:-} -Cprofile-use=$PGO/saywho.profdata" \
    "$CARGO" build --release --target "$host" --target-dir "$PGO/use"
cp "$PGO/use/$host/release/saywho" "$OUT"

# Same code, same rows: checked where the plain build is at hand.
if [ -x "$PLAIN" ]; then
    for dir in "${train[@]}"; do
        "$PLAIN" extract -q "$dir" -o "$PGO/plain.csv"
        "$OUT" extract -q "$dir" -o "$PGO/pgo.csv"
        if ! cmp -s "$PGO/plain.csv" "$PGO/pgo.csv"; then
            echo "make build-pgo: the rows of $OUT and $PLAIN differ on $dir" >&2
            exit 1
        fi
    done
fi
echo "make build-pgo: wrote $OUT"
