#!/usr/bin/env bash
# Grades every submission the proofs know (the references, the kit's stubs, every corpus mutant, the stress class's slow
# and half-done ones) as one class at the defaults into <out>; given an earlier <out>, counts the test results (status and
# points) that moved, and fails if any did. Before and after a refactoring of the grader:
#   grader/bench/scorecards.sh /tmp/before          (on the old commit)
#   grader/bench/scorecards.sh /tmp/after /tmp/before
exec "$(dirname "$0")/java-bench.sh" EveryScorecard "$@"
