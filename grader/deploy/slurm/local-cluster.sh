#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for trying the job array before a real cluster and for the test that
# proves it (SlurmArrayIT; .ci/run starts it). Needs root and Debian's slurm-wlm and munge packages; no systemd.
#   grader/deploy/slurm/local-cluster.sh start <folder>   # prints the SLURM_CONF line to export
#   grader/deploy/slurm/local-cluster.sh stop <folder>
# A real cluster needs none of this: submit grade-class.sbatch there as its README says.
set -euo pipefail
action=${1:?usage: local-cluster.sh start|stop <folder>}
D=${2:?usage: local-cluster.sh start|stop <folder>}

if [ "$action" = stop ]; then
  for pid in "$D/slurmctld.pid" "$D/slurmd.pid"; do [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true; done
  exit 0
fi
[ "$action" = start ] || { echo "local-cluster.sh: start or stop, not '$action'" >&2; exit 2; }
if [ -f "$D/slurm.conf" ] && SLURM_CONF="$D/slurm.conf" sinfo >/dev/null 2>&1; then
  echo "export SLURM_CONF=$D/slurm.conf"   # already running
  exit 0
fi

# munge authenticates the daemons to each other; the package made /etc/munge/munge.key
mkdir -p /run/munge && chown munge:munge /run/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  su -s /bin/sh munge -c /usr/sbin/munged
fi

H=$(hostname -s)
mkdir -p "$D/state" "$D/spool" "$D/log"
cat > "$D/slurm.conf" <<CONF
ClusterName=socketlab
SlurmctldHost=$H
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
ReturnToService=2
SlurmUser=root
SlurmctldPidFile=$D/slurmctld.pid
SlurmdPidFile=$D/slurmd.pid
SlurmdSpoolDir=$D/spool
StateSaveLocation=$D/state
SlurmctldLogFile=$D/log/ctld.log
SlurmdLogFile=$D/log/d.log
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
NodeName=$H CPUs=$(nproc) RealMemory=$(( $(free -m | awk '/Mem:/{print $2}') - 1024 )) State=UNKNOWN
PartitionName=grading Nodes=$H Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$D/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
# the node is up when sinfo says idle
for _ in $(seq 1 60); do sinfo -h -o %t 2>/dev/null | grep -q idle && break; sleep 0.5; done
if ! sinfo -h -o %t 2>/dev/null | grep -q idle; then
  echo "local-cluster.sh: the node did not come up:" >&2
  tail -5 "$D/log/ctld.log" "$D/log/d.log" >&2
  exit 1
fi
echo "export SLURM_CONF=$SLURM_CONF"
