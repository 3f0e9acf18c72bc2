// IngestJob: reads inputs, runs the pipeline on every page and stores the
// results, reporting bad inputs and progress as it goes.
//
// Bad input is data, not failure: an unreadable file, a malformed record or a
// page that cannot be cleaned becomes an ingest::Problem, is skipped, and the
// job goes on. Pages are committed in batches, each page in its own
// savepoint, so what was stored before a bad page stays stored. A Status
// error means the store itself failed (disk, database). Single-threaded.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "sitrep/pipeline.h"
#include "store/store.h"

namespace sitrep {

struct IngestProgress {
  int64_t pages = 0;            // pages read
  int64_t stored = 0;           // new pages stored
  int64_t unchanged = 0;        // already stored (same id): nothing changed
  int64_t near_duplicates = 0;  // copies of a stored page: kept as extra sources
  int64_t events = 0;
  int64_t claims = 0;
  uint64_t bytes_done = 0;      // input bytes read so far
  uint64_t bytes_total = 0;     // input bytes in all (0 when unknown, e.g. stdin)
  std::vector<ingest::Problem> problems;
};

struct IngestJobOptions {
  ingest::ReadOptions read;
  int batch_pages = 256;  // pages per transaction
  // Called after every page; cheap callers only (the CLI's progress bar).
  std::function<void(const IngestProgress&)> on_progress;
};

// Runs the job over `paths`. `progress` receives the final counts.
Status RunIngest(const Pipeline& pipeline, store::Store* store,
                 const std::vector<std::string>& paths, const IngestJobOptions& options,
                 IngestProgress* progress);

}  // namespace sitrep
