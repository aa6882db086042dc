#!/usr/bin/env bash
# What docs/walkthrough.sh and docs/walk-2022.sh share, sourced by both: the server's address (XINFANG_URL), `call` for
# one step through the JSON API, `field` to read an answer, `id_number` for a fresh petitioner. WALK, the sourcing
# script's name, labels a refused step.
set -euo pipefail
BASE=${XINFANG_URL:-http://localhost:8080}
BASE=${BASE%/}
ANSWER=$(mktemp)
trap 'rm -f "$ANSWER"' EXIT

# call STEP USER METHOD PATH [JSON [CURL-OPTION...]]: prints the answer, or says why the step failed and exits.
call() {
  local step=$1 user=$2 method=$3 path=$4 json=${5:-} status
  local args=(-sS -o "$ANSWER" -w '%{http_code}' -u "$user:demo" -X "$method" "${@:6}")
  if [ -n "$json" ]; then
    args+=(-H 'Content-Type: application/json' -d "$json")
  fi
  if ! status=$(curl "${args[@]}" "$BASE$path"); then
    echo "${WALK}: $step: no answer from $BASE (is the server running? set XINFANG_URL)" >&2
    exit 1
  fi
  if [ "$status" -lt 200 ] || [ "$status" -ge 300 ]; then
    echo "${WALK}: $step failed: HTTP $status from $method $BASE$path" >&2
    cat "$ANSWER" >&2
    echo >&2
    exit 1
  fi
  cat "$ANSWER"
}

# The first value of a field of a JSON answer (numbers and plain strings); empty when there is none.
field() { { grep -o "\"$1\":\"\{0,1\}[^\",}]*" || true; } | sed -nE "1s/^\"$1\":\"?//p"; }

# A valid GB 11643 ID number nobody has used: Yuanling county's area code, a random birth date (1950-1999) and
# sequence number, and the check character (the weighted sum of the 17 digits mod 11, indexing 10X98765432).
id_number() {
  local weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=10X98765432 sum=0 i body
  body=$(printf '431222%04d%02d%02d%03d' $((1950 + RANDOM % 50)) $((1 + RANDOM % 12)) $((1 + RANDOM % 28)) $((RANDOM % 1000)))
  for i in "${!weights[@]}"; do
    sum=$((sum + ${body:i:1} * weights[i]))
  done
  echo "$body${checks:sum % 11:1}"
}
