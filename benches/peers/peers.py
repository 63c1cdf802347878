"""The Python peers over the same text as concord: dateparser's search_dates
(languages=['en']) and quantulum3's parse, each over every report of a JSON
Lines file of {"id", "text"}. Prints one JSON object per peer: characters,
best-of-three seconds, characters per second.

    python peers.py reports.jsonl
"""

import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def best_of(runs, fn, texts):
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    chars = sum(len(t) for t in texts)
    from dateparser.search import search_dates
    from quantulum3 import parser

    peers = {
        "dateparser.search_dates": lambda t: search_dates(t, languages=["en"]),
        "quantulum3.parse": parser.parse,
    }
    for name, fn in peers.items():
        fn(texts[0])  # loads its data before timing
        secs = best_of(3, fn, texts)
        print(json.dumps({"peer": name, "chars": chars, "seconds": secs, "chars_per_s": chars / secs}))


if __name__ == "__main__":
    main()
