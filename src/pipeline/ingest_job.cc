#include "pipeline/ingest_job.h"

#include "merge/near_duplicate.h"

namespace sitrep {
namespace {

// Stores one analysed page; near-duplicates of a stored page are stored as
// extra sources without their events. Returns a Status only for store errors.
Status StorePage(store::Store* store, Analysis* a, IngestProgress* p) {
  if (a->simhash != 0) {
    ASSIGN_OR_RETURN(std::string original,
                     store->FindNearDuplicate(a->simhash, merge::kNearDuplicateMaxBits));
    if (!original.empty() && original != a->document.id) a->duplicate_of = original;
  }
  ASSIGN_OR_RETURN(bool stored, store->Put(*a));
  if (!stored) {
    ++p->unchanged;
  } else if (!a->duplicate_of.empty()) {
    ++p->near_duplicates;
  } else {
    ++p->stored;
    p->events += a->events.size();
    p->claims += a->claims.size();
  }
  return Status::OK();
}

}  // namespace

Status RunIngest(const Pipeline& pipeline, store::Store* store,
                 const std::vector<std::string>& paths, const IngestJobOptions& options,
                 IngestProgress* progress) {
  IngestProgress& p = *progress;
  std::vector<ingest::InputFile> inputs = ingest::ListInputs(paths, &p.problems);
  for (const auto& in : inputs) p.bytes_total += in.size;
  int in_batch = 0;
  RETURN_IF_ERROR(store->Begin());
  Status failure;
  ingest::MetaCache meta_cache;
  for (const auto& input : inputs) {
    ingest::ReadInput(input, options.read, &meta_cache, [&](RawPage&& page) {
      if (!failure.ok()) return;
      ++p.pages;
      Result<Analysis> a = pipeline.Process(page);
      if (!a.ok()) {
        p.problems.push_back({page.path, page.record, a.status().message()});
      } else {
        failure = StorePage(store, &*a, &p);
      }
      if (failure.ok() && ++in_batch >= options.batch_pages) {
        failure = store->Commit();
        if (failure.ok()) failure = store->Begin();
        in_batch = 0;
      }
      if (options.on_progress) options.on_progress(p);
    }, &p.problems);
    if (!failure.ok()) break;
    p.bytes_done += input.size;
    if (options.on_progress) options.on_progress(p);
  }
  if (!failure.ok()) {
    (void)store->Rollback();
    return failure;
  }
  return store->Commit();
}

}  // namespace sitrep
