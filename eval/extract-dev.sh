#!/bin/bash
# Runs the extractor over the dev set (or IN=file) from compiled classes and scores it.
# usage: eval/extract-dev.sh [--current-only] [--show-errors N]   (run `mvn -q -pl extractor compile` first)
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=${DEV:-../shared/eval/dev}
IN=${IN:-$DEV/articles.jsonl}
GOLD=${GOLD:-$DEV/gold.jsonl}
OUT=${OUT:-extractor/target/dev/pred.jsonl}
CP=extractor/target/dev/cp.txt
mkdir -p "$(dirname "$OUT")"
if [ ! -s "$CP" ]; then
  mvn -q -pl extractor dependency:build-classpath -Dmdep.outputFile="$PWD/$CP" -Dmdep.includeScope=runtime >/dev/null
fi
java ${JAVA_OPTS:--Xmx1g} -cp "extractor/target/classes:$(cat "$CP")" io.dealstream.extractor.OfflineExtraction "$IN" "$OUT" 2>&1 \
  | grep -v -E 'INFO|DEBUG' || true
python3 "$DEV/../score.py" "$GOLD" "$OUT" "$@"
