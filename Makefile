# The README's two doors. Everything else is CMake + Ninja under build/.
BUILD ?= build
JOBS ?= $(shell nproc)
DEMO_DB ?= $(BUILD)/demo.db
PORT ?= 8080

.PHONY: all setup configure build test asan demo bench clean

all: build

setup:
	@scripts/setup.sh

configure: setup
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) --timeout 900

# The sanitizer configuration: ASan + UBSan over the unit tests.
asan: setup
	@cmake -S . -B $(BUILD)-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSITREP_SANITIZE=ON \
	  -DSITREP_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build $(BUILD)-asan -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(BUILD)-asan --output-on-failure -j $(JOBS) --timeout 900 -LE slow

demo: build
	@scripts/demo.sh $(BUILD) $(DEMO_DB) $(PORT)

bench: build
	@scripts/bench.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(BUILD)-asan
