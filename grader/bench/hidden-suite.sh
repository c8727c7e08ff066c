#!/usr/bin/env bash
# Benchmark: times the hidden suite on the reference solutions, beside a bare JVM start taken in the same run
# (the yardstick): wall time and its multiple of the yardstick, JVM processes started, compiling, CPU, per exercise.
#   grader/bench/hidden-suite.sh [runs, default 3] [tests at once ...; default 4]
exec "$(dirname "$0")/java-bench.sh" HiddenSuiteBenchmark "$@"
