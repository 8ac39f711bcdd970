#!/usr/bin/env bash
# Scores `kuzet extract` against the reports of our own writing in eval/own (see its README): the dev set's
# scoring, on another set. usage: scripts/eval-own.sh [KUZET_BINARY]
KUZET_EVAL_SET=own exec "$(dirname "$0")/eval-extract.sh" "$@"
