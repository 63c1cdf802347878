#!/usr/bin/env bash
# The crate as crates.io would ship it: package it, then run its tests from
# the unpacked copy (no ../shared beside it, so the tests that need the
# shared data are ignored there, not passed). Dependencies compiled for the
# checkout are reused through one target folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cargo package --no-verify --allow-dirty --quiet
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
crate="target/package/concord-$version.crate"
ls -l "$crate"
rm -rf target/package-check && mkdir -p target/package-check
tar -xzf "$crate" -C target/package-check
cd "target/package-check/concord-$version"
CARGO_TARGET_DIR="$root/target" cargo test --quiet
