// Buffered reading with optional multi-member gzip decoding (zlib).
//
// Decoded bytes collect in buf_ from pos_ on; Fill() appends the next chunk
// (64 KiB of file bytes, or what inflate makes of them). A gzip member that
// ends is followed by inflateReset when more input follows, so a .warc.gz
// with one member per record reads as one stream. The end of the file inside
// a member marks the stream truncated; inflate errors mark it corrupt. Both
// end reading: the records decoded before the cut are still delivered.
#include "ingest/byte_reader.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace sitrep::ingest {
namespace {

constexpr size_t kChunk = 64 * 1024;

}  // namespace

struct ByteReader::Inflater {
  z_stream zs{};
  std::string in;          // compressed bytes handed to zlib
  bool member_started = false;
  bool member_done = false;
  ~Inflater() { inflateEnd(&zs); }
};

Result<std::unique_ptr<ByteReader>> ByteReader::Open(const std::string& path) {
  std::unique_ptr<ByteReader> reader(new ByteReader());
  if (path == "-") {
    reader->file_ = stdin;
    return reader;
  }
  reader->file_ = std::fopen(path.c_str(), "rb");
  if (reader->file_ == nullptr) {
    int err = errno;
    std::string message = path + ": cannot open: " + std::strerror(err);
    if (err == ENOENT) return NotFoundError(message);
    return UnavailableError(message);
  }
  reader->owns_file_ = true;
  return reader;
}

std::unique_ptr<ByteReader> ByteReader::FromString(std::string data) {
  std::unique_ptr<ByteReader> reader(new ByteReader());
  reader->memory_ = std::move(data);
  return reader;
}

ByteReader::~ByteReader() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

size_t ByteReader::ReadRaw(char* dst, size_t n) {
  size_t got;
  if (file_ == nullptr) {
    got = std::min(n, memory_.size() - memory_pos_);
    std::memcpy(dst, memory_.data() + memory_pos_, got);
    memory_pos_ += got;
  } else {
    got = std::fread(dst, 1, n, file_);
    if (got < n && std::ferror(file_) && error_.empty()) {
      error_ = std::string("read error: ") + std::strerror(errno);
    }
  }
  raw_read_ += got;
  return got;
}

uint64_t ByteReader::raw_offset() const {
  if (inflater_) return raw_read_ - inflater_->zs.avail_in;
  return raw_read_ - (buf_.size() - pos_);
}

bool ByteReader::LooksGzipped() {
  std::string_view head = Peek(2);
  return head.size() == 2 && static_cast<unsigned char>(head[0]) == 0x1F &&
         static_cast<unsigned char>(head[1]) == 0x8B;
}

void ByteReader::Gunzip() {
  inflater_ = std::make_unique<Inflater>();
  // Bytes already peeked are compressed input, not output.
  inflater_->in.assign(buf_, pos_, std::string::npos);
  buf_.clear();
  pos_ = 0;
  inflateInit2(&inflater_->zs, 15 + 16);
  inflater_->zs.next_in = reinterpret_cast<Bytef*>(inflater_->in.data());
  inflater_->zs.avail_in = static_cast<uInt>(inflater_->in.size());
}

