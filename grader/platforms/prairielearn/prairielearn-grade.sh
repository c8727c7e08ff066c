#!/bin/bash
# socket-lab on PrairieLearn: the external grader's entrypoint (info.json). Unpack grader/target/socketlab-grader.zip
# into the course's serverFilesCourse/socketlab/ and put this script beside it. Grades /grade/student and writes
# /grade/results/results.json, PrairieLearn's format; when the grader cannot grade, a result that is not gradable
# (no points, no attempt used) says so.
set -uo pipefail
HERE=/grade/serverFilesCourse/socketlab
LANGUAGE=${SOCKETLAB_LANG:-id}
mkdir -p /grade/results
OUT=$(mktemp -d)
java -XX:TieredStopAtLevel=1 -jar "$HERE/grader.jar" grade /grade/student --repository "$HERE" --lang "$LANGUAGE" \
  --color never --work "$OUT/work" --out "$OUT/out"
code=$?
if [ -s "$OUT/out/prairielearn.json" ]; then
  cp "$OUT/out/prairielearn.json" /grade/results/results.json
else
  if [ "$LANGUAGE" = en ]; then
    message="socket-lab could not grade this submission: the grader stopped with exit code ${code}. This is not your program's doing: tell your instructor."
  else
    message="socket-lab tidak dapat menilai kiriman ini: grader berhenti dengan kode keluar ${code}. Ini bukan karena program Anda: beri tahu dosen Anda."
  fi
  printf '{"gradable": false, "message": "%s"}\n' "$message" > /grade/results/results.json
fi
