#!/usr/bin/env bash
# Retrains the tagger and parser from the shared treebank and checks that
# the result is byte for byte the model the crate ships (training is
# deterministic). Takes about five minutes on 2 cores; not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
cargo run --release --example train_syntax -- ../shared/ud-english-ewt "$out"
if cmp -s "$out" data/syntax/en_ewt.model; then
    echo "identical: $(sha256sum "$out" | cut -d' ' -f1)"
else
    echo "the trained model differs from data/syntax/en_ewt.model" >&2
    exit 1
fi
