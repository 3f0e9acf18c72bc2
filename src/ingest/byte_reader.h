// ByteReader: buffered, bounded reading of one input (a file, standard input,
// or a gzip stream of either), for the ingest readers.
//
// Lifecycle: Open a file (or "-") once, optionally switch on gzip decoding
// with Gunzip() before the first read, then read lines or byte counts. Memory
// stays bounded by the caller's limits: ReadLine keeps at most `max` bytes of
// an overlong line and skips the rest. gzip input may hold many members (a
// .warc.gz has one per record); a stream cut short or corrupt ends reading
// and is reported by error(). Not thread-safe; one reader per input.
// zlib is used here and in Gunzip(string) only.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "sitrep/status.h"

namespace sitrep::ingest {

class ByteReader {
 public:
  // Opens `path` ("-" is standard input, which is not closed). Fails with
  // NotFound or Unavailable and the system's reason.
  static Result<std::unique_ptr<ByteReader>> Open(const std::string& path);
  // Reads from memory (tests, decoded payloads). `data` is copied.
  static std::unique_ptr<ByteReader> FromString(std::string data);
  ~ByteReader();
  ByteReader(const ByteReader&) = delete;
  ByteReader& operator=(const ByteReader&) = delete;

  // True when the next bytes are a gzip header (1F 8B).
  bool LooksGzipped();
  // Decodes gzip from here on (all members, concatenated). Call before
  // consuming any byte.
  void Gunzip();

  // Makes up to `n` bytes available without consuming them; returns them
  // (fewer at the end of input).
  std::string_view Peek(size_t n);
  // Reads one line without its '\n' into `*line` (a trailing '\r' is kept),
  // keeping at most `max` bytes. `*length` gets the whole line's length.
  // Returns false at the end of input when nothing was read.
  bool ReadLine(std::string* line, size_t max, uint64_t* length);
  // Appends up to `n` bytes to `*out`; returns how many (fewer at the end).
  size_t Read(size_t n, std::string* out);
  // Skips up to `n` bytes; returns how many.
  size_t Skip(size_t n);
  // Reads everything up to `max` bytes into `*out`; `*total` gets the full
  // length (the rest is read and dropped).
  void ReadAll(std::string* out, size_t max, uint64_t* total);

  // Bytes consumed so far, after decoding.
  uint64_t offset() const { return consumed_; }
  // Bytes consumed from the underlying file (the compressed offset for gzip).
  uint64_t raw_offset() const;
  // Set when reading stopped early: a read error, corrupt gzip data, or a
  // gzip stream cut short (truncated() tells which).
  const std::string& error() const { return error_; }
  bool truncated() const { return truncated_; }

 private:
  ByteReader() = default;
  // Appends more decoded bytes to buf_; returns false at end of input.
  bool Fill();
  size_t ReadRaw(char* dst, size_t n);

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string memory_;      // FromString data
  size_t memory_pos_ = 0;
  uint64_t raw_read_ = 0;   // bytes taken from the file or memory

  struct Inflater;
  std::unique_ptr<Inflater> inflater_;

  std::string buf_;         // decoded bytes not yet consumed start at pos_
  size_t pos_ = 0;
  uint64_t consumed_ = 0;
  bool eof_ = false;
  std::string error_;
  bool truncated_ = false;
};

// One-shot gzip/zlib decoding of a whole buffer (HTTP Content-Encoding),
// keeping at most `max` output bytes. Returns false with `*error` set on
// corrupt or truncated data.
bool GunzipString(std::string_view in, size_t max, std::string* out, std::string* error);

}  // namespace sitrep::ingest
