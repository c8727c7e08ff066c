#!/usr/bin/env bash
# Benchmark: times the hidden suite on the reference solutions and prints wall time, JVM processes
# started, time per exercise, and JVM start-up (the floor). Maven's own start-up is not counted.
#   grader/bench/hidden-suite.sh [runs per setting, default 3] [jobs ...; default 1 2 4 6]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B install -DskipTests -Dgrade.skip
mvn -q -B -pl grader test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dgrade.skip
exec java -Drepository.root=. -cp "grader/target/test-classes:grader/target/classes:$(cat grader/target/classpath.txt)" \
  socketlab.grader.bench.HiddenSuiteBenchmark "$@"
