#!/bin/bash
# usage: bash scoreall.sh BIN OUTDIR   (run from the repo root). Skips the held-out sets in HELD.
BIN=$(realpath $1); OUT=${2:-/tmp/score}; HELD=${HELD-twentyfourth-a twentyfourth-b}; mkdir -p $OUT
python3 tests/eval/score.py mail tune --regbot $BIN --failures > $OUT/tune.txt 2>&1
python3 tests/eval/score.py mail measure --regbot $BIN --breakdown > $OUT/measure.txt 2>&1
python3 tests/eval/score.py bounces tune --regbot $BIN > $OUT/btune.txt 2>&1
python3 tests/eval/score.py bounces measure --regbot $BIN > $OUT/bmeasure.txt 2>&1
for f in tests/eval/probes/*.jsonl; do n=$(basename $f .jsonl)
  case " $HELD " in *" $n "*) continue;; esac
  python3 tests/eval/probes/run.py $BIN $f > $OUT/probe-$n.txt 2>&1; done
for f in tune measure btune bmeasure; do
  echo "$f: $(grep -h -i -E '^(classification|fields|language|bounce detected|failed address|other automated) ' $OUT/$f.txt | head -3 | tr -s ' ' | tr '\n' ';')"; done
for f in $OUT/probe-*.txt; do echo "$(basename $f .txt): $(grep ' right' $f | tr '\n' ' ')"; done
