#!/bin/sh
# Time and peak memory of the whole run (`reconcile --format json`) on
# generated corpora of 1,000 to 100,000 reports, one run each, and the
# fitted exponent of time against size (least squares on the logs).
# Needs GNU time (/usr/bin/time). Corpora go to target/scale/.
#
#     sh benches/scale.sh [SIZES...]     # default: 1000 10000 30000 100000
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
sizes=${*:-1000 10000 30000 100000}
mkdir -p target/scale
cargo build -q --release --example generate --example reconcile
: > target/scale/figures.txt
for n in $sizes; do
    target/release/examples/generate "$n" > "target/scale/c$n.jsonl" 2>/dev/null
    bytes=$(wc -c < "target/scale/c$n.jsonl")
    /usr/bin/time -f "$n $bytes %e %M" -o target/scale/time.txt \
        target/release/examples/reconcile --format json "target/scale/c$n.jsonl" > /dev/null
    cat target/scale/time.txt >> target/scale/figures.txt
done
python3 - target/scale/figures.txt <<'PY'
import math, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
print(f"{'reports':>8} {'bytes':>12} {'seconds':>8} {'peak MiB':>9}")
for n, b, s, kb in rows:
    print(f"{int(n):>8} {int(b):>12,} {float(s):>8.2f} {int(kb) / 1024:>9.0f}")
xs = [math.log(int(r[0])) for r in rows]
for col, name in ((2, "time"), (3, "peak memory")):
    ys = [math.log(float(r[col])) for r in rows]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print(f"fitted exponent of {name}: {slope:.2f}")
PY
