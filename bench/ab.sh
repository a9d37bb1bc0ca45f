#!/usr/bin/env bash
# A/B of two builds of dockernotes, cold start, side by side:
#   bench/ab.sh [-n RUNS] A.jar B.jar
# Each jar gets its own class-data-sharing archive, trained as the launcher trains it, and runs with
# the launcher's JVM flags. RUNS (default 9) interleaved cold runs of each command on each jar, and a
# Java hello-world (the floor); prints the medians, B/A, and each as a ratio to the floor.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=9
[ "${1:-}" = -n ] && { runs=$2; shift 2; }
[ $# -eq 2 ] || { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/dockernotes-ab.XXXXXX")
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/ab-sides.sh
. "$root/bench/ab-sides.sh"
prepare_side a "$1"
prepare_side b "$2"
mkdir -p "$work/hello"
javac -d "$work/hello" "$root/bench/Hello.java"
printf 'a\nb\nc\nd\ne\n' > "$work/answers.txt"
export DOCKERNOTES_HOME=$work/home
cmds=("chapters" "explain docker container stop" "search volume" "learn chapter2" "quiz chapter1 --count 5 --seed 1" "show the-shim" "--version")
ms() { local s e; s=$(date +%s%N); "$@" </dev/null >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
msq() { local s e; s=$(date +%s%N); "$@" <"$work/answers.txt" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
for ((r = 0; r < runs; r++)); do
  ms "$JAVA" -cp "$work/hello" Hello >> "$work/floor"
  for i in "${!cmds[@]}"; do
    order="a b"; [ $((r % 2)) -eq 1 ] && order="b a" # neither side always goes first
    for side in $order; do
      # shellcheck disable=SC2086
      msq "$JAVA" -XX:SharedArchiveFile="$work/$side/a.jsa" -Xlog:disable "${flags[@]}" -jar "$work/$side/target/dockernotes.jar" ${cmds[$i]} >> "$work/$side.$i"
    done
  done
done
median() { sort -n "$1" | awk '{v[NR]=$1} END {n=NR; printf "%.0f", ((n%2)? v[(n+1)/2] : (v[n/2]+v[n/2+1])/2)/1000}'; }
floor=$(median "$work/floor")
printf '%-36s %8s %8s %7s %7s %7s\n' "command ($runs runs, floor $floor ms)" "A ms" "B ms" "B/A" "A/floor" "B/floor"
for i in "${!cmds[@]}"; do
  a=$(median "$work/a.$i"); b=$(median "$work/b.$i")
  awk -v c="${cmds[$i]}" -v a="$a" -v b="$b" -v f="$floor" 'BEGIN { printf "%-36s %8d %8d %7.2f %6.1fx %6.1fx\n", c, a, b, b/a, a/f, b/f }'
done
