# Sourced by the bench scripts: JAVA is a Java 25 or later (JAVA_HOME, then `java` on the PATH, then the JDKs under
# /usr/lib/jvm), or the script stops with one line.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
JAVA=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    if [[ -n "$candidate" && -x "$candidate" ]] && (( $(java_major "$candidate") >= 25 )); then
        JAVA="$candidate"
        break
    fi
done
if [[ -z "$JAVA" ]]; then
    echo "No Java 25 found: install a JDK 25 (e.g. Temurin 25) or set JAVA_HOME." >&2
    exit 1
fi
