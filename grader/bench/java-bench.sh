#!/usr/bin/env bash
# Builds the reactor, then runs one of the grader's benchmark classes (in its test sources) with its
# arguments, in a JVM with the options mvn verify grades with (.mvn/jvm.config); the scripts beside it call this.
#   grader/bench/java-bench.sh <class in socketlab.grader.bench> [arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B install -DskipTests -Dgrade.skip
mvn -q -B -pl grader test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dgrade.skip
benchmark=$1
shift
# shellcheck disable=SC2046 # one option per word, as Maven reads the file
exec java $(cat .mvn/jvm.config) -Drepository.root=. -cp "grader/target/test-classes:grader/target/classes:$(cat grader/target/classpath.txt)" \
  "socketlab.grader.bench.$benchmark" "$@"
