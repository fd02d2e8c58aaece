#!/usr/bin/env bash
# make conformance: installs what the checks need, then runs tests/conformance/check.py on the
# release binary's output. What it installs:
#   - a venv under target/conformance-venv with requirements.txt (PyPI), reused while
#     requirements.txt is unchanged;
#   - Debian's libreoffice-calc-nogui when `soffice` is missing, r-base-core with
#     r-cran-readr when readr is missing, openjdk-17-jre-headless (for pyspark) when `java`
#     is missing, and chromium (the summary page's screenshot) when `chromium` is missing
#     (apt-get; needs root, as on CI).
# Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tests/conformance
venv=target/conformance-venv
work=target/conformance
python=${PYTHON:-python3}
start=$(date +%s)
step() { echo "conformance: $1 ($(($(date +%s) - start)) s so far)"; }

apt_install() {
    if [ "$(id -u)" != 0 ]; then
        echo "conformance: $* missing and not root: install them with apt-get" >&2
        exit 2
    fi
    # the package lists may be absent or stale on a fresh machine
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1; then
        apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
    fi
}

if ! command -v soffice >/dev/null; then
    step "installing libreoffice-calc-nogui"
    apt_install libreoffice-calc-nogui
fi
if ! command -v Rscript >/dev/null || ! Rscript -e 'library(readr)' >/dev/null 2>&1; then
    step "installing r-base-core r-cran-readr"
    apt_install r-base-core r-cran-readr
fi
if ! command -v java >/dev/null; then
    step "installing openjdk-17-jre-headless"
    apt_install openjdk-17-jre-headless
fi
if ! command -v chromium >/dev/null; then
    step "installing chromium"
    apt_install chromium
fi
step "system tools ready"

stamp=$venv/requirements.txt
if ! cmp -s "$here/requirements.txt" "$stamp" 2>/dev/null; then
    step "creating $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
    cp "$here/requirements.txt" "$stamp"
fi
step "python tools ready"

cargo build --release -q
# the folder cargo builds into: ./target, or CARGO_TARGET_DIR or build.target-dir when set
target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
saywho=${target_dir:-target}/release/saywho
step "saywho built"

status=0
"$venv/bin/python" "$here/check.py" "$saywho" "$work" || status=$?
step "done"
exit $status
