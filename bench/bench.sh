#!/usr/bin/env bash
# Cold-start benchmark of one-shot commands against the JVM floor, then the scale benchmark.
#   bench/bench.sh [-n RUNS] [--notes DIR]
# Builds once, then runs each command RUNS times (default 9), interleaved, and prints the median,
# min and max wall time, the median as a ratio to a plain Java hello-world started with the same
# java, and the peak RSS; on a terminal (tmux), the time to learn's first screen and to the shell's
# prompt. Then measures graph build, memory and warm search latency on corpora 1x, 10x and 100x the
# size of notes/ (and on --notes DIR when given), and prints issue 17's targets: each one's ratio to
# the floor (or its size) and whether it is met. Last, the progress file of a learner with 10,000
# answers: its size, the time of one save and the memory a save allocates.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=9
extra_notes=
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --notes) extra_notes=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

names=(floor --version chapters "explain docker container stop" "learn chapter2 > file" "search volume" "quiz (5 questions, piped)" "learn chapter2 | cat")
run_one() {
  case $1 in
    0) "$JAVA" -cp "$work/hello" Hello ;;
    1) "$root/dockernotes" --version ;;
    2) "$root/dockernotes" chapters ;;
    3) "$root/dockernotes" explain docker container stop ;;
    4) "$root/dockernotes" learn chapter2 > "$work/lesson.txt" ;;
    5) "$root/dockernotes" search volume ;;
    6) "$root/dockernotes" quiz chapter1 --count 5 --seed 1 < "$work/answers.txt" ;;
    7) "$root/dockernotes" learn chapter2 | cat ;; # a pipe: rendered (the prebuilt text is for files only)
  esac
}

# On a terminal (tmux, a private server per run): from starting the program to its first screen.
# The floor there is the same hello-world in the same kind of tmux window.
have_tmux=$(command -v tmux >/dev/null && echo yes || echo no)
tnames=("floor in tmux" "learn chapter2, first screen" "shell, prompt")
tmux_one() { # index -> microseconds from start until its first screen shows (or 30 s)
  local sock=dn-bench-$$-$1 cmd pat start now
  case $1 in
    0) cmd="$JAVA -cp $work/hello Hello"; pat='^hello' ;;
    1) cmd="$root/dockernotes learn chapter2"; pat='Section [0-9]+ of' ;;
    2) cmd="$root/dockernotes shell"; pat='^dockernotes[^:]*> ?$' ;; # tmux trims the space after the prompt
  esac
  start=$(date +%s%N)
  tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 "$cmd; sleep 60"
  until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -Eq "$pat"; do
    now=$(date +%s%N)
    [ $(( (now - start) / 1000000 )) -gt 30000 ] && break
  done
  now=$(date +%s%N)
  tmux -L "$sock" kill-server 2>/dev/null || true
  echo $(( (now - start) / 1000 ))
}

# Interleave the commands so that drift in machine load hits them all alike.
for ((r = 0; r < runs; r++)); do
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/t" bash -c "$(declare -f run_one); JAVA='$JAVA' root='$root' work='$work' run_one $i" >/dev/null 2>"$work/err" || true
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 )) $(tail -n 1 "$work/t")" >> "$work/times.$i"
  done
  if [ "$have_tmux" = yes ]; then
    for i in "${!tnames[@]}"; do
      echo "$(tmux_one "$i") 0" >> "$work/tmux.$i"
    done
  fi
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
  echo "$med" > "$work/median.$i"
done
tfloor=0
if [ "$have_tmux" = yes ]; then
  read -r tfloor _ < <(stats "$work/tmux.0")
  for i in "${!tnames[@]}"; do
    read -r med min max _ < <(stats "$work/tmux.$i")
    ratio=$(awk -v a="$med" -v b="$tfloor" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }')
    printf '%-32s %6s ms %6s ms %6s ms %8s\n' "${tnames[$i]}" "$med" "$min" "$max" "$ratio"
    echo "$med" > "$work/tmedian.$i"
  done
else
  echo "(tmux not installed: the terminal measurements are skipped)"
fi
echo "(wall times include bash -c; /usr/bin/time measures the whole process tree)"

echo
echo "scale: graph build (cold JVM), memory, warm search latency"
classes=$work/bench-classes
mkdir -p "$classes"
javac -d "$classes" -cp "$root/target/dockernotes.jar" "$root/bench/ScaleBench.java"
args=("$root/notes")
[ -n "$extra_notes" ] && args+=("--extra" "$extra_notes")
"$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$root/target/dockernotes.jar:$classes" ScaleBench "$work/corpora" "${args[@]}" \
  | tee "$work/scale.txt"

# Issue 17's targets: each measurement, its ratio to the floor (or its size), the limit, met or not.
target() { # name measured_ms floor_ms limit_ratio
  awk -v n="$1" -v a="$2" -v f="$3" -v l="$4" 'BEGIN {
    if (a == "" || f <= 0) { printf "  %-40s %s\n", n, "not measured"; exit }
    r = a / f; printf "  %-40s %6d ms %6.1fx   <= %sx   %s\n", n, a, r, l, (r <= l ? "met" : "NOT met") }'
}
absolute() { # name measured limit unit
  awk -v n="$1" -v a="$2" -v l="$3" -v u="$4" 'BEGIN {
    if (a == "") { printf "  %-40s %s\n", n, "not measured"; exit }
    printf "  %-40s %6.0f %-2s           <= %s %s   %s\n", n, a, u, l, u, (a <= l ? "met" : "NOT met") }'
}
m() { cat "$work/$1" 2>/dev/null || true; }
echo
echo "targets (issue 17; floor $floor ms piped, ${tfloor} ms in tmux; ratios from this one run, side by side):"
target "explain docker container stop" "$(m median.3)" "$floor" 3
target "chapters" "$(m median.2)" "$floor" 3
target "learn chapter2 > file" "$(m median.4)" "$floor" 4
target "learn chapter2 | cat (into a pipe)" "$(m median.7)" "$floor" 4
target "learn chapter2, first screen (tmux)" "$(m tmedian.1)" "$tfloor" 4
target "search volume" "$(m median.5)" "$floor" 4
target "quiz, 5 questions piped" "$(m median.6)" "$floor" 5
absolute "shell shows its prompt (tmux)" "$(m tmedian.2)" 500 ms
x100=$(awk '$1 == "100x" { print; exit }' "$work/scale.txt")
cold=$(echo "$x100" | awk '{ print $6 }')
kb=$(echo "$x100" | awk '{ print $4 }')
heap=$(echo "$x100" | awk '{ print $10 }')
absolute "notes 100x the built-in ones, cold load" "$cold" 1000 ms
if [ -n "$kb" ] && [ -n "$heap" ]; then
  awk -v h="$heap" -v kb="$kb" 'BEGIN { r = h * 1024 / kb;
    printf "  %-40s %6.1f MB %5.1fx   <= 10x   %s\n", "notes 100x, heap / size of the notes", h, r, (r <= 10 ? "met" : "NOT met") }'
else
  echo "  notes 100x, heap / size of the notes     not measured"
fi

echo
echo "progress file: one save (lock, re-read, change, atomic write, fsync) with 10,000 answers saved"
javac -d "$classes" -cp "$root/target/dockernotes.jar" "$root/bench/SaveBench.java"
for shape in "10000 300" "10000 10000"; do
  rm -rf "$work/save-state"
  /usr/bin/time -f "  (peak RSS of the whole JVM %M KB)" "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx100m \
    -cp "$root/target/dockernotes.jar:$classes" SaveBench "$work/save-state" $shape 30
done
