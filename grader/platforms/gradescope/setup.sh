#!/usr/bin/env bash
# socket-lab on Gradescope: run once, as root, when Gradescope builds the autograder's image (Ubuntu 22.04).
# Installs a JDK 17 and makes the unprivileged user the student's programs run as.
set -euo pipefail
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-upgrade openjdk-17-jdk-headless
id student >/dev/null 2>&1 || adduser student --no-create-home --disabled-password --gecos ""
java -version
