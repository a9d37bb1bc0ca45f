#!/usr/bin/env bash
# explain on huge arguments (100 KB pasted lines of several shapes) against an everyday explain:
#   bench/explain-size.sh [-n RUNS] [DIR]
# DIR is a dockernotes folder (default: this one; give another checkout to compare before/after).
# Runs each case RUNS times (default 5), interleaved, and prints the median wall time, the median CPU
# time (user+sys, steadier than wall time on a busy machine) and the bytes printed (stdout+stderr).
set -euo pipefail
runs=5
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
dir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
command -v /usr/bin/time >/dev/null || { echo "explain-size: needs GNU time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/dockernotes-size.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DOCKERNOTES_HOME=$work/home
"$dir/dockernotes" --version >/dev/null
cases=("docker container stop" "'a'*100000" "'docker '+'x '*50000" "'docker run -'+'i'*100000" "'docker run '+'-i '*33000"
       "'docker contianer '+'y'*100000" "'docker compose up '+'web '*25000" "'docker run ubuntu '+'\"a b\" '*16000"
       "'<'*50000+'\$('*25000")
for k in "${!cases[@]}"; do
  if [ "$k" = 0 ]; then printf '%s' "${cases[0]}" > "$work/arg$k"; else python3 -c "print(${cases[$k]}, end='')" > "$work/arg$k"; fi
done
for ((r = 0; r < runs; r++)); do
  for k in "${!cases[@]}"; do
    if [ "$k" = 0 ]; then set -- docker container stop; else set -- "$(cat "$work/arg$k")"; fi
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$dir/dockernotes" explain "$@" > "$work/out" 2>&1 || true
    read -r wall user sys < <(tail -n 1 "$work/t")
    echo "$k $wall $(echo "$user + $sys" | bc) $(wc -c < "$work/out")" >> "$work/results"
  done
done
printf '%-44s %9s %9s %9s\n' case wall cpu bytes
for k in "${!cases[@]}"; do
  label=${cases[$k]}; [ "$k" = 0 ] && label="explain docker container stop (baseline)"
  wall=$(awk -v k="$k" '$1 == k {print $2}' "$work/results" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(awk -v k="$k" '$1 == k {print $3}' "$work/results" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  bytes=$(awk -v k="$k" '$1 == k {print $4}' "$work/results" | tail -1)
  printf '%-44s %8ss %8ss %9s\n' "${label:0:44}" "$wall" "$cpu" "$bytes"
done
