#!/bin/sh
# A stand-in for build/glasspy that runs CPython, to check bench/compare itself:
#   bench/compare --glasspy bench/fake_glasspy.sh --runs 3     (ratios should be ~1.00)
exec /usr/bin/python3 "$@"
