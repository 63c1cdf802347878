#!/usr/bin/env python3
"""Prints each bench's median beside its group's baseline, as a ratio.

Run after `cargo bench`: reads target/criterion/*/*/new/estimates.json.
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"
for group in sorted(p for p in root.iterdir() if p.is_dir() and p.name != "report"):
    medians = {}
    for bench in sorted(group.iterdir()):
        est = bench / "new" / "estimates.json"
        if est.exists():
            medians[bench.name] = json.loads(est.read_text())["median"]["point_estimate"]
    base = medians.get("word-bounds-baseline")
    for name, ns in medians.items():
        ratio = f"{ns / base:.2f}x baseline" if base else ""
        print(f"{group.name:20} {name:24} {ns / 1e3:12.1f} us  {ratio}")