bool ByteReader::Fill() {
  if (eof_) return false;
  if (pos_ > 0 && pos_ >= buf_.size() / 2) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  char chunk[kChunk];
  if (!inflater_) {
    size_t n = ReadRaw(chunk, kChunk);
    if (n == 0) {
      eof_ = true;
      return false;
    }
    buf_.append(chunk, n);
    return true;
  }
  Inflater& z = *inflater_;
  for (;;) {
    if (z.zs.avail_in == 0) {
      z.in.resize(kChunk);
      size_t n = ReadRaw(z.in.data(), kChunk);
      z.in.resize(n);
      z.zs.next_in = reinterpret_cast<Bytef*>(z.in.data());
      z.zs.avail_in = static_cast<uInt>(n);
      if (n == 0) {
        if (z.member_started && !z.member_done && error_.empty()) {
          truncated_ = true;
          error_ = "gzip stream truncated at byte " + std::to_string(raw_read_);
        }
        eof_ = true;
        return false;
      }
    }
    if (z.member_done) {  // another member follows
      inflateReset(&z.zs);
      z.member_done = false;
    }
    z.member_started = true;
    z.zs.next_out = reinterpret_cast<Bytef*>(chunk);
    z.zs.avail_out = kChunk;
    uint64_t at = raw_offset();
    int ret = inflate(&z.zs, Z_NO_FLUSH);
    size_t produced = kChunk - z.zs.avail_out;
    buf_.append(chunk, produced);
    if (ret == Z_STREAM_END) {
      z.member_done = true;
    } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
      error_ = "corrupt gzip data at byte " + std::to_string(at) + ": " +
               (z.zs.msg ? z.zs.msg : "inflate failed");
      eof_ = true;
      return produced > 0;
    }
    if (produced > 0) return true;
  }
}

std::string_view ByteReader::Peek(size_t n) {
  while (buf_.size() - pos_ < n && Fill()) {
  }
  size_t avail = std::min(n, buf_.size() - pos_);
  return std::string_view(buf_).substr(pos_, avail);
}

bool ByteReader::ReadLine(std::string* line, size_t max, uint64_t* length) {
  line->clear();
  uint64_t total = 0;
  bool any = false;
  for (;;) {
    if (pos_ == buf_.size() && !Fill()) return any;
    any = true;
    const char* begin = buf_.data() + pos_;
    size_t avail = buf_.size() - pos_;
    const void* nl = std::memchr(begin, '\n', avail);
    size_t take = nl ? static_cast<const char*>(nl) - begin : avail;
    if (line->size() < max) line->append(begin, std::min(take, max - line->size()));
    total += take;
    size_t used = take + (nl ? 1 : 0);
    pos_ += used;
    consumed_ += used;
    if (nl) break;
  }
  if (length) *length = total;
  return true;
}

size_t ByteReader::Read(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n) {
    if (pos_ == buf_.size() && !Fill()) break;
    size_t take = std::min(n - done, buf_.size() - pos_);
    out->append(buf_, pos_, take);
    pos_ += take;
    consumed_ += take;
    done += take;
  }
  return done;
}

size_t ByteReader::Skip(size_t n) {
  size_t done = 0;
  while (done < n) {
    if (pos_ == buf_.size() && !Fill()) break;
    size_t take = std::min(n - done, buf_.size() - pos_);
    pos_ += take;
    consumed_ += take;
    done += take;
  }
  return done;
}

void ByteReader::ReadAll(std::string* out, size_t max, uint64_t* total) {
  out->clear();
  uint64_t n = 0;
  for (;;) {
    if (pos_ == buf_.size() && !Fill()) break;
    size_t avail = buf_.size() - pos_;
    if (out->size() < max) out->append(buf_, pos_, std::min(avail, max - out->size()));
    pos_ += avail;
    consumed_ += avail;
    n += avail;
  }
  if (total) *total = n;
}

bool GunzipString(std::string_view in, size_t max, std::string* out, std::string* error) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) {  // gzip or zlib header
    *error = "inflateInit failed";
    return false;
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  out->clear();
  char chunk[kChunk];
  int ret = Z_OK;
  while (ret == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(chunk);
    zs.avail_out = kChunk;
    ret = inflate(&zs, Z_NO_FLUSH);
    size_t produced = kChunk - zs.avail_out;
    if (out->size() + produced > max) {
      inflateEnd(&zs);
      *error = "decoded body over " + std::to_string(max) + " bytes";
      return false;
    }
    out->append(chunk, produced);
    if (ret == Z_BUF_ERROR && zs.avail_in == 0) break;
  }
  bool ok = ret == Z_STREAM_END;
  if (!ok) *error = zs.msg ? zs.msg : "truncated compressed body";
  inflateEnd(&zs);
  return ok;
}

}  // namespace sitrep::ingest
