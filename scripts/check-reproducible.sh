#!/usr/bin/env bash
# Reproducible builds: builds the published modules twice from clean and checks that every jar
# (classes, sources, javadoc) is byte-identical, using project.build.outputTimestamp (parent pom).
# Extra arguments go to Maven, e.g.: scripts/check-reproducible.sh -o -Dmaven.repo.local=/tmp/m2
set -euo pipefail
cd "$(dirname "$0")/.."
mvn_build() {
  mvn -B -ntp -q "$@" -DskipTests -pl c2-bom,c2-core,c2-metrics,c2-json -am clean package
}
checksums() {
  find c2-core/target c2-metrics/target c2-json/target -maxdepth 1 -name '*.jar' -print0 | sort -z | xargs -0 sha256sum
}
mvn_build "$@"
first=$(checksums)
sleep 2   # a later wall-clock time for the second build
mvn_build "$@"
second=$(checksums)
echo "$second"
if [ "$first" != "$second" ]; then
  echo "NOT reproducible: the two builds differ:"
  diff <(echo "$first") <(echo "$second") || true
  exit 1
fi
echo "reproducible: $(echo "$second" | wc -l) jars byte-identical across two clean builds"
