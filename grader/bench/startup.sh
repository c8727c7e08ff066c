#!/usr/bin/env bash
# Benchmark: each reference program's start-up (wall time to its first line, CPU time of the whole process)
# against a bare JVM that binds a port and exits, taken pair by pair in the same run, with Java's default
# options and with the grader's.
#   grader/bench/startup.sh [pairs per program, default 15]
exec "$(dirname "$0")/java-bench.sh" StartupBenchmark "$@"
