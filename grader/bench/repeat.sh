#!/usr/bin/env bash
# Repeats a grading and counts what differs:
#   grader/bench/repeat.sh [runs]          the hidden suite on the reference solutions N times in a row (default
#                                          20); prints how many runs gave full marks, and any scorecard below it
#   grader/bench/repeat.sh stress [runs]   the stress class (correct, slow, hanging and wrong submissions) graded
#                                          alone once, then N times (default 20) with 4x the cores in --tests-at-once, every
#                                          test at once and one core kept busy; counts results that differ from alone
# Either fails unless every run agrees.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = stress ]; then
  exec grader/bench/java-bench.sh StressBenchmark "${2:-20}"
fi
runs=${1:-20}
mvn -q -B install -DskipTests -Dgrade.skip
mvn -q -B -pl grader dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dgrade.skip
classpath="grader/target/classes:$(cat grader/target/classpath.txt)"
full=0
for run in $(seq "$runs"); do
  out=$(mktemp -d)
  if java -cp "$classpath" socketlab.grader.cli.GradeCommand --repository . --target solutions --lang en \
       --color never --fail-under 100 --out "$out" > "$out/scorecard.txt" 2>&1; then
    full=$((full + 1))
    echo "run $run: full marks ($(grep -o 'graded in [0-9.]* s' "$out/scorecard.txt"))"
  else
    echo "run $run: NOT full marks"
    grep -vE '^  passed' "$out/scorecard.txt"
  fi
  rm -rf "$out"
done
echo "full marks in $full of $runs runs"
[ "$full" -eq "$runs" ]
