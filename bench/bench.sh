#!/usr/bin/env bash
# Cold-start benchmark of one-shot commands against the JVM floor, then the scale benchmark.
#   bench/bench.sh [-n RUNS] [--notes DIR]
# Builds once, then runs each command RUNS times (default 10), interleaved, and prints the median,
# min and max wall time, the median as a ratio to a plain Java hello-world started with the same
# java, and the peak RSS. Then measures graph build, memory and warm search latency on corpora
# 1x, 10x and 100x the size of notes/ (and on --notes DIR when given). Last, the progress file of a
# learner with 10,000 answers: its size, the time of one save and the memory a save allocates.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=10
extra_notes=
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --notes) extra_notes=$2; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/dockernotes-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DOCKERNOTES_HOME=$work/home
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

echo "building..." >&2
"$root/dockernotes" --version >/dev/null   # builds the jar if needed (and whatever the launcher prepares)
"$root/dockernotes" --version >/dev/null
mkdir -p "$work/hello"
javac -d "$work/hello" "$root/bench/Hello.java"
printf 'a\nb\nc\nd\ne\n' > "$work/answers.txt"

names=(floor --version chapters "explain docker container stop" "learn chapter2 > file" "search volume" "quiz (5 questions, piped)")
run_one() {
  case $1 in
    0) "$JAVA" -cp "$work/hello" Hello ;;
    1) "$root/dockernotes" --version ;;
    2) "$root/dockernotes" chapters ;;
    3) "$root/dockernotes" explain docker container stop ;;
    4) "$root/dockernotes" learn chapter2 > "$work/lesson.txt" ;;
    5) "$root/dockernotes" search volume ;;
    6) "$root/dockernotes" quiz chapter1 --count 5 --seed 1 < "$work/answers.txt" ;;
  esac
}

# Interleave the commands so that drift in machine load hits them all alike.
for ((r = 0; r < runs; r++)); do
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/t" bash -c "$(declare -f run_one); JAVA='$JAVA' root='$root' work='$work' run_one $i" >/dev/null 2>"$work/err" || true
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 )) $(tail -n 1 "$work/t")" >> "$work/times.$i"
  done
done

stats() { # file of "microseconds kb" lines -> "median_ms min_ms max_ms median_rss_MB"
  local t m
  t=$(awk '{print $1}' "$1" | sort -n | awk '{v[NR]=$1} END {n=NR; med=(n%2)? v[(n+1)/2] : (v[n/2]+v[n/2+1])/2; printf "%.0f %.0f %.0f", med/1000, v[1]/1000, v[n]/1000}')
  m=$(awk '{print $2}' "$1" | sort -n | awk '{v[NR]=$1} END {n=NR; med=(n%2)? v[(n+1)/2] : (v[n/2]+v[n/2+1])/2; printf "%.0f", med/1024}')
  echo "$t $m"
}
read -r floor _ < <(stats "$work/times.0")
printf '\n%-32s %8s %8s %8s %8s %9s\n' "command ($runs runs each)" median min max ratio "peak RSS"
for i in "${!names[@]}"; do
  read -r med min max rss < <(stats "$work/times.$i")
  ratio=$(awk -v a="$med" -v b="$floor" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }')
  printf '%-32s %6s ms %6s ms %6s ms %8s %6s MB\n' "${names[$i]}" "$med" "$min" "$max" "$ratio" "$rss"
done
echo "(wall times include bash -c; /usr/bin/time measures the whole process tree)"

echo
echo "scale: graph build (cold JVM), memory, warm search latency"
classes=$work/bench-classes
mkdir -p "$classes"
javac -d "$classes" -cp "$root/target/dockernotes.jar" "$root/bench/ScaleBench.java"
args=("$root/notes")
[ -n "$extra_notes" ] && args+=("--extra" "$extra_notes")
"$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$root/target/dockernotes.jar:$classes" ScaleBench "$work/corpora" "${args[@]}"

echo
echo "progress file: one save (lock, re-read, change, atomic write, fsync) with 10,000 answers saved"
javac -d "$classes" -cp "$root/target/dockernotes.jar" "$root/bench/SaveBench.java"
for shape in "10000 300" "10000 10000"; do
  rm -rf "$work/save-state"
  /usr/bin/time -f "  (peak RSS of the whole JVM %M KB)" "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx100m \
    -cp "$root/target/dockernotes.jar:$classes" SaveBench "$work/save-state" $shape 30
done
