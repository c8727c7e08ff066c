#!/usr/bin/env bash
# Benchmark: times the hidden suite on the reference solutions and prints wall time, JVM processes
# started, time per exercise, and JVM start-up (the floor). Maven's own start-up is not counted.
#   grader/bench/hidden-suite.sh [runs per setting, default 3] [jobs ...; default 1 2 4 6]
exec "$(dirname "$0")/java-bench.sh" HiddenSuiteBenchmark "$@"
