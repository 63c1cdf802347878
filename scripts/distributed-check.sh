#!/bin/sh
# The distributed example as two processes on this machine (loopback):
# its report must be the one a single run of the tool writes, byte for
# byte, on a generated corpus of 1,000 reports (stories, copies, planted
# conflicts; see benches/generate).
set -eu
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build -q --release --example generate --example reconcile
cargo build -q --release --features distributed --example distributed
target/release/examples/generate 1000 > "$dir/corpus.jsonl" 2>/dev/null
target/release/examples/reconcile --format json "$dir/corpus.jsonl" > "$dir/single.json"
# two loopback ports from this process's id, away from timely's default
port=$((20000 + $$ % 20000))
printf '127.0.0.1:%d\n127.0.0.1:%d\n' "$port" "$((port + 1))" > "$dir/hosts"
target/release/examples/distributed -n 2 -p 1 -h "$dir/hosts" "$dir/corpus.jsonl" "$dir/unused.json" &
second=$!
target/release/examples/distributed -n 2 -p 0 -h "$dir/hosts" "$dir/corpus.jsonl" "$dir/two.json"
wait "$second"
if cmp -s "$dir/single.json" "$dir/two.json"; then
    echo "distributed: 2 processes wrote the single run's report ($(wc -c < "$dir/two.json") bytes)"
else
    echo "distributed: the 2-process report differs from the single run's" >&2
    diff "$dir/single.json" "$dir/two.json" | head -20 >&2
    exit 1
fi
