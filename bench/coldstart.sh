#!/usr/bin/env bash
# Cold start (issue 18): how fast a freshly started portal serves the order list. Sourced by
# bench/run.sh after its warm measurements (it needs the run's variables: CP, JDBC, OUT,
# PORTAL_PORT, IDP_PORT, FILTERED, the running provider), or run alone after bench/run.sh has
# generated the data: bench/coldstart.sh.
#
# For each runtime it starts a new portal process (-Xmx256m, G1, as the warm run), prints the
# time from the process start to its readiness (Spring's startup, then the portal's warm-up,
# security.WarmUp, which serves its busiest pages to itself before it is ready), then
# offers 100 list requests/s for 60 s in six windows of 10 s and prints each window's p99. The
# largest window p99 bounds the p99 of the whole minute from above (no window has more than 1%
# of its requests above it), and that is the figure held against the target (< 100 ms).
#
# Runtimes: Java 17 as it is; and, when Java 25 is installed, Java 25 with the ahead-of-time
# cache of JEP 483 and 515 (classes loaded and linked, method profiles) recorded by a training
# run of this script: the portal under a minute of the same pages, then stopped.
set -euo pipefail
if [ -z "${CP:-}" ]; then
	cd "$(dirname "$0")/.."
	STANDALONE=1
	OUT=bench/target
	PORTAL_PORT=${PORTAL_PORT:-18080}
	IDP_PORT=${IDP_PORT:-19000}
	DB=seller_center_bench
	JDBC="jdbc:mysql://127.0.0.1:3306/$DB?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true"
	FILTERED="/orders?status=COMPLETED&type=RENEW&from=2024-03-01&to=2024-09-30"
	(cd portal-web && ../mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath)
	java -cp "portal-web/target/test-classes:portal-web/target/classes:$(cat portal-web/target/bench.classpath)" \
		io.sellercenter.bench.BenchServers idp "$IDP_PORT" "$PORTAL_PORT" > "$OUT/idp.log" 2>&1 &
	COLD_IDP=$!
	trap 'kill $COLD_IDP 2>/dev/null || true' EXIT
	for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$IDP_PORT/.well-known/openid-configuration" >/dev/null && break; sleep 0.5; done
fi
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
COLD_BASE="http://localhost:$PORTAL_PORT"

# The AOT cache takes classes from jar files only, so the portal's own classes go into jars here.
mkdir -p "$OUT/jars"
(cd portal-web/target/classes && jar cf "$OLDPWD/$OUT/jars/portal-web.jar" .)
(cd portal-web/target/test-classes && jar cf "$OLDPWD/$OUT/jars/portal-web-tests.jar" .)
COLD_CP="$OUT/jars/portal-web-tests.jar:$OUT/jars/portal-web.jar:$(cat portal-web/target/bench.classpath)"
COLD_OPTS=(-Xmx256m -Xms256m -XX:+UseG1GC)

cold_start() { # java, label, extra JVM options... → starts the portal; sets COLD_PID, COLD_COOKIE
	local java=$1 label=$2
	shift 2
	rm -f "$OUT/cold-session.txt"
	local t0
	t0=$(date +%s%N)
	"$java" "${COLD_OPTS[@]}" "$@" -cp "$COLD_CP" io.sellercenter.bench.BenchServers portal "$PORTAL_PORT" "$IDP_PORT" \
		"$JDBC" "$OUT/cold-session.txt" > "$OUT/cold-$label.log" 2>&1 &
	COLD_PID=$!
	for _ in $(seq 1 1200); do
		[ -s "$OUT/cold-session.txt" ] && curl -sf -o /dev/null "$COLD_BASE/actuator/health/readiness" && break
		kill -0 "$COLD_PID" 2>/dev/null || { echo "   the portal ($label) ended; see $OUT/cold-$label.log"; return 1; }
		sleep 0.05
	done
	COLD_READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
	COLD_SPRING=$(grep -o 'Started BenchServers in [0-9.]* seconds' "$OUT/cold-$label.log" | awk '{print $4}')
	COLD_WARM=$(grep -o 'Warmed up with .* ms' "$OUT/cold-$label.log" | sed 's/Warmed up with //')
	COLD_COOKIE=$(cat "$OUT/cold-session.txt")
}

