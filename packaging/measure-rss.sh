#!/usr/bin/env bash
# Measures the resident memory (RSS) of the real Copydesk window: a fresh sample workspace, its longest story open
# (the one the app reopens, set as the last article), under Xvfb (started here on a free display unless DISPLAY is
# set). Each run waits until the app has settled (its CPU time stops moving), reads its RSS, leaves it idle for
# --idle seconds more (default 30: the app has its idle heap collected and shrunk after 15 s, see DesktopMemory),
# reads it again, and closes the app. The median is of the idle figures.
#   packaging/measure-rss.sh [--runs N] [--idle S] [--nmt] -- COMMAND...
#   packaging/measure-rss.sh --runs 5 -- java -jar target/copydesk.jar
#   packaging/measure-rss.sh --runs 5 -- java -XX:+UseSerialGC -Xmx512m -jar target/copydesk.jar
#   packaging/measure-rss.sh --runs 5 -- mvn -q -o javafx:run
#   packaging/measure-rss.sh --runs 5 -- packaging/out/Copydesk/bin/Copydesk
# --nmt also prints the JVM's native memory summary (the command must start the JVM with
# -XX:NativeMemoryTracking=summary) and the live heap (a class histogram, which runs a full GC first).
# Needs Xvfb (package xvfb) unless DISPLAY is set, and jcmd for --nmt. Prints "rss MB: a b c … median m".
set -euo pipefail
runs=3 nmt=0 idle=30
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --idle) idle=$2; shift 2 ;;
    --nmt) nmt=1; shift ;;
    --) shift; break ;;
    *) echo "usage: $0 [--runs N] [--idle S] [--nmt] -- COMMAND..." >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--runs N] [--idle S] [--nmt] -- COMMAND..." >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
# the longest sample story: the largest sample file
story=$(ls -S "$root"/assets/samples/*.json | head -1)
story=$(basename "$story" .json)
tmp=$(mktemp -d)
xvfb=
cleanup() {
  [ -n "${app:-}" ] && kill -- "-$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb -displayfd 3 -screen 0 1280x800x24 3>"$tmp/display" >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$tmp/display")"
fi

# The JVM of the app: the command's own process, or (mvn, a launcher script) the java process below it.
java_pid() {
  local p=$1 c
  # a JVM: java itself, or a launcher that loads it (the app image's bin/Copydesk); not Maven's own
  if grep -q 'libjvm\.so' "/proc/$p/maps" 2>/dev/null \
      && ! tr '\0' ' ' <"/proc/$p/cmdline" | grep -q 'org.codehaus.plexus.classworlds'; then
    echo "$p"; return
  fi
  for c in $(pgrep -P "$p"); do java_pid "$c"; done
}
# every process of the run (mvn keeps its own JVM beside the app's; only the app's JVM is measured)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

all=()
for run in $(seq "$runs"); do
  rm -rf "$tmp/data" "$tmp/config" && mkdir -p "$tmp/data" "$tmp/config/copydesk"
  printf '{"lastArticle":"%s","lastCaret":0}\n' "$story" >"$tmp/config/copydesk/settings.json"
  cd "$root"
  XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" setsid "$@" >"$tmp/log" 2>&1 &
  app=$!
  pid=
  for _ in $(seq 600); do
    pid=$(java_pid "$app" | head -1)
    [ -n "$pid" ] && break
    sleep 0.2
  done
  [ -n "$pid" ] || { echo "no JVM started; its output:" >&2; cat "$tmp/log" >&2; exit 1; }
  # settled: at least 15 s in, and less than 0.1 s of CPU over the last 3 s (timeout 240 s)
  last=$(ticks "$pid") start=$SECONDS
  while :; do
    sleep 3
    [ -d "/proc/$pid" ] || { echo "the app exited; its output:" >&2; cat "$tmp/log" >&2; exit 1; }
    now=$(ticks "$pid")
    if [ $((SECONDS - start)) -ge 15 ] && [ $((now - last)) -lt 10 ]; then break; fi
    if [ $((SECONDS - start)) -ge 240 ]; then echo "run $run: did not settle in 240 s" >&2; break; fi
    last=$now
  done
  settled=$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  took=$((SECONDS - start))
  sleep "$idle"
  rss=$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  echo "run $run: rss $rss MB after $idle s idle, $settled MB when settled (pid $pid, settled after $took s)"
  if [ "$nmt" = 1 ]; then
    jcmd "$pid" VM.native_memory summary | grep -E '^(Total|-)' || true
    jcmd "$pid" GC.class_histogram | tail -1 | awk '{printf "live heap: %d MB\n", $3 / 1048576}'
  fi
  all+=("$rss")
  kill -- "-$app" 2>/dev/null || true
  for _ in $(seq 50); do [ -d "/proc/$pid" ] || break; sleep 0.2; done
  kill -9 -- "-$app" 2>/dev/null || true
  app=
done
sorted=($(printf '%s\n' "${all[@]}" | sort -n))
echo "rss MB after $idle s idle: ${all[*]} median ${sorted[$(((${#sorted[@]} - 1) / 2))]}"
