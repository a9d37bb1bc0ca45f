#!/usr/bin/env bash
# A private Docker Engine for the lab tests: its own socket, data root, exec root and pidfile under
# one temporary folder, so it never touches a system daemon or /var/lib/docker. Needs root.
#
# Two ways to use it:
#   eval "$(bash .ci/docker-engine.sh start)"    # prints "export DOCKER_HOST=..." lines on stdout
#   bash .ci/docker-engine.sh stop               # kills that daemon and removes its folder
# or, sourced:
#   . .ci/docker-engine.sh; docker_engine_start; ...; docker_engine_stop
#
# start: installs Debian's docker.io and busybox-static when missing, starts dockerd, waits for /_ping,
# imports a local busybox:latest image (no registry is reachable), exports DOCKER_HOST and
# DOCKERNOTES_REQUIRE_ENGINE=1. Progress goes to stderr. Exit status 1 when no engine could start.
# stop: safe to call whatever happened (no daemon, half-started daemon, already stopped).

DOCKER_ENGINE_DIR=${DOCKER_ENGINE_DIR:-/tmp/dockernotes-engine}

docker_engine_log() {
  echo "docker-engine: $*" >&2
}

docker_engine_install() {
  # Callers may run with set -euo pipefail; these steps check their own failures.
  local -
  set +e +u +o pipefail
  local missing=()
  command -v dockerd >/dev/null 2>&1 || [ -x /usr/sbin/dockerd ] || missing+=(docker.io)
  [ -x /bin/busybox ] || missing+=(busybox-static)
  if [ ${#missing[@]} -gt 0 ]; then
    docker_engine_log "installing ${missing[*]}"
    apt-get update -qq >&2 || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || return 1
  fi
}

docker_engine_cli() {
  # Debian's client matches Debian's daemon; any docker client negotiates the API version anyway.
  if [ -x /usr/bin/docker ]; then /usr/bin/docker -H "unix://$DOCKER_ENGINE_DIR/docker.sock" "$@"
  else docker -H "unix://$DOCKER_ENGINE_DIR/docker.sock" "$@"; fi
}

docker_engine_start() {
  # Callers may run with set -euo pipefail; these steps check their own failures.
  local -
  set +e +u +o pipefail
  if [ "$(id -u)" != 0 ]; then
    docker_engine_log "needs root to start dockerd"
    return 1
  fi
  docker_engine_stop
  docker_engine_install || { docker_engine_log "could not install docker.io/busybox-static"; return 1; }
  local dir=$DOCKER_ENGINE_DIR
  mkdir -p "$dir/data" "$dir/exec" || return 1
  local dockerd=/usr/sbin/dockerd
  [ -x "$dockerd" ] || dockerd=$(command -v dockerd)
  docker_engine_log "starting dockerd on unix://$dir/docker.sock"
  # setsid: the daemon survives the caller's job control but is still ended by stop (by its pid).
  setsid "$dockerd" --host "unix://$dir/docker.sock" --data-root "$dir/data" --exec-root "$dir/exec" \
    --pidfile "$dir/docker.pid" >"$dir/dockerd.log" 2>&1 </dev/null &
  echo $! >"$dir/launcher.pid"
  local i
  for i in $(seq 1 120); do
    if curl -sf --unix-socket "$dir/docker.sock" http://localhost/_ping >/dev/null 2>&1; then
      break
    fi
    if ! kill -0 "$(cat "$dir/launcher.pid")" 2>/dev/null; then
      docker_engine_log "dockerd exited; last lines of its log:"
      tail -n 20 "$dir/dockerd.log" >&2
      return 1
    fi
    sleep 0.5
  done
  if ! curl -sf --unix-socket "$dir/docker.sock" http://localhost/_ping >/dev/null 2>&1; then
    docker_engine_log "dockerd did not answer /_ping within 60 s; last lines of its log:"
    tail -n 20 "$dir/dockerd.log" >&2
    return 1
  fi
  # A busybox root: the static binary and one symlink per applet, with sh as the default command.
  local root=$dir/busybox-root applet
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root" "$root/proc" "$root/sys" "$root/dev"
  cp /bin/busybox "$root/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
  echo 'root:x:0:' >"$root/etc/group"
  if ! tar -C "$root" -c . | docker_engine_cli import --change 'CMD ["sh"]' - busybox:latest >/dev/null; then
    docker_engine_log "could not import the busybox image"
    return 1
  fi
  export DOCKER_HOST="unix://$dir/docker.sock"
  export DOCKERNOTES_REQUIRE_ENGINE=1
  docker_engine_log "ready: DOCKER_HOST=$DOCKER_HOST, image busybox:latest"
}

docker_engine_stop() {
  # Callers may run with set -euo pipefail; these steps check their own failures.
  local -
  set +e +u +o pipefail
  local dir=$DOCKER_ENGINE_DIR pid f
  [ -d "$dir" ] || return 0
  # Only the daemon this script started: by the pids it wrote, never by name.
  for f in "$dir/docker.pid" "$dir/launcher.pid"; do
    [ -f "$f" ] || continue
    pid=$(cat "$f" 2>/dev/null)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null
  done
  for f in "$dir/docker.pid" "$dir/launcher.pid"; do
    [ -f "$f" ] || continue
    pid=$(cat "$f" 2>/dev/null)
    local i
    for i in $(seq 1 40); do
      [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  done
  # dockerd's own containerd and shims, found by the exec root they were given (its pidfile).
  for f in "$dir/exec/containerd/containerd.pid"; do
    [ -f "$f" ] || continue
    pid=$(cat "$f" 2>/dev/null)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  done
  # Mounts left by a killed daemon (overlay, netns, the data root's own bind) would block rm.
  grep -o " $dir[^ ]*" /proc/mounts 2>/dev/null | sort -r | while read -r m; do
    umount -l "$m" 2>/dev/null
  done
  rm -rf "$dir" 2>/dev/null || docker_engine_log "could not remove all of $dir"
  if [ "${BASH_SOURCE[0]}" = "$0" ]; then unset DOCKER_HOST; fi
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case ${1:-} in
    start)
      if docker_engine_start; then
        echo "export DOCKER_HOST=$DOCKER_HOST"
        echo "export DOCKERNOTES_REQUIRE_ENGINE=1"
      else
        exit 1
      fi
      ;;
    stop) docker_engine_stop ;;
    *) echo "usage: $0 start|stop (as root; DOCKER_ENGINE_DIR=$DOCKER_ENGINE_DIR)" >&2; exit 2 ;;
  esac
fi