cold_stop() {
	kill "$COLD_PID" 2>/dev/null || true
	for _ in $(seq 1 600); do kill -0 "$COLD_PID" 2>/dev/null || return 0; sleep 0.1; done
	kill -9 "$COLD_PID" 2>/dev/null || true
}

cold_windows() { # label → six windows of 10 s at 100 req/s on the list; prints them; sets COLD_MAX_P99
	local label=$1 w p99 line=""
	COLD_MAX_P99=0
	for w in 1 2 3 4 5 6; do
		BENCH_COOKIE=$COLD_COOKIE RATE=100 wrk -t2 -c16 -d10s --latency -s bench/pace.lua "$COLD_BASE/orders" \
			> "$OUT/cold-$label-$w.txt"
		p99=$(p99_ms "$OUT/cold-$label-$w.txt")
		line="$line $(printf '%6.1f' "$p99")"
		COLD_MAX_P99=$(awk -v a="$COLD_MAX_P99" -v b="$p99" 'BEGIN {print (b > a) ? b : a}')
	done
	printf "   %-20s ready after %5.1f s (Spring started in %s s, then its warm-up: %s)\n" "$label" \
		"$(echo "$COLD_READY_MS / 1000" | bc -l)" "${COLD_SPRING:-?}" "${COLD_WARM:-none}"
	printf "   %-20s p99 per 10 s window of traffic (ms):%s\n" "" "$line"
}

p99_ms() { awk '/^ +99%/ {v = $2; if (v ~ /ms$/) {sub("ms", "", v); print v} else if (v ~ /us$/) {sub("us", "", v); print v / 1000}
	else {sub("s", "", v); print v * 1000}}' "$1"; }

echo "== Cold start: a new portal process, then 100 list requests/s for 60 s (six windows of 10 s)"
cold_start java java17
cold_windows java17
cold_stop
COLD_RESULT_17=$COLD_MAX_P99
COLD_RESULT=$COLD_MAX_P99
COLD_LABEL="Java 17"
if [ -x "$JAVA25" ]; then
	# Training: the pages of the benchmark under load for a minute, then a clean stop, at which
	# the JVM writes the cache (classes as loaded and linked, and the methods' profiles).
	rm -f "$OUT/portal.aot"
	cold_start "$JAVA25" java25-training -XX:AOTCacheOutput="$OUT/portal.aot"
	for path in /orders "$FILTERED" "/tickets?view=ALL" "/tickets?view=PENDING" / /products /usage /bench/fortunes; do
		BENCH_COOKIE=$COLD_COOKIE wrk -t2 -c8 -d6s -s bench/cookie.lua "$COLD_BASE$path" >/dev/null
	done
	for path in /orders "$FILTERED"; do
		BENCH_COOKIE=$COLD_COOKIE wrk -t2 -c16 -d15s -s bench/cookie.lua "$COLD_BASE$path" >/dev/null
	done
	t0=$(date +%s)
	cold_stop
	echo "   Java 25 training run: cache of $(du -m "$OUT/portal.aot" 2>/dev/null | cut -f1) MB written in $(( $(date +%s) - t0 )) s at exit"
	if [ -s "$OUT/portal.aot" ]; then
		cold_start "$JAVA25" java25-aot -XX:AOTCache="$OUT/portal.aot"
		cold_windows "java25-aot"
		cold_stop
		COLD_RESULT=$COLD_MAX_P99
		COLD_LABEL="Java 25 with its AOT cache"
	fi
fi
printf "   %-60s %-7s %s\n" "cold start: list p99 < 100 ms in the first 60 s at 100 req/s" \
	"$(awk -v v="$COLD_RESULT" 'BEGIN {print (v < 100) ? "met" : "MISSED"}')" \
	"$COLD_RESULT ms ($COLD_LABEL; Java 17: $COLD_RESULT_17 ms)"
