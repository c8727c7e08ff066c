#!/bin/bash
# socket-lab on Moodle VPL: paste this as the activity's vpl_evaluate.sh ("Execution files"), add
# grader/target/socketlab-grader.zip as an execution file beside it and tick it under "Files to keep when running".
# Like every vpl_evaluate.sh it only prepares: it writes vpl_execution, which VPL's jail then runs, reading its stdout.
# The grader prints VPL's comment block, a title per exercise and a line per test, then the grade, scaled from
# VPL_GRADEMIN..VPL_GRADEMAX, before anything else it does, so a run stopped by one of the jail's limits still has it.
cat > vpl_execution <<'RUN'
#!/bin/bash
. ./vpl_environment.sh
LANGUAGE=id   # the language of the feedback: id (Bahasa Indonesia) or en
GRADER=$(mktemp -d /tmp/socketlab-XXXXXX)
# the grader's bundle goes out of the student's folder first, so it is not graded as part of the submission
mv socketlab-grader.zip "$GRADER/" && (cd "$GRADER" && jar xf socketlab-grader.zip && rm socketlab-grader.zip)
java -XX:TieredStopAtLevel=1 -jar "$GRADER/grader.jar" grade . --repository "$GRADER" --format vpl --lang "$LANGUAGE" \
  --work "$GRADER/work" --out "$GRADER/out"
RUN
chmod +x vpl_execution
