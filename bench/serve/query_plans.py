#!/usr/bin/env python3
"""Times the store's bbox + date query as SQL alone on the 1M store.

  python3 bench/serve/query_plans.py BUILD/serve_1m.db [N]

The SQL is the form Store::ListEvents runs (schema v2): the space-time R*Tree
(longitude, latitude, day since 1970) selects the events in the box and the
window, and the exact date test on `events.date` keeps the answer the same as
the date filter alone. Same random 1x1 degree boxes and 30-day windows as
bbox_date.lua. Subtracting this from the HTTP latency gives the server's part.
"""
import random
import sqlite3
import sys
import time
from datetime import date, timedelta

EPOCH = date(1970, 1, 1)
SQL = ("SELECT rowid, record FROM events WHERE date >= ? AND date <= ? AND rowid IN "
       "(SELECT id FROM events_space_time WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? "
       "AND max_lat <= ? AND max_day >= ? AND min_day <= ?) ORDER BY rowid LIMIT 100")


def run(db, queries):
    times = []
    for q in queries:
        t = time.perf_counter()
        db.execute(SQL, q).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]
    return "p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms" % (pct(50), pct(90), pct(99), times[-1])


def main():
    db = sqlite3.connect(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rng = random.Random(1)
    queries = []
    for _ in range(n):
        lon, lat, d = 35 + rng.random() * 12, 29 + rng.random() * 7, rng.randint(0, 2160)
        first = date(2014, 1, 1) + timedelta(days=d)
        last = first + timedelta(days=29)
        queries.append((first.isoformat(), last.isoformat(), lon, lon + 1, lat, lat + 1,
                        (first - EPOCH).days, (last - EPOCH).days))
    run(db, queries[:20])  # warm the page cache
    print("%-28s %s" % ("space-time R*Tree (store)", run(db, queries)))


main()
