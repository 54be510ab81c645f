#!/usr/bin/env bash
# Spark at size: 100,000 replications of a classroom scenario on local[2] with a bounded driver heap.
# Prints the wall time and the peak resident memory of the JVM, and checks that every replication
# reached runs.csv. Usage: benchmarks/spark-at-size.sh [RUNS] [HEAP]   (defaults: 100000 768m)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-100000}"
heap="${2:-768m}"
out="$(mktemp -d)/spark-at-size"
./carbonsim-spark --help >/dev/null   # builds the jar and gathers Spark outside the measurement
echo "carbonsim-spark montecarlo classroom-two-firms --runs $runs on local[2], driver -Xmx$heap"
if [ -x /usr/bin/time ]; then
  CARBONSIM_JAVA_OPTS="-Xss4m -Xmx$heap" /usr/bin/time -f "wall %e s, peak RSS %M KB" \
    ./carbonsim-spark --master 'local[2]' montecarlo classroom-two-firms --runs "$runs" --no-charts --quiet --out "$out"
else
  start=$(date +%s)
  CARBONSIM_JAVA_OPTS="-Xss4m -Xmx$heap" \
    ./carbonsim-spark --master 'local[2]' montecarlo classroom-two-firms --runs "$runs" --no-charts --quiet --out "$out"
  echo "wall $(( $(date +%s) - start )) s"
fi
rows=$(( $(wc -l < "$out/runs.csv") - 1 ))
echo "runs.csv rows: $rows"
test "$rows" -eq "$runs"
rm -rf "$out"
