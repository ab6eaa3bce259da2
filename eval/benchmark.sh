#!/bin/bash
# Speed and memory of the extractor (see extractor/BENCHMARKS.md):
#   eval/benchmark.sh [--runs N] [--baseline-articles N] [--no-baseline] [--annotator-costs N [--no-coref]] [FILE.jsonl...]
# Without files it reads ../shared/eval/dev/articles.jsonl and bulk-unlabelled.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
CP=extractor/target/dev/cp.txt
mkdir -p extractor/target/dev
mvn -q -pl extractor compile
if [ ! -s "$CP" ]; then
  mvn -q -pl extractor dependency:build-classpath -Dmdep.outputFile="$PWD/$CP" -Dmdep.includeScope=runtime >/dev/null
fi
ARGS=("$@")
if ! printf '%s\n' "${ARGS[@]:-}" | grep -q '\.jsonl$'; then
  DEV=${DEV:-../shared/eval/dev}
  ARGS+=("$DEV/articles.jsonl" "$DEV/bulk-unlabelled.jsonl")
fi
exec java ${JAVA_OPTS:--Xmx2g} -cp "extractor/target/classes:$(cat "$CP")" \
  io.dealstream.extractor.bench.ExtractorBenchmark "${ARGS[@]}" 2>&1 | grep -v -E ' INFO | DEBUG |^\[main\] INFO|Clearing CoreNLP annotation pool'
