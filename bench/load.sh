#!/usr/bin/env bash
# The load benchmark of issue #8, one command: bash bench/load.sh [seconds per run, default 10]
#
# Builds crd-server and the baseline (examples/bare_handler.rs: actix-web parsing and re-serializing the same
# body) in release, starts both on loopback with the same worker count, and measures from a second process (wrk):
#   1. order-sign with full prefetch (cds-hooks/examples/order-sign-request.json) at 1, 16 and 64 connections:
#      throughput and p50/p99 latency, each against the baseline measured in the same run;
#   2. order-sign without prefetch against the local FHIR server: the hook's total time against the slowest single
#      FHIR query it made (both from crd-server's own debug log, per request);
#   3. start-up time to a ready /health (all policies and questionnaires validated) against the baseline's;
#   4. RSS after each load, and a soak of at least 10,000 requests: errors and RSS before/after;
#   5. the same full-prefetch order-sign with authentication on, RS384 and ES384, at 16 and 64 connections: every
#      request carries its own pre-minted JWT (examples/mint_tokens.rs; distinct `jti`, so the replay store
#      records each once, as in production), fed to wrk by a Lua `request()` walking the token file; wrk stops
#      when the tokens run out (never reuses one). The trusted client's JWKS (tests/keys/ehr-jwks.json) is served
#      by a local python3 http.server. The bare handler gets the same requests (same size, header ignored).
# Runs 1-4 are with authentication off (`insecure-none`). Prints a Markdown report; needs wrk (apt-get install
# wrk), Node.js for the local FHIR server, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-10}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

cargo build --release --quiet --bin crd-server --example bare_handler --example mint_tokens
BIN=target/release/crd-server
BARE=target/release/examples/bare_handler
MINT=target/release/examples/mint_tokens

# The local FHIR server with the sample charts (for the run without prefetch).
FHIR="${FHIR_BASE_URL:-http://127.0.0.1:8080/fhir}"
[ -d tests/fhir-server/node_modules ] || (cd tests/fhir-server && npm ci --no-audit --no-fund --loglevel=error)
if ! curl -sf -o /dev/null "$FHIR/metadata"; then
  PORT=8080 node --experimental-websocket tests/fhir-server/server.js > "$work/fhir.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do curl -sf -o /dev/null "$FHIR/metadata" && break; sleep 0.2; done
