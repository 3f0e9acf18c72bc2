// Store::CopyReports and ListReports: near-duplicate copies of a page as
// extra sources of its events.
#include <map>

#include "store/sqlite.h"
#include "store/store.h"
#include "store/store_impl.h"

namespace sitrep::store {
namespace {

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

Result<std::vector<Event>> Store::CopyReports(const std::vector<Event>& events) {
  std::map<std::string, std::vector<const Event*>> by_page;
  for (const Event& e : events) by_page[e.source.document_id].push_back(&e);
  ASSIGN_OR_RETURN(Stmt st, impl_->db->Prepare(
      "SELECT id, path, source_id, outlet, published, url FROM documents"
      " WHERE duplicate_of = ? AND duplicate_of != '' ORDER BY rowid"));
  std::vector<Event> out;
  for (const auto& [page, page_events] : by_page) {
    if (page.empty()) continue;
    st.Reset();
    st.Bind(1, page);
    while (true) {
      ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      Provenance copy{st.Text(0), BaseName(st.Text(1)), st.Text(2), st.Text(3), st.Text(4),
                      st.Text(5)};
      for (const Event* e : page_events) {
        Event report = *e;
        report.id = e->id + "@" + copy.document_id;
        report.source = copy;
        out.push_back(std::move(report));
      }
    }
  }
  return out;
}

Result<std::vector<Event>> Store::ListReports(const Filter& filter) {
  ASSIGN_OR_RETURN(auto rows, ListEvents(filter));
  std::vector<Event> events;
  events.reserve(rows.size());
  for (auto& row : rows) events.push_back(std::move(row.value));
  ASSIGN_OR_RETURN(std::vector<Event> copies, CopyReports(events));
  for (Event& e : copies) events.push_back(std::move(e));
  return events;
}

}  // namespace sitrep::store
