#!/usr/bin/env bash
# Hostile-size notes: render time of one unbroken word (1, 4, 10 MB) and of 10 MB of ordinary words,
# and peak memory of `chapters` on 10 MB and 100 MB of notes (copies of notes/), each with the heap
# capped at 10x the notes' size. Usage: [ROBUST_ONLY=render|memory|search] bench/robust.sh [JAR]
# (search: only the memory of `search`)
# (default target/dockernotes.jar). Wall times count on an idle machine; peak RSS does not depend on load.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${1:-$root/target/dockernotes.jar}
work=$(mktemp -d "${TMPDIR:-/tmp}/dn-robust.XXXXXX")
trap 'rm -rf "$work"' EXIT
JAVA=${JAVA:-java}
export DOCKERNOTES_HOME=$work/home

run() { # label heap args... : prints wall seconds, peak RSS MB and exit code
  local label=$1 heap=$2; shift 2
  local t0 t1 code
  t0=$(date +%s.%N)
  set +e
  /usr/bin/time -f '%M' -o "$work/rss" "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Xmx$heap" \
      -jar "$jar" "$@" >"$work/out" 2>"$work/err"
  code=$?
  set -e
  t1=$(date +%s.%N)
  printf '%-34s %8.2f s %8d MB  exit %d  out %d bytes  %s\n' "$label" "$(echo "$t1 - $t0" | bc)" \
      $(( $(tail -n 1 "$work/rss") / 1024 )) "$code" "$(wc -c <"$work/out")" "$(head -c 100 "$work/err" | tr '\n' ' ')"
}

only=${ROBUST_ONLY:-all}   # render, memory, search or all
if [ "$only" = render ] || [ "$only" = all ]; then
for mb in 1 4 10; do
  d=$work/word$mb; mkdir -p "$d"
  { printf '# Long word\n\n'; head -c $((mb * 1024 * 1024)) /dev/zero | tr '\0' 'a'; printf '\n'; } >"$d/long.md"
  run "learn, one ${mb} MB word" 2g --notes "$d" learn chapter1
  run "search, one ${mb} MB word" 2g --notes "$d" search aaa
done
d=$work/words10; mkdir -p "$d"
{ printf '# Many words\n\n'; { yes 'lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod' | head -c $((10 * 1024 * 1024)) || true; }; printf '\n'; } >"$d/words.md"
run "learn, 10 MB of words" 2g --notes "$d" learn chapter1
run "search, 10 MB of words" 2g --notes "$d" search dolor
fi
[ "$only" = render ] && exit 0

for mb in 10 100; do
  d=$work/notes$mb; mkdir -p "$d"
  size=0; i=0
  while [ "$size" -lt $((mb * 1024 * 1024)) ]; do
    for f in "$root"/notes/*.md; do
      i=$((i + 1))
      sed "s/^\(#\+ \)/\1c$i /" "$f" >"$d/copy$i.md"
      size=$((size + $(wc -c <"$f")))
    done
  done
  [ "$only" = search ] || run "chapters, ${mb} MB notes, -Xmx$((mb * 10))m" "$((mb * 10))m" --notes "$d" chapters
  run "search, ${mb} MB notes, -Xmx$((mb * 10))m" "$((mb * 10))m" --notes "$d" search volume
done
