#!/usr/bin/env bash
# Regenerates the shipped lexicon, lexicons/default.lex: the derived lexicon
# (lexicons/derived.lex, from scripts/derive-default-lexicon.sh) with its
# weights fitted and calibrated on the labelled development postings in
# ../shared/corpora/dev.jsonl. Only numbers are stored, never posting text.
#
# Usage: scripts/fit-default-lexicon.sh [OUTPUT]   (default: lexicons/default.lex)
# ROLESCAN may name the binary (default: build and use target/release/rolescan).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ROLESCAN:-}" ]; then
  cargo build --release --quiet
  ROLESCAN=target/release/rolescan
fi
out=${1:-lexicons/default.lex}
"$ROLESCAN" lexicon fit ../shared/corpora/dev.jsonl \
  --lexicon lexicons/derived.lex \
  --label-field label --text-field description --group-field group --name default \
  --learn 1000 --learn-budget 0.4 --l2-learned-relevance inf --keep-biases \
  -o "$out"
