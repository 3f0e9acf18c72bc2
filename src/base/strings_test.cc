#include "base/strings.h"

#include <gtest/gtest.h>

#include "base/hash.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep {
namespace {

TEST(StringsTest, TrimAndSplit) {
  EXPECT_EQ(Trim("  a b \n"), "a b");
  auto parts = Split("a,,b", ',');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "");
  EXPECT_EQ(CollapseSpace(" a \t\n b\xC2\xA0" "c "), "a b c");
}

TEST(HashTest, StableAndSpread) {
  EXPECT_EQ(HexId(Hash64("sitrep")), HexId(Hash64("sitrep")));
  EXPECT_NE(Hash64("a"), Hash64("b"));
  EXPECT_EQ(HexId(0x1234).size(), 16u);
}

TEST(SegmentTest, OriginalOffsetFollowsAnchors) {
  Segment s;
  s.start = 100;
  EXPECT_EQ(s.OriginalOffset(5), 105u);
  s.offset_map = {{0, 110}, {10, 140}};
  EXPECT_EQ(s.OriginalOffset(3), 113u);
  EXPECT_EQ(s.OriginalOffset(12), 142u);
}

Result<int> Half(int x) {
  if (x % 2) return InvalidArgumentError("odd");
  return x / 2;
}

Status UseHalf(int x, int* out) {
  ASSIGN_OR_RETURN(*out, Half(x));
  return Status::OK();
}

TEST(StatusTest, ResultAndMacros) {
  int v = 0;
  EXPECT_TRUE(UseHalf(4, &v).ok());
  EXPECT_EQ(v, 2);
  Status s = UseHalf(3, &v);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.ToString(), "INVALID_ARGUMENT: odd");
}

}  // namespace
}  // namespace sitrep
