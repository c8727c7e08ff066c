#!/usr/bin/env bash
# Command 2 of the README: the project's own tests (./mvnw -B verify -Pstrict), with all they need. As root on a
# Debian machine it installs what is missing and starts the Docker engine, the Slurm cluster and the checkers; anywhere
# else it lists what is missing, one line each, and stops before any test runs. .ci/run calls it. Arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"

root=false
[ "$(id -u)" = 0 ] && root=true
apt=false
command -v apt-get >/dev/null && apt=true

# what the tests need: a command that says it is here, the Debian packages that bring it, and why
checks=(
  "command -v javac|openjdk-17-jdk-headless|a JDK 17 or newer (javac), for the wrapper's Maven and the programs"
  "command -v python3|python3|python3, for the seed's programs in the interoperation tests"
  "test -r /etc/services|netbase|/etc/services, the service names DetailSocket and Python read"
  "fc-list | grep -q .|fontconfig fonts-dejavu-core|a font (fontconfig), for the diagrams' text"
  "command -v dockerd|docker.io|a Docker engine (dockerd), for the container sandbox's proofs"
  "command -v slurmctld|slurm-wlm munge|Slurm (slurmctld, munge), for the job-array proof"
  "command -v npm|nodejs npm|Node.js and npm, for the deploy files' checkers"
  "command -v unzip|unzip|unzip, for the Gradescope proof"
  "command -v tcpdump|tcpdump|tcpdump, the oracle of the packet-detail reference"
  "command -v unshare|util-linux|unshare, for the simulated Windows and macOS systems"
  "command -v ip|iproute2|ip, for the simulated macOS loopback"
  "command -v chromium|chromium|Chromium, for the handout's screen test at a laptop's and a phone's width"
)
missing=()
packages=()
for check in "${checks[@]}"; do
  IFS='|' read -r test package why <<<"$check"
  if ! bash -c "$test" >/dev/null 2>&1; then
    missing+=("$why: apt-get install $package")
    packages+=($package)
  fi
done
if [ ${#packages[@]} -gt 0 ] && $root && $apt; then
  echo "test.sh: installing ${packages[*]}"
  apt-get update -qq
  # without recommended packages (a desktop's for Chromium, git for Docker): the tests need none, and CI's time is short
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
  missing=()
fi
if ! $root; then
  # what only root can start or make, unless it is already there
  docker version >/dev/null 2>&1 || missing+=("a running Docker engine this user may use (docker version fails): run as root, or start dockerd")
  sinfo >/dev/null 2>&1 || missing+=("a Slurm cluster that answers (sinfo): run as root, or grader/deploy/slurm/local-cluster.sh start <folder> as root")
  id student >/dev/null 2>&1 || missing+=("the user 'student' Gradescope's programs run as: run as root, or grader/platforms/gradescope/setup.sh as root")
  missing+=("root, for the namespaces that simulate Windows and macOS (unshare): run as root")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: missing what the tests need (nothing was run):" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 1
fi

# A Docker engine for the container sandbox: no systemd here, so start dockerd ourselves (without iptables,
# which these machines refuse), and wait until it answers. The proofs fail, never skip, when it does not.
if ! docker version >/dev/null 2>&1; then
  echo "test.sh: starting dockerd"
  setsid dockerd --iptables=false >/tmp/socketlab-dockerd.log 2>&1 </dev/null &
  for _ in $(seq 1 120); do docker version >/dev/null 2>&1 && break; sleep 0.5; done
  if ! docker version >/dev/null 2>&1; then
    echo "test.sh: dockerd did not start:" >&2
    tail -20 /tmp/socketlab-dockerd.log >&2
    exit 1
  fi
fi
docker version --format 'Docker engine {{.Server.Version}}'
# No registry: Testcontainers must not start Ryuk (the sandbox removes its own containers), and on a machine that
# is itself a container, it must talk to the engine on localhost.
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=localhost

# Gradescope's setup.sh, as Gradescope runs it once per image: a JDK 17 and the user 'student' the programs run as.
grader/platforms/gradescope/setup.sh >/dev/null
# The deploy files' checkers (GitHub's workflow parser, Kubernetes' schemas), at the versions package-lock.json pins.
npm ci --prefix grader/deploy/check --no-audit --no-fund --loglevel=error
# A one-node Slurm cluster for the job-array proof: no systemd either, so the script starts munged and the daemons.
sinfo >/dev/null 2>&1 || eval "$(grader/deploy/slurm/local-cluster.sh start /tmp/socketlab-slurm)"
sinfo

java -version 2>&1 | head -1
python3 --version
echo "+ ./mvnw -B verify -Pstrict $*"
# -ntp keeps download progress out of the log; the command is otherwise the README's.
exec ./mvnw -B -ntp verify -Pstrict "$@"
