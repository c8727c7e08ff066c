#!/usr/bin/env bash
# Benchmark: generates a class of N submissions (60% correct, 25% buggy, 15% hanging) and grades it with
# the class grader, printing wall time and submissions per minute.
#   grader/bench/class.sh [N, default 100] [jobs, default the number of cores] [tests at once, default 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B install -DskipTests -Dgrade.skip
mvn -q -B -pl grader test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dgrade.skip
exec java -Drepository.root=. -cp "grader/target/test-classes:grader/target/classes:$(cat grader/target/classpath.txt)" \
  socketlab.grader.bench.ClassBenchmark "$@"
