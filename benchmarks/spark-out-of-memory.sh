#!/usr/bin/env bash
# Spark out of memory: a national-scale study whose tasks fill a small driver heap on local[16] (16
# replications at once in 256 MB; carbonsim's estimate counts --threads, which Spark ignores, so it
# lets the study start). Writes a study first with room to spare, then runs the same study again into
# the same folder with too little heap, and checks the second run's end: exit 2, carbonsim's
# out-of-memory line last, no stack trace, and the first run's files unchanged. A few minutes on two
# cores. Usage: benchmarks/spark-out-of-memory.sh
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
tail -n 1 "$work/stderr" | grep -q '^carbonsim: --master local\[16\]: out of memory: '
! grep -q "$(printf '\tat ')" "$work/stderr"
test "$(cat "$out"/*.csv | cksum)" = "$before"
test -z "$(find "$work" -maxdepth 1 -name '.out.*')"
echo "ok: one line, exit 2, the previous output unchanged"
