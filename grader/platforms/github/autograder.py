#!/usr/bin/env python3
"""socket-lab on Classroom 50: put this file at <classroom>/autograders/<assignment>/autograder.py. The runner calls it
once per push in the student's checkout (the student kit, pushed as a template repository): it runs the kit's visible
self-checks with the Maven Wrapper and writes ./result.json and the scorecard with the kit's .github/self-checks/result.py.
A self-check that fails is a result, not an error: the exit code is result.py's. The hidden tests never come here.
"""
import subprocess
import sys

subprocess.run(["sh", "mvnw", "-B", "-ntp", "test"], check=False)
sys.exit(subprocess.run([sys.executable, ".github/self-checks/result.py"], check=False).returncode)
