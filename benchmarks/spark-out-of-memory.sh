#!/usr/bin/env bash
# Spark out of memory: a national-scale study on local[16] in 256 MB. Writes the study first with room
# to spare, then runs the same study again into the same folder with too little heap, and checks the
# second run's end: exit 2, carbonsim's one line last (the memory check, which counts the 16 tasks a
# local[16] master runs at once, refuses the study before it starts), no stack trace, and the first
# run's files unchanged. A study that passes the check and still fills the heap while it runs is
# SparkOutOfMemoryTest's (a task that fills a small heap). About a minute on two cores.
# Usage: benchmarks/spark-out-of-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/out"
study=(montecarlo national-ets-scale --runs 16 --no-charts --quiet --out "$out")
./carbonsim-spark --help >/dev/null   # builds the jar and gathers Spark first
echo "the study with room: -Xmx1g on local[2]"
CARBONSIM_JAVA_OPTS="-Xss4m -Xmx1g" ./carbonsim-spark --master 'local[2]' "${study[@]}"
before="$(cat "$out"/*.csv | cksum)"
echo "the same study without: -Xmx256m on local[16]"
# Spark refuses a driver heap under 450 MB unless spark.testing.memory says what to assume
code=0
CARBONSIM_JAVA_OPTS="-Xss4m -Xmx256m -Dspark.testing.memory=536870912" \
  ./carbonsim-spark --master 'local[16]' "${study[@]}" 2>"$work/stderr" || code=$?
cat "$work/stderr"
echo "exit $code"
test "$code" -eq 2
tail -n 1 "$work/stderr" | grep -q '^carbonsim: national-ets-scale is too large for this Java.s memory: .* on 16 Spark tasks at once'
! grep -q "$(printf '\tat ')" "$work/stderr"
test "$(cat "$out"/*.csv | cksum)" = "$before"
test -z "$(find "$work" -maxdepth 1 -name '.out.*')"
echo "ok: one line, exit 2, the previous output unchanged"
