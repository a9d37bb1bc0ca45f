# Sourced by bench/ab.sh and bench/cpu-ab.sh: the launcher's JVM flags, and one side of an A/B (a copy
# of a jar with its lab libraries and its own class-data-sharing archive, trained as the launcher
# trains it) in $work/SIDE.
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss2m -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput)
prepare_side() { # SIDE JAR
  local side=$1 src=$2
  mkdir -p "$work/$side/target"
  cp "$src" "$work/$side/target/dockernotes.jar"
  [ -d "$(dirname "$src")/lib" ] && cp -r "$(dirname "$src")/lib" "$work/$side/target/lib"
  DOCKERNOTES_HOME=$work/train "$JAVA" -XX:ArchiveClassesAtExit="$work/$side/a.jsa" -Xlog:disable -XX:TieredStopAtLevel=1 \
    -XX:+UseSerialGC -jar "$work/$side/target/dockernotes.jar" --cds-training </dev/null >/dev/null 2>&1
}
