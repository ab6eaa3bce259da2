#!/bin/bash
# Shows what the rules see in dev articles: eval/explain.sh ID...   or   eval/explain.sh --text TITLE BODY [DATE]
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=${DEV:-../shared/eval/dev}
CP=extractor/target/dev/cp.txt
if [ "${1:-}" = "--text" ]; then
  java -Xmx1g -cp "extractor/target/classes:$(cat "$CP")" io.dealstream.extractor.ExplainTool "$@" 2>&1 | grep -v -E 'INFO|DEBUG'
else
  java -Xmx1g -cp "extractor/target/classes:$(cat "$CP")" io.dealstream.extractor.ExplainTool "${IN:-$DEV/articles.jsonl}" "$@" 2>&1 | grep -v -E 'INFO|DEBUG'
fi
