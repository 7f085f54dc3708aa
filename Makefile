# glasspy: a thin wrapper over CMake + Ninja, for the README's commands.
#
#   make run         install what is missing, build (release, profile-guided) and start
#                    the glasspy prompt
#   make test        install what is missing, build, run every test with ctest
#   make test-asan   the same in build-asan/ with AddressSanitizer + UBSan
#   make test-tsan   the same in build-tsan/ with ThreadSanitizer
#   make bench       time glasspy against CPython: the parser over the stdlib
#                    (bench/parse_bench.py) and the programs (bench/compare)
#   make deps        install the Debian packages the build needs (root, only if missing)
#   make clean       remove the build folders
#
# Variables: JOBS=N (parallel compile jobs; default: ninja's choice),
# CTEST_ARGS=... (e.g. CTEST_ARGS="-R syntax_errors"), ARGS=... (for `make run`).

SHELL := /bin/bash

BUILD_DIR      := build
PGO_BUILD_DIR  := build-pgo
PGO_DATA       := $(CURDIR)/$(PGO_BUILD_DIR)/profile
ASAN_BUILD_DIR := build-asan
TSAN_BUILD_DIR := build-tsan
# Sanitized builds are optimised: the stdlib parse test runs the parser ~2000 times.
SAN_BUILD_TYPE ?= RelWithDebInfo
JOBS       ?=
CTEST_ARGS ?=
ARGS       ?=

# Debian 12 packages: compiler and build tools, the libraries CMakeLists.txt finds,
# and python3, which the tests use as the oracle.
DEB_PACKAGES := g++ cmake ninja-build pkg-config tao-pegtl-dev libfmt-dev catch2 \
                libicu-dev libgmp-dev libpcre2-dev libedit-dev libssl-dev python3

NINJA_JOBS := $(if $(JOBS),-j $(JOBS),)
CTEST      := ctest --output-on-failure -j2 $(CTEST_ARGS)

# Configure a build folder once (cmake --build reconfigures by itself when a
# CMakeLists.txt changes); $(1) = folder, $(2) = extra cmake arguments.
define configure
	@if [ ! -f $(1)/build.ninja ]; then \
	    echo "cmake -S . -B $(1) -G Ninja $(2)"; \
	    cmake -S . -B $(1) -G Ninja $(2); \
	fi
endef

.PHONY: all deps build run test build-asan test-asan build-tsan test-tsan bench clean

all: build

# Checks each package with dpkg-query; runs apt-get (update, then install) only
# when something is missing, and only as root (there is no sudo on the target).
deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' \
	        || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "Missing Debian packages:$$missing"; \
	if [ "$$(id -u)" != 0 ]; then \
	    echo "Run as root: apt-get update && apt-get install -y$$missing" >&2; exit 1; \
	fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update && apt-get install -y --no-install-recommends $$missing

# The release build is profile-guided, as CPython's: an instrumented glasspy
# in $(PGO_BUILD_DIR) runs the training programs, and build/ is compiled from
# the profile it writes.  The profile is made again whenever a source file
# changed since (a stale one leaves the changed functions unoptimised), and
# then build/ is compiled anew.
PGO_SOURCES := $(shell find interp runtime gc stdlib repl cmake -type f 2>/dev/null) CMakeLists.txt bench/pgo_train.py

build: deps $(PGO_DATA)/.done
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DGLASSPY_PGO=use -DGLASSPY_PGO_DIR=$(PGO_DATA) >/dev/null
	cmake --build $(BUILD_DIR) $(NINJA_JOBS)

$(PGO_DATA)/.done: $(PGO_SOURCES)
	$(MAKE) --no-print-directory deps
	$(call configure,$(PGO_BUILD_DIR),-DCMAKE_BUILD_TYPE=Release -DGLASSPY_PGO=generate -DGLASSPY_PGO_DIR=$(PGO_DATA))
	cmake --build $(PGO_BUILD_DIR) --target glasspy $(NINJA_JOBS)
	rm -rf $(PGO_DATA)
	python3 bench/pgo_train.py $(PGO_BUILD_DIR)/glasspy
	if [ -f $(BUILD_DIR)/build.ninja ]; then ninja -C $(BUILD_DIR) -t clean >/dev/null; fi
	touch $@

run: build
	exec $(BUILD_DIR)/glasspy $(ARGS)

test: build
	$(CTEST) --test-dir $(BUILD_DIR)

build-asan: deps
	$(call configure,$(ASAN_BUILD_DIR),-DCMAKE_BUILD_TYPE=$(SAN_BUILD_TYPE) -DGLASSPY_ASAN=ON)
	cmake --build $(ASAN_BUILD_DIR) $(NINJA_JOBS)

test-asan: build-asan
	ASAN_OPTIONS=$${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0} \
	UBSAN_OPTIONS=$${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
	    $(CTEST) --test-dir $(ASAN_BUILD_DIR)

build-tsan: deps
	$(call configure,$(TSAN_BUILD_DIR),-DCMAKE_BUILD_TYPE=$(SAN_BUILD_TYPE) -DGLASSPY_TSAN=ON)
	cmake --build $(TSAN_BUILD_DIR) $(NINJA_JOBS)

test-tsan: build-tsan
	TSAN_OPTIONS=$${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1} \
	    $(CTEST) --test-dir $(TSAN_BUILD_DIR)

# Both benchmarks run even if the first fails; the status is the first failure's.
# COMPARE_ARGS=... goes to bench/compare (e.g. COMPARE_ARGS="--runs 3 -k fib").
bench: build
	@status=0; \
	echo "python3 bench/parse_bench.py --glasspy $(BUILD_DIR)/glasspy"; \
	python3 bench/parse_bench.py --glasspy $(BUILD_DIR)/glasspy || status=$$?; \
	echo; echo "bench/compare --glasspy $(BUILD_DIR)/glasspy $(COMPARE_ARGS)"; \
	bench/compare --glasspy $(BUILD_DIR)/glasspy $(COMPARE_ARGS) || { rc=$$?; [ $$status != 0 ] || status=$$rc; }; \
	exit $$status

clean:
	rm -rf $(BUILD_DIR) $(PGO_BUILD_DIR) $(ASAN_BUILD_DIR) $(TSAN_BUILD_DIR)
