#!/bin/sh
# concord beside its Python peers, in one run on the same text: about 60 KB
# of ../shared/news-dev (whole reports, in path order). Installs the peers
# (benches/peers/requirements.txt) into target/peers-venv with pip the first
# time; skips, with a message, when news-dev is absent or pip cannot install.
#
#     sh benches/peers/run.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
news="$root/../shared/news-dev"
out="$root/target/peers"
venv="$root/target/peers-venv"
if [ ! -d "$news" ]; then
    echo "peers: $news is absent; skipped"
    exit 0
fi
if [ ! -x "$venv/bin/python" ]; then
    if ! python3 -m venv "$venv" || ! "$venv/bin/pip" install -q -r "$root/benches/peers/requirements.txt"; then
        echo "peers: could not install dateparser and quantulum3; skipped"
        rm -rf "$venv"
        exit 0
    fi
fi
mkdir -p "$out"
python3 - "$news" "$out/reports.jsonl" <<'PY'
import json, pathlib, sys
paths = sorted(pathlib.Path(sys.argv[1]).glob("*/*.txt"))
total, lines = 0, []
for p in paths:
    if total >= 60_000:
        break
    text = p.read_text(encoding="utf-8", errors="replace")
    lines.append(json.dumps({"id": f"{p.parent.name}/{p.stem}", "text": text}))
    total += len(text)
pathlib.Path(sys.argv[2]).write_text("\n".join(lines) + "\n", encoding="utf-8")
PY
cd "$root"
cargo build -q --release --features parallel --example throughput
"$venv/bin/python" benches/peers/peers.py "$out/reports.jsonl" > "$out/peers.jsonl"
target/release/examples/throughput "$out/reports.jsonl" > "$out/concord.jsonl"
python3 - "$out/peers.jsonl" "$out/concord.jsonl" <<'PY'
import json, sys
peers = [json.loads(l) for l in open(sys.argv[1])]
ours = {d["stage"]: d for d in map(json.loads, open(sys.argv[2]))}
print(f"text: {peers[0]['chars']:,} characters of news-dev")
for p in peers:
    print(f"{p['peer']:<28} {p['chars_per_s']:>14,.0f} chars/s")
for stage, d in ours.items():
    print(f"concord {stage:<20} {d['chars_per_s']:>14,.0f} chars/s")
fastest = max(p["chars_per_s"] for p in peers)
rec = ours["recognize"]["chars_per_s"]
for p in peers:
    print(f"recognize / {p['peer']}: {rec / p['chars_per_s']:.0f} times")
print(f"end to end ({ours['end-to-end']['threads']} threads) / fastest peer: {ours['end-to-end']['chars_per_s'] / fastest:.0f} times")
PY
