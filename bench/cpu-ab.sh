#!/usr/bin/env bash
# A/B of two builds of dockernotes by CPU time, for a machine too busy for wall times:
#   bench/cpu-ab.sh [-n RUNS] A.jar B.jar [COMMAND ...]
# Each jar gets its own class-data-sharing archive, trained as the launcher trains it, and runs with
# the launcher's JVM flags. Prints the medians of RUNS (default 9) interleaved cold runs of each
# command (default: explain, chapters, search) in CPU ms (perf's task-clock: user+sys of every
# thread) and B/A; says so when a command's output (stdout, stderr, exit code) differs between A and B.
set -euo pipefail
runs=9
[ "${1:-}" = -n ] && { runs=$2; shift 2; }
[ $# -ge 2 ] || { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
command -v perf >/dev/null || { echo "cpu-ab.sh: needs perf (linux-perf)" >&2; exit 1; }
A=$1 B=$2
shift 2
cmds=("$@")
[ ${#cmds[@]} -eq 0 ] && cmds=("explain docker container stop" "chapters" "search volume")
work=$(mktemp -d "${TMPDIR:-/tmp}/dockernotes-cpu-ab.XXXXXX")
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/ab-sides.sh
. "$(cd "$(dirname "$0")" && pwd)/ab-sides.sh"
prepare_side a "$A"
prepare_side b "$B"
export DOCKERNOTES_HOME=$work/home
run() { # side, command words...
  local side=$1
  shift
  "$JAVA" -XX:SharedArchiveFile="$work/$side/a.jsa" -Xlog:disable "${flags[@]}" -jar "$work/$side/target/dockernotes.jar" "$@"
}
for i in "${!cmds[@]}"; do
  for side in a b; do
    # shellcheck disable=SC2086
    { run $side ${cmds[$i]} </dev/null 2>&1 || echo "exit $?"; } > "$work/$side.out"
  done
  cmp -s "$work/a.out" "$work/b.out" || echo "output differs: ${cmds[$i]}"
done
for ((r = 0; r < runs; r++)); do
  for i in "${!cmds[@]}"; do
    order="a b"
    [ $((r % 2)) -eq 1 ] && order="b a" # neither side always goes first
    for side in $order; do
      # shellcheck disable=SC2086
      perf stat -x, -e task-clock -o "$work/perf" "$JAVA" -XX:SharedArchiveFile="$work/$side/a.jsa" -Xlog:disable "${flags[@]}" \
        -jar "$work/$side/target/dockernotes.jar" ${cmds[$i]} </dev/null >/dev/null 2>&1 || true
      grep task-clock "$work/perf" | cut -d, -f1 >> "$work/$side.$i"
    done
  done
done
median() { sort -n "$1" | awk '{v[NR]=$1} END {n=NR; printf "%.1f", (n%2)? v[(n+1)/2] : (v[n/2]+v[n/2+1])/2}'; }
printf '%-40s %8s %8s %6s\n' "command ($runs runs, CPU ms)" A B B/A
for i in "${!cmds[@]}"; do
  awk -v c="${cmds[$i]}" -v a="$(median "$work/a.$i")" -v b="$(median "$work/b.$i")" \
    'BEGIN { printf "%-40s %8.1f %8.1f %6.3f\n", c, a, b, b/a }'
done
