#!/usr/bin/env bash
# Smoke test of a built application: it starts, prints its version, opens a journal in the
# window (offscreen), exports a PDF, and does the same in Welsh.
set -euo pipefail
app="${1:?usage: smoke-test.sh path/to/journal-app}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export JOURNAL_APP_DATA_DIR="$work/data"
"$app" --version | grep -q '^journal-app '
"$app" new "$work/smoke.ljournal" --framework ljmu-mentor --owner "Smoke Test" >/dev/null
QT_QPA_PLATFORM=offscreen JOURNAL_APP_SMOKE=1 "$app" "$work/smoke.ljournal" | grep -q '^opened Smoke Test$'
"$app" export-pdf "$work/smoke.ljournal" -o "$work/smoke.pdf" >/dev/null
head -c 5 "$work/smoke.pdf" | grep -q '%PDF-'
"$app" check "$work/smoke.ljournal" >/dev/null
# Welsh ships too: the command line's catalogue and the window's (.qm) in the bundle.
"$app" --lang cy check "$work/smoke.ljournal" | grep -q 'cyfan a chywir'
QT_QPA_PLATFORM=offscreen JOURNAL_APP_SMOKE=1 "$app" --lang cy "$work/smoke.ljournal" | grep -q '^menu &Ffeil$'
echo "smoke test passed: $("$app" --version)"
