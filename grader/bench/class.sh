#!/usr/bin/env bash
# Benchmark: generates a class of N submissions (60% correct, the rest buggy or hanging) and grades it with
# the class grader, printing wall time, submissions per minute and the CPU split; then grades one
# submission of each kind again alone and says whether the points are the same.
#   grader/bench/class.sh [N, default 100] [submissions at once] [tests at once, --tests-at-once]   (without them: the grader's defaults)
exec "$(dirname "$0")/java-bench.sh" ClassBenchmark "$@"