fi
FHIR_BASE_URL="$FHIR" node tests/fhir-server/load.js fhir-resources/samples/*.json > /dev/null

now_ms() { date +%s%3N; }
wait_health() { for _ in $(seq 1 2000); do curl -sf -o /dev/null "$1/health" && return 0; sleep 0.005; done; return 1; }

start_crd() { # port, log level -> pid
  # As deployed (deploy/Dockerfile, deploy/k8s): mimalloc commits on demand. Override to compare.
  MIMALLOC_ARENA_EAGER_COMMIT="${MIMALLOC_ARENA_EAGER_COMMIT:-0}" CRD__AUTH__MODE=insecure-none CRD__SERVER__PORT="$1" CRD__DATABASE__URL="sqlite://$work/crd-$1.db" \
    CRD__FHIR__ALLOWLIST="$FHIR" CRD__LOG__LEVEL="$2" "$BIN" serve > "$work/crd-$1.log" 2>&1 &
  echo $!
}
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }

# --- 3. start-up (5 runs each, median) ---
startup() { # command... -> ms
  local port=$1; shift
  local t0; t0=$(now_ms)
  "$@" > /dev/null 2>&1 &
  local pid=$!
  wait_health "http://127.0.0.1:$port"
  local t1; t1=$(now_ms)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $((t1 - t0))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
crd_start=$(for i in 1 2 3 4 5; do
  CRD__AUTH__MODE=insecure-none CRD__DATABASE__URL="sqlite://$work/start-$i.db" CRD__SERVER__PORT=3901 \
    startup 3901 "$BIN" serve; done | median)
bare_start=$(for i in 1 2 3 4 5; do startup 3902 "$BARE" 3902; done | median)

# --- 1. full prefetch under load ---
cat > "$work/post.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$PWD/cds-hooks/examples/order-sign-request.json", "rb")
wrk.body = f:read("*a")
f:close()
EOF
crd_pid=$(start_crd 3911 warn); pids+=("$crd_pid")
"$BARE" 3912 > "$work/bare.log" 2>&1 & bare_pid=$!; pids+=("$bare_pid")
wait_health http://127.0.0.1:3911; wait_health http://127.0.0.1:3912
rss_idle=$(rss_kb "$crd_pid")

run_wrk() { # url connections [lua script [args...]] -> "rps p50_ms p99_ms errors requests"
  local out script="${3:-$work/post.lua}"
  out=$(wrk -t1 -c"$2" -d"${SECONDS_PER_RUN}s" --latency -s "$script" "$1" -- "${@:4}" 2>&1)
  python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
reqs = int(re.search(r"(\d+) requests in", out).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
sockerr = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sockerr.groups())) if sockerr else 0)
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f} {errors} {reqs}")
PY
}
# Warm both up.
wrk -t1 -c4 -d2s -s "$work/post.lua" http://127.0.0.1:3911/cds-services/order-sign-crd > /dev/null
wrk -t1 -c4 -d2s -s "$work/post.lua" http://127.0.0.1:3912/echo > /dev/null
declare -A R
for c in 1 16 64; do
  R[bare_$c]=$(run_wrk http://127.0.0.1:3912/echo "$c")
  R[crd_$c]=$(run_wrk http://127.0.0.1:3911/cds-services/order-sign-crd "$c")
  R[rss_$c]=$(rss_kb "$crd_pid")
done

# --- 4. soak: at least 10,000 requests at 16 connections ---
rss_before=$(rss_kb "$crd_pid")
soak=$(SECONDS_PER_RUN=$((SECONDS_PER_RUN * 2)) run_wrk http://127.0.0.1:3911/cds-services/order-sign-crd 16)
rss_after=$(rss_kb "$crd_pid")
rss_peak=$(hwm_kb "$crd_pid")
kill "$crd_pid"

# --- 5. authentication on: one pre-minted JWT per request ---
mkdir -p "$work/keys" && cp tests/keys/ehr-jwks.json "$work/keys/"
(cd "$work/keys" && exec python3 -m http.server 3916 --bind 127.0.0.1 > "$work/jwks.log" 2>&1) & pids+=($!)
for _ in $(seq 1 100); do curl -sf -o /dev/null http://127.0.0.1:3916/ehr-jwks.json && break; sleep 0.1; done
cat > "$work/auth.toml" <<EOF
[auth]
mode = "jwt"
[[auth.clients]]
iss = "https://ehr.example.org/fhir"
jwks_urls = ["http://127.0.0.1:3916/ehr-jwks.json"]
EOF
cat > "$work/auth.lua" <<EOF
-- args: token file, "once" (crd-server: wrk stops when the tokens run out) or "cycle" (the bare handler)
local f = io.open("$PWD/cds-hooks/examples/order-sign-request.json", "rb")
local body = f:read("*a")
f:close()
local tokens, i, once = {}, 0, true
function init(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
  once = args[2] ~= "cycle"
end
function request()
  i = i + 1
  if i > #tokens then
    if once then wrk.thread:stop() end
    i = 1
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[i] }, body)
end
EOF
# Enough tokens that a run does not use them all (wrk divides by the whole run's time: a run that ran out of
# tokens reports tokens / seconds, a floor — the table marks it). 8 000 per second capped step 9's RS384 runs.
AUTH_TOKENS="${AUTH_TOKENS:-$((20000 * SECONDS_PER_RUN))}"
for alg in RS384 ES384; do
  # Minted once per algorithm, just before its two runs (tokens live 300 s); each run has a fresh server and
  # database, so every jti is still seen once per server.
  port=3914
  aud="http://127.0.0.1:$port/cds-services/order-sign-crd"
  "$MINT" "$alg" "$AUTH_TOKENS" "$aud" "$work/tokens-$alg"
  for c in 16 64; do
    "$MINT" "$alg" 200 "$aud" "$work/warm-$alg"
    MIMALLOC_ARENA_EAGER_COMMIT="${MIMALLOC_ARENA_EAGER_COMMIT:-0}" CRD__SERVER__PORT=$port \
      CRD__DATABASE__URL="sqlite://$work/auth-$alg-$c.db" CRD__FHIR__ALLOWLIST="$FHIR" CRD__LOG__LEVEL=warn \
      "$BIN" --config "$work/auth.toml" serve > "$work/auth-$alg-$c.log" 2>&1 &
    auth_pid=$!; pids+=("$auth_pid")
    wait_health "http://127.0.0.1:$port"
    # Warm-up with tokens of its own (the first request fetches the JWKS).
    wrk -t1 -c4 -d1s -s "$work/auth.lua" "$aud" -- "$work/warm-$alg" once > /dev/null
    R[abare_${alg}_$c]=$(run_wrk http://127.0.0.1:3912/echo "$c" "$work/auth.lua" "$work/tokens-$alg" cycle)
    R[auth_${alg}_$c]=$(run_wrk "$aud" "$c" "$work/auth.lua" "$work/tokens-$alg" once)
    kill "$auth_pid"; wait "$auth_pid" 2>/dev/null || true
  done
done
kill "$bare_pid"

# --- 2. without prefetch, against the local FHIR server (debug log: every FHIR request's time) ---
np_pid=$(start_crd 3913 "warn,crd_server=debug"); pids+=("$np_pid")
wait_health http://127.0.0.1:3913
python3 - "$FHIR" <<'PY'
import json, sys, urllib.request
req = json.load(open("cds-hooks/examples/order-sign-request.json"))
req.pop("prefetch", None)
req["fhirServer"] = sys.argv[1]
body = json.dumps(req).encode()
for _ in range(60):
    r = urllib.request.Request("http://127.0.0.1:3913/cds-services/order-sign-crd", body, {"Content-Type": "application/json"})
    assert urllib.request.urlopen(r).status == 200
PY
kill "$np_pid"; sleep 0.2
noprefetch=$(python3 - "$work/crd-3913.log" <<'PY'
import json, sys, statistics
total, slowest = {}, {}
for line in open(sys.argv[1]):
    try:
        e = json.loads(line)
    except ValueError:
        continue
    spans = [e.get("span") or {}] + list(reversed(e.get("spans") or []))
    rid = next((sp["request_id"] for sp in spans if sp.get("request_id")), None)
    if not rid:
        continue
    if e.get("message") == "fhir request":
        slowest[rid] = max(slowest.get(rid, 0), e["elapsed_ms"])
    elif e.get("message") == "hook answered":
        total[rid] = e["elapsed_ms"]
rows = [(total[r], slowest[r]) for r in total if r in slowest][10:]  # the first 10 warm up
ok = sum(1 for t, s in rows if t <= 1.3 * s + 2)
t = statistics.median(x for x, _ in rows); s = statistics.median(y for _, y in rows)
print(f"{t:.2f} {s:.2f} {t / s:.2f} {ok} {len(rows)}")
PY
)

# --- report ---
read -r np_total np_slow np_ratio np_ok np_n <<< "$noprefetch"
echo
echo "## $(date -u +%Y-%m-%d) (commit $(git rev-parse --short HEAD)) — \`bash bench/load.sh $SECONDS_PER_RUN\`"
echo
echo "$(nproc) cores; wrk (1 thread) on the same machine; ${SECONDS_PER_RUN} s per run; authentication off."
echo
echo "| order-sign, full prefetch | connections | crd-server req/s | baseline req/s | throughput ratio | crd p50 / p99 (ms) | baseline p50 / p99 (ms) | errors | crd RSS (MB) |"
echo "|---|---|---|---|---|---|---|---|---|"
for c in 1 16 64; do
  read -r crps cp50 cp99 cerr _ <<< "${R[crd_$c]}"
  read -r brps bp50 bp99 berr _ <<< "${R[bare_$c]}"
  ratio=$(python3 -c "print(f'{$crps / $brps:.2f}')")
  echo "| | $c | $crps | $brps | $ratio | $cp50 / $cp99 | $bp50 / $bp99 | $cerr / $berr | $(( ${R[rss_$c]} / 1024 )) |"
done
echo
echo "Authentication on: one pre-minted JWT per request (${AUTH_TOKENS} tokens per run; a run ends early when they"
echo "run out, so every jti is seen once: its req/s is then a floor, marked *). Bare handler: the same requests,"
echo "header ignored, same run."
echo
echo "| order-sign, full prefetch, auth on | connections | crd-server req/s | baseline req/s | throughput ratio | crd p50 / p99 (ms) | baseline p50 / p99 (ms) | errors | crd requests |"
echo "|---|---|---|---|---|---|---|---|---|"
for alg in RS384 ES384; do
  for c in 16 64; do
    read -r crps cp50 cp99 cerr creqs <<< "${R[auth_${alg}_$c]}"
    read -r brps bp50 bp99 berr _ <<< "${R[abare_${alg}_$c]}"
    ratio=$(python3 -c "print(f'{$crps / $brps:.2f}')")
    floor=""; if [ $((creqs + 4 * c)) -ge "$AUTH_TOKENS" ]; then floor=" *"; fi
    echo "| $alg | $c | $crps$floor | $brps | $ratio$floor | $cp50 / $cp99 | $bp50 / $bp99 | $cerr / $berr | $creqs |"
  done
done
read -r srps _ _ serr sreqs <<< "$soak"
echo
echo "| other | measured | baseline | ratio | target |"
echo "|---|---|---|---|---|"
echo "| start-up to ready /health (median of 5) | ${crd_start} ms | ${bare_start} ms (bare handler) | $(python3 -c "print(f'{$crd_start / max($bare_start, 1):.1f}')") | ≤ 1 s |"
echo "| order-sign without prefetch (median of 50) | ${np_total} ms total | ${np_slow} ms slowest FHIR query | ${np_ratio} | ≤ 1.3 × + 2 ms: met by ${np_ok}/${np_n} requests |"
echo "| soak at 16 connections | ${sreqs} requests, ${serr} errors, ${srps} req/s | RSS ${rss_before} kB before | RSS ${rss_after} kB after (peak ${rss_peak} kB; idle ${rss_idle} kB) | 0 errors, RSS flat, ≤ 64 MB |"
