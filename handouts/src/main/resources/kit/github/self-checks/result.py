#!/usr/bin/env python3
"""socket-lab's self-checks as a result: after `./mvnw test`, reads each exercise's Surefire reports and writes
result.json (Classroom 50's classroom50/result/v1: score, max-score, and a test per self-check, one point each) and a
Markdown scorecard, into release-body.md and the job summary ($GITHUB_STEP_SUMMARY) when there is one.

These are the visible self-checks, which the student can read and change: a result to learn from, never a grade. The
hidden tests that grade stay with the instructor.

    python3 .github/self-checks/result.py        # in the kit's folder, after ./mvnw test
SOCKETLAB_LANG=en for English; Bahasa Indonesia otherwise.
"""
import glob
import json
import os
import subprocess
import xml.etree.ElementTree as ElementTree

WORDS = {
    "id": {"title": "Cek mandiri socket-lab", "passed": "lulus", "failed": "gagal", "exercise": "latihan",
           "note": "Ini cek mandiri yang terlihat, bukan nilai: tes tersembunyi dosen yang menilai.",
           "none": "Tidak ada laporan cek mandiri: apakah ./mvnw test sudah dijalankan?"},
    "en": {"title": "socket-lab self-checks", "passed": "passed", "failed": "failed", "exercise": "exercise",
           "note": "These are the visible self-checks, not a grade: the instructor's hidden tests grade.",
           "none": "No self-check reports: has ./mvnw test run?"},
}
NAME_BYTES = 100  # Classroom 50 keeps a test's name within 100 bytes of UTF-8


def short(name):
    encoded = name.encode("utf-8")
    return name if len(encoded) <= NAME_BYTES else encoded[:NAME_BYTES].decode("utf-8", "ignore")


def self_checks():
    """Each exercise's self-checks as (exercise, test, passed), in the order of the reports."""
    checks = []
    for report in sorted(glob.glob(os.path.join("*", "target", "surefire-reports", "TEST-*.xml"))):
        exercise = report.split(os.sep)[0]
        for case in ElementTree.parse(report).getroot().iter("testcase"):
            if case.find("skipped") is not None:
                continue
            passed = case.find("failure") is None and case.find("error") is None
            checks.append((exercise, case.get("name"), passed))
    return checks


def stamped():
    """What Classroom 50's runner tells about the submission, where it tells it."""
    fields = {"classroom": "CLASSROOM", "assignment": "ASSIGNMENT", "owner": "OWNER", "submission": "SUBMISSION_TAG",
              "commit": "COMMIT_URL", "release": "RELEASE_URL", "review": "REVIEW_URL"}
    result = {key: os.environ[name] for key, name in fields.items() if os.environ.get(name)}
    try:
        result["datetime"] = subprocess.run(["git", "log", "-1", "--format=%cI"], capture_output=True, text=True,
                                            check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return result


def scorecard(checks, words):
    lines = ["## " + words["title"] + ": %d/%d" % (sum(1 for c in checks if c[2]), len(checks)), "", words["note"], ""]
    if not checks:
        return "\n".join(lines + [words["none"], ""])
    lines += ["| " + words["exercise"] + " | self-check | |", "|---|---|---|"]
    for exercise, test, passed in checks:
        lines.append("| %s | `%s` | %s |" % (exercise, test, "✅ " + words["passed"] if passed else "❌ " + words["failed"]))
    return "\n".join(lines) + "\n"


def main():
    words = WORDS["en" if os.environ.get("SOCKETLAB_LANG") == "en" else "id"]
    checks = self_checks()
    tests = [{"test-name": short(exercise + ": " + test), "passed": passed, "score": 1 if passed else 0, "max-score": 1}
             for exercise, test, passed in checks]
    result = {"schema": "classroom50/result/v1"}
    result.update(stamped())
    result.update({"score": sum(t["score"] for t in tests), "max-score": len(tests), "tests": tests})
    with open("result.json", "w", encoding="utf-8") as out:
        json.dump(result, out, ensure_ascii=False, indent=2)
        out.write("\n")
    markdown = scorecard(checks, words)
    with open("release-body.md", "w", encoding="utf-8") as out:
        out.write(markdown)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as out:
            out.write(markdown)
    print(markdown)


if __name__ == "__main__":
    main()
