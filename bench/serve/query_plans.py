#!/usr/bin/env python3
"""Times the store's bbox + date query in two SQL forms on the 1M store.

  python3 bench/serve/query_plans.py BUILD/serve_1m.db [N]

"rtree-driven" is the form Store::ListEvents runs: the R*Tree subquery
drives rowid lookups, so every event in the box is read to test its date.
"date-driven" writes `+rowid IN (...)`, so SQLite scans the date index and
tests membership in the R*Tree's id set; only matching rows are read.
"3-D R*Tree" builds a temporary R*Tree over (longitude, latitude, Julian
day), the schema change that answers bbox + date in one index lookup.
Same random 1x1 degree boxes and 30-day windows as bbox_date.lua.
"""
import random
import sqlite3
import sys
import time
from datetime import date, timedelta

BASE = ("SELECT rowid, record FROM events WHERE date >= ? AND date <= ? AND {rowid} IN "
        "(SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? "
        "AND max_lat <= ?) ORDER BY rowid LIMIT 100")


def run(db, sql, queries):
    times = []
    for q in queries:
        t = time.perf_counter()
        db.execute(sql, q).fetchall()
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
        queries.append((first.isoformat(), (first + timedelta(days=29)).isoformat(),
                        lon, lon + 1, lat, lat + 1))
    run(db, BASE.format(rowid="rowid"), queries[:20])  # warm the page cache
    for name, rowid in (("rtree-driven (store today)", "rowid"), ("date-driven (+rowid)", "+rowid")):
        print("%-28s %s" % (name, run(db, BASE.format(rowid=rowid), queries)), flush=True)
    db.execute("CREATE VIRTUAL TABLE temp.ev3 USING rtree(id, min_lon, max_lon, min_lat, max_lat, "
               "min_day, max_day)")
    db.execute("INSERT INTO temp.ev3 SELECT rowid, longitude, longitude, latitude, latitude, "
               "julianday(date), julianday(date) FROM events WHERE latitude IS NOT NULL AND date != ''")
    sql3 = ("SELECT rowid, record FROM events WHERE rowid IN (SELECT id FROM temp.ev3 WHERE "
            "min_day >= julianday(?) AND max_day <= julianday(?) AND min_lon >= ? AND max_lon <= ? "
            "AND min_lat >= ? AND max_lat <= ?) ORDER BY rowid LIMIT 100")
    run(db, sql3, queries[:20])
    print("%-28s %s" % ("3-D R*Tree (lon, lat, day)", run(db, sql3, queries)))


main()
