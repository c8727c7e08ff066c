#!/usr/bin/env bash
# Runs the hidden suite on the reference solutions N times in a row (default 20) and prints how many
# runs gave full marks. Any run below full marks is printed with its scorecard, and the script fails.
#   grader/bench/repeat.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
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
