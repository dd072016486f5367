#!/usr/bin/env bash
# Benchmark of the analytics (issue 16): the roll-ups' rebuild on a large merchant, the roll-up lag
# while usage is pushed, and the analytics pages and JSON endpoints signed in.
#
#   bench/analytics.sh                          # 1,000,000 orders and 10,000,000 usage records for Acme
#   N=200000 USAGE=1000000 bench/analytics.sh   # fewer (generated once and kept, as bench/run.sh's orders)
#   PHASES="pages" bench/analytics.sh           # only some of: seed rebuild lag pages
#   RATE=10000 PUSH=60 CLIENTS=4                # the usage push of the lag phase (records/s, seconds)
#   PAGE_RATE=20 PAGE_DURATION=30s              # the pages' paced load
#
# Uses bench/run.sh's database (seller_center_bench) and its generated orders, and ports of its own
# (38080 portal, 39000 provider). Needs the local MariaDB (root over TCP or socket), Redis, wrk, curl.
# Phases:
#   seed     orders (OrderGenerator, as bench/run.sh), 10,000 on-demand instances (UsageInstances, as
#            bench/usage.sh) and USAGE accepted usage records over the last 365 days, written by
#            INSERT ... SELECT from MariaDB's sequence engine in chunks of CHUNK rows into usage_record
#            and usage_verdict (kept; a later run adds only what is missing);
#   rebuild  the documented command (portal.analytics.rebuild=true: every merchant, then exits), timed;
#   lag      the usage API pushed at RATE records/s for PUSH s by CLIENTS clients while the portal
#            validates and rolls up (worker every portal.analytics.rollup-interval, 5 s); every second
#            the age of Acme's oldest delta not yet rolled up (how late the charts are);
#   pages    each analytics page and JSON endpoint signed in at PAGE_RATE requests/s offered
#            (bench/pace.lua) for PAGE_DURATION each, p95; when this checkout has no analytics pages
#            yet, the AnalyticsService calls behind them are timed in the JVM (AnalyticsTimings).
# Everything it prints goes to bench/target/analytics-results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/seller_center_bench_analytics.lock
flock -n 9 || { echo "bench/analytics.sh is already running (from this or another checkout); try again later"; exit 1; }
N=${N:-1000000}
USAGE=${USAGE:-10000000}
CHUNK=${CHUNK:-500000}
INSTANCES=${INSTANCES:-10000}
PHASES=${PHASES:-seed rebuild lag pages}
RATE=${RATE:-10000}
PUSH=${PUSH:-60}
CLIENTS=${CLIENTS:-4}
PAGE_RATE=${PAGE_RATE:-20}
PAGE_DURATION=${PAGE_DURATION:-30s}
DB=seller_center_bench
PORTAL_PORT=${PORTAL_PORT:-38080}
IDP_PORT=${IDP_PORT:-39000}
OUT=bench/target
mkdir -p "$OUT"
exec > >(tee "$OUT/analytics-results.txt") 2>&1
phase() { [[ " $PHASES " == *" $1 "* ]]; }

SQL() { mariadb -uroot "$@"; }
JDBC="jdbc:mysql://127.0.0.1:3306/$DB?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true"
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }

echo "== Seller Center analytics benchmark: $N orders, $USAGE usage records asked for, phases: $PHASES, $(nproc) cores, $(date -u +%FT%TZ)"
echo "   commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' + uncommitted changes')"
echo "   load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Built in the reactor (as bench/usage.sh), so the classpath holds this checkout's modules.
./mvnw -q -B -pl portal-web -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
	-Dmdep.outputFile=target/bench.classpath
CP="portal-web/target/test-classes:portal-web/target/classes:$(cat portal-web/target/bench.classpath)"

# Buffer pool and redo log as bench/usage.sh sets them (ten million usage records and their
# verdicts are a few GB with their indexes); set back at the end unless another benchmark runs.
POOL=2147483648
REDO=1073741824
OLD_POOL=$(SQL -N -e "SELECT @@innodb_buffer_pool_size")
OLD_REDO=$(SQL -N -e "SELECT @@innodb_log_file_size")
[ "$OLD_POOL" -ge $POOL ] || SQL -e "SET GLOBAL innodb_buffer_pool_size = $POOL"
[ "$OLD_REDO" -ge $REDO ] || SQL -e "SET GLOBAL innodb_log_file_size = $REDO"
echo "   buffer pool $(( $(SQL -N -e "SELECT @@innodb_buffer_pool_size") / 1048576 )) MB," \
	"redo log $(( $(SQL -N -e "SELECT @@innodb_log_file_size") / 1048576 )) MB"
SQL -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'portal'@'%' IDENTIFIED BY 'portal';
        CREATE USER IF NOT EXISTS 'portal'@'localhost' IDENTIFIED BY 'portal';
        GRANT ALL PRIVILEGES ON $DB.* TO 'portal'@'%'; GRANT ALL PRIVILEGES ON $DB.* TO 'portal'@'localhost';"

PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	if ! pgrep -f 'io.sellercenter.bench.BenchServers portal (18080|28080)' >/dev/null; then
		[ "$OLD_POOL" -lt $POOL ] && { SQL -e "SET GLOBAL innodb_buffer_pool_size = $OLD_POOL" || true; }
		[ "$OLD_REDO" -lt $REDO ] && { SQL -e "SET GLOBAL innodb_log_file_size = $OLD_REDO" || true; }
	fi
	true
}
trap cleanup EXIT

java -cp "$CP" io.sellercenter.bench.BenchServers idp "$IDP_PORT" "$PORTAL_PORT" > "$OUT/analytics-idp.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$IDP_PORT/.well-known/openid-configuration" >/dev/null && break; sleep 0.5; done

start_portal() { # name, further properties...: starts the portal and waits for its session cookie
	local name=$1
	shift
	rm -f "$OUT/analytics-session.txt"
	java -Xmx256m -Xms256m -XX:+UseG1GC -cp "$CP" io.sellercenter.bench.BenchServers portal "$PORTAL_PORT" "$IDP_PORT" \
		"$JDBC" "$OUT/analytics-session.txt" portal.redis-namespace=bench-analytics "$@" > "$OUT/analytics-$name.log" 2>&1 &
	PORTAL_PID=$!
	PIDS+=($PORTAL_PID)
	for _ in $(seq 1 240); do [ -s "$OUT/analytics-session.txt" ] && break; sleep 0.5; done
	[ -s "$OUT/analytics-session.txt" ] || { echo "the portal did not start; see $OUT/analytics-$name.log"; exit 1; }
	export BENCH_COOKIE=$(cat "$OUT/analytics-session.txt")
}
stop_portal() {
	kill "$PORTAL_PID"
	while kill -0 "$PORTAL_PID" 2>/dev/null; do sleep 0.2; done
}

# The schema (Flyway) and the demo data come with the portal's start. Its usage and analytics jobs
# are off while seeding and rebuilding, so that they measure alone.
start_portal seed portal.usage.jobs-enabled=false portal.analytics.jobs-enabled=false
MERCHANT=$(SQL -N $DB -e "SELECT id FROM merchant WHERE domain_id = 'acme'")

if phase seed; then
	HAVE=$(SQL -N $DB -e "SELECT COUNT(*) FROM orders WHERE merchant_id = $MERCHANT AND order_id LIKE 'BENCH%'")
	if [ "$HAVE" -lt "$N" ]; then
		[ "$HAVE" -gt 0 ] && SQL $DB -e "SET foreign_key_checks = 0; DELETE FROM order_history WHERE order_ref IN (SELECT id FROM orders WHERE order_id LIKE 'BENCH%'); DELETE FROM order_instance WHERE instance_id LIKE 'ins-BENCH%'; DELETE FROM order_line WHERE order_line_id LIKE 'BENCH%'; DELETE FROM orders WHERE order_id LIKE 'BENCH%';"
		echo "== Generating $N orders (OrderGenerator, as bench/run.sh)"
		T0=$(date +%s)
		java -cp "$CP" io.sellercenter.bench.OrderGenerator "$JDBC" portal portal acme "$N"
		SQL $DB -e "ANALYZE TABLE orders, order_line, order_instance, order_history" >/dev/null
		echo "   in $(( $(date +%s) - T0 )) s"
	fi
	java -cp "$CP" io.sellercenter.bench.UsageInstances "$JDBC" portal portal acme "$INSTANCES"
	# Seeded usage: chunks recorded in bench_usage_seed, each an INSERT ... SELECT from the sequence
	# engine into usage_record and one into usage_verdict in one transaction; ids follow the largest
	# id there (so pushes of earlier runs are never met). Record n is for instance n % INSTANCES, began
	# (n * 7919) mod (365 days - 1 h) seconds before the hour the chunk was written in, lasted an hour,
	# and is ACCEPTED with its product and value. No cut-off (cycle and cutoff_at null): the collection
	# job leaves them alone, as the lag phase should measure validation and roll-up only; nor
	# accepted_sn / accepted_window (the unique keys of acceptance), which the analytics do not read
	# and which pushed records then never meet.
	SQL $DB -e "CREATE TABLE IF NOT EXISTS bench_usage_seed (chunk INT PRIMARY KEY, first_id BIGINT NOT NULL,
			rows_written INT NOT NULL, seconds DECIMAL(10, 2) NOT NULL, written_at DATETIME NOT NULL);
		CREATE TABLE IF NOT EXISTS bench_usage_instance (k INT PRIMARY KEY, instance_id VARCHAR(64) NOT NULL,
			product_id BIGINT NOT NULL);
		INSERT IGNORE INTO bench_usage_instance SELECT CAST(SUBSTRING(instance_id, 8) AS UNSIGNED) - 1, instance_id, product_id
			FROM order_instance WHERE merchant_id = $MERCHANT AND instance_id LIKE 'ins-ub-%';
		INSERT IGNORE INTO usage_request (id, merchant_id, key_id, nonce, ts, client_ip, record_count, received_at)
			VALUES (1000000000, $MERCHANT, 'bench-seed', 'bench-seed', 0, NULL, 0, UTC_TIMESTAMP(6))"
	HAVE=$(SQL -N $DB -e "SELECT COALESCE(SUM(rows_written), 0) FROM bench_usage_seed")
	if [ "$HAVE" -lt "$USAGE" ]; then
		echo "== Generating $((USAGE - HAVE)) usage records ($HAVE there), chunks of $CHUNK"
		T0=$(date +%s)
		while [ "$HAVE" -lt "$USAGE" ]; do
			ROWS=$(( USAGE - HAVE < CHUNK ? USAGE - HAVE : CHUNK ))
			C0=$(date +%s.%N)
			SQL $DB -e "SET @have = $HAVE, @rows = $ROWS, @inst = $INSTANCES, @m = $MERCHANT,
					@t0 = DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:00:00'),
				    @base = (SELECT COALESCE(MAX(id), 0) FROM usage_record);
				SET SESSION max_heap_table_size = 1073741824, SESSION tmp_table_size = 1073741824;
				START TRANSACTION;
				CREATE TEMPORARY TABLE bench_chunk ENGINE = MEMORY AS
					SELECT @base + 1 + s.seq AS id, i.instance_id, i.product_id,
					       CAST(@t0 AS DATETIME(6)) - INTERVAL (3600 + ((@have + s.seq) * 7919) % (365 * 86400 - 3600)) SECOND AS begin_at,
					       CAST(1 + (@have + s.seq) % 9 + ((@have + s.seq) % 100) / 100 AS DECIMAL(20, 4)) AS value_dec,
					       @have + s.seq AS n
					FROM seq_0_to_$((ROWS - 1)) s JOIN bench_usage_instance i ON i.k = (@have + s.seq) % @inst;
				INSERT INTO usage_record (id, merchant_id, request_id, instance_id, record_time, begin_time, end_time,
						usage_value, metering_sn, relate_pkg_instance, received_at)
					SELECT id, @m, 1000000000, instance_id, DATE_FORMAT(begin_at + INTERVAL 1 HOUR, '%Y%m%dT%H%i%sZ'),
					       DATE_FORMAT(begin_at, '%Y%m%dT%H%i%sZ'), DATE_FORMAT(begin_at + INTERVAL 1 HOUR, '%Y%m%dT%H%i%sZ'),
					       CAST(value_dec AS CHAR), CONCAT('bench-seed-', n), NULL, begin_at + INTERVAL 65 MINUTE
					FROM bench_chunk ORDER BY id;
				INSERT INTO usage_verdict (record_id, merchant_id, state, code, verdict_at, received_at, product_id, begin_at,
						end_at, value_dec, cycle, cutoff_at, billed_at, previous_id, accepted_sn, accepted_window)
					SELECT id, @m, 'ACCEPTED', NULL, begin_at + INTERVAL 66 MINUTE, begin_at + INTERVAL 65 MINUTE, product_id,
					       begin_at, begin_at + INTERVAL 1 HOUR, value_dec, NULL, NULL, NULL, NULL, NULL, NULL
					FROM bench_chunk ORDER BY id;
				INSERT INTO bench_usage_seed VALUES ((SELECT COUNT(*) FROM bench_usage_seed s), @base + 1, @rows,
					0, UTC_TIMESTAMP());
				COMMIT;
				DROP TEMPORARY TABLE bench_chunk;" 2>&1 \
				|| { echo "   the usage chunk failed"; exit 1; }
			S=$(echo "$(date +%s.%N) - $C0" | bc)
			SQL $DB -e "UPDATE bench_usage_seed SET seconds = $S ORDER BY chunk DESC LIMIT 1"
			HAVE=$((HAVE + ROWS))
			printf "   %'d records written (chunk of %'d in %.1f s, %.0f records/s)\n" "$HAVE" "$ROWS" "$S" \
				"$(echo "$ROWS / $S" | bc -l)"
		done
		SQL $DB -e "ANALYZE TABLE usage_record, usage_verdict" >/dev/null
		echo "   usage records generated in $(( $(date +%s) - T0 )) s"
	fi
fi
ORDERS=$(SQL -N $DB -e "SELECT COUNT(*) FROM orders WHERE merchant_id = $MERCHANT")
SEEDED=$(SQL -N $DB -e "SELECT COALESCE(SUM(rows_written), 0) FROM bench_usage_seed" 2>/dev/null || echo 0)
USAGE_ROWS=$(SQL -N $DB -e "SELECT COUNT(*) FROM usage_verdict WHERE merchant_id = $MERCHANT AND state IN ('ACCEPTED', 'BILLED')")
echo "   Acme Cloud has $ORDERS orders and $USAGE_ROWS accepted usage records ($SEEDED of them generated)"

TARGETS=()
target() { # name, met (1/0), figure
	TARGETS+=("$(printf "   %-58s %-7s %s" "$1" "$([ "$2" = 1 ] && echo met || echo MISSED)" "$3")")
}

if phase rebuild; then
	echo "== Rebuild of the roll-ups from scratch (--portal.analytics.rebuild=true: every merchant, then exits)"
	T0=$(date +%s.%N)
	java -Xmx256m -Xms256m -XX:+UseG1GC -cp "$CP" io.sellercenter.bench.BenchServers portal $((PORTAL_PORT + 1)) \
		"$IDP_PORT" "$JDBC" "$OUT/analytics-rebuild-session.txt" portal.redis-namespace=bench-analytics-rebuild \
		portal.usage.jobs-enabled=false portal.analytics.jobs-enabled=false portal.analytics.rebuild=true \
		> "$OUT/analytics-rebuild.log" 2>&1 || true
	REBUILD=$(echo "$(date +%s.%N) - $T0" | bc)
	LOGGED=$(grep -o 'Analytics rebuilt for [0-9]* merchants in [0-9]* ms' "$OUT/analytics-rebuild.log" || true)
	if [ -n "$LOGGED" ]; then
		printf "   %s; the whole command (JVM start included) %.1f s\n" "$LOGGED" "$REBUILD"
	else
		echo "   the command FAILED after $REBUILD s: $(grep -m1 -E '^[a-zA-Z.]+(Exception|Error): ' "$OUT/analytics-rebuild.log" || echo 'see the log')" \
			"(at $(grep -m1 -o 'at io.sellercenter.analytics.[A-Za-z]*.[a-zA-Z]*([A-Za-z]*.java:[0-9]*)' "$OUT/analytics-rebuild.log" | sed 's/^at //'))"
		echo "   $OUT/analytics-rebuild.log; timing the same AnalyticsRebuild.rebuild(merchant) per merchant through the bean instead"
		java -Xmx256m -Xms256m -XX:+UseG1GC -cp "$CP" io.sellercenter.bench.AnalyticsRebuildTiming "$JDBC" portal portal \
			"$IDP_PORT" 2>&1 | tee "$OUT/analytics-rebuild-bean.log" | grep '^   '
	fi
	SQL $DB -e "SELECT 'order days' AS rollup, COUNT(*) AS row_count, SUM(orders) AS counted FROM analytics_order_day WHERE merchant_id = $MERCHANT
		UNION ALL SELECT 'line days', COUNT(*), SUM(line_count) FROM analytics_line_day WHERE merchant_id = $MERCHANT
		UNION ALL SELECT 'usage days', COUNT(*), SUM(records) FROM analytics_usage_day WHERE merchant_id = $MERCHANT
		UNION ALL SELECT 'instances', COUNT(*), SUM(active) FROM analytics_instances WHERE merchant_id = $MERCHANT" \
		| sed 's/^/   /'
fi

if phase lag; then
	stop_portal
	echo "== Roll-up lag: usage pushed at $RATE records/s for $PUSH s ($CLIENTS clients), portal validating and rolling up"
	start_portal lag
	for _ in $(seq 1 30); do
		[ "$(SQL -N $DB -e "SELECT COUNT(*) FROM analytics_delta WHERE merchant_id = $MERCHANT")" = 0 ] && break
		sleep 1
	done
	# Every pushed record's window lies in the current hour (as bench/usage.sh's), two minutes in at least.
	NOW=$(date -u +%s)
	if [ $((NOW % 3600)) -lt 120 ]; then sleep $((120 - NOW % 3600)); NOW=$(date -u +%s); fi
	SPAN_START=$((NOW - NOW % 3600))
	# Record numbers (so time windows) after those of any push earlier in this hour (an earlier run's):
	# the same instance's same window is refused as a second acceptance (010), not accepted again.
	OFFSET=$(SQL -N $DB -e "SELECT COALESCE(SUM(record_count), 0) FROM usage_request WHERE merchant_id = $MERCHANT
		AND received_at >= '$(date -u -d @$SPAN_START '+%F %T')'")
	[ "$OFFSET" -gt 0 ] && { OFFSET=$((OFFSET + 100000)); echo "   records numbered from $OFFSET (pushes earlier in this hour)"; }
	auto_increment() { SQL -N $DB -e "SHOW TABLE STATUS LIKE 'analytics_delta'" | awk '{print $11}'; }
	D0=$(auto_increment)
	MAXID=$(SQL -N $DB -e "SELECT COALESCE(MAX(id), 0) FROM usage_record")
	rm -f "$OUT/analytics-lag.txt"
	sample() { # seconds since start, oldest waiting delta's age in ms, deltas waiting, records in the inbox
		SQL -N $DB -e "SELECT $1, COALESCE(TIMESTAMPDIFF(MICROSECOND, MIN(created_at), UTC_TIMESTAMP(6)), 0) / 1000,
			COUNT(*), (SELECT COUNT(*) FROM usage_inbox) FROM analytics_delta WHERE merchant_id = $MERCHANT" >> "$OUT/analytics-lag.txt"
	}
	java -cp "$CP" io.sellercenter.bench.UsageLoad "url=http://127.0.0.1:$PORTAL_PORT" "jdbc=$JDBC" user=portal \
		password=portal key=acme-demo-key secret=acme-demo-secret "run=ab$NOW" "spanStart=$SPAN_START" \
		"spanEnd=$((NOW - 1))" "instances=$INSTANCES" "merchant=$MERCHANT" "clients=$CLIENTS" warmup=0 \
		"duration=$PUSH" "rate=$RATE" phases=paced "offset=$OFFSET" "out=$OUT/analytics-push.properties" &
	LOAD=$!
	T0=$(date +%s)
	while kill -0 $LOAD 2>/dev/null; do
		sample $(( $(date +%s) - T0 ))
		sleep $(echo "1 - $(date +%N) / 1000000000" | bc -l)
	done
	wait $LOAD || echo "   the push reported failures (see above)"
	PUSH_END=$(( $(date +%s) - T0 ))
	# Then until nothing waits (validation backlog and deltas), at most 5 minutes.
	while [ $(( $(date +%s) - T0 )) -lt $((PUSH_END + 300)) ]; do
		sample $(( $(date +%s) - T0 ))
		tail -1 "$OUT/analytics-lag.txt" | awk '{exit !($3 == 0 && $4 == 0)}' && break
		sleep $(echo "1 - $(date +%N) / 1000000000" | bc -l)
	done
	sleep 6
	D1=$(auto_increment)
	PUSHED=$(awk -F= '/^paced.records/ {print $2}' "$OUT/analytics-push.properties")
	ACCEPTED=$(SQL -N $DB -e "SELECT COUNT(*) FROM usage_verdict WHERE record_id > $MAXID AND state = 'ACCEPTED'")
	[ "${PUSHED:-0}" -gt 0 ] || PUSHED=1
	[ "$ACCEPTED" -gt 0 ] || ACCEPTED=1
	printf "   %'d records pushed, %'d accepted; %'d delta rows written: %.3f per pushed record, %.3f per accepted\n" \
		"$PUSHED" "$ACCEPTED" "$((D1 - D0))" "$(echo "($D1 - $D0) / $PUSHED" | bc -l)" "$(echo "($D1 - $D0) / $ACCEPTED" | bc -l)"
	awk -v end="$PUSH_END" '{n++; age[n] = $2; if ($1 <= end) {m++; during[m] = $2}}
		function pct(a, k, p,   i, j, t, s) { for (i = 1; i <= k; i++) s[i] = a[i]; asort(s); return s[int((k - 1) * p) + 1] }
		END {
			printf "   oldest delta not rolled up, sampled every second (%d samples, %d while pushing):\n", n, m
			printf "     while pushing:   p50 %.1f s, p99 %.1f s, max %.1f s\n", pct(during, m, 0.5) / 1000, pct(during, m, 0.99) / 1000, pct(during, m, 1) / 1000
			printf "     push and drain:  p50 %.1f s, p99 %.1f s, max %.1f s\n", pct(age, n, 0.5) / 1000, pct(age, n, 0.99) / 1000, pct(age, n, 1) / 1000
			printf "%.1f\n", pct(age, n, 0.99) / 1000 > "'"$OUT/analytics-lag.p99"'"
		}' "$OUT/analytics-lag.txt"
	awk -v end="$PUSH_END" '$1 <= end && $4 > b {b = $4} $1 <= end && $3 > d {d = $3} END {
		printf "   largest validation backlog while pushing: %d records in the inbox; largest number of deltas waiting: %d\n", b, d}' \
		"$OUT/analytics-lag.txt"
	echo "   drained (no delta, no record waiting) $(( $(tail -1 "$OUT/analytics-lag.txt" | cut -f1) - PUSH_END )) s after the push ended"
	v=$(cat "$OUT/analytics-lag.p99")
	target "roll-up lag p99 < 60 s while pushing $RATE records/s" "$(awk -v v="$v" 'BEGIN {print (v < 60)}')" "$v s"
fi

if phase pages; then
	TODAY=$(date -u +%F)
	YEAR_AGO=$(date -u -d '-364 days' +%F)
	MONTH_AGO=$(date -u -d '-29 days' +%F)
	# The routes of the analytics pages (h-charts): the overview, the business analysis by day over a
	# month and by month over a year, and each chart's JSON.
	PAGES=("/analytics" "/analytics/business?from=$MONTH_AGO&to=$TODAY&granularity=DAY"
		"/analytics/business?from=$YEAR_AGO&to=$TODAY&granularity=MONTH"
		"/analytics/charts/salesByMonth" "/analytics/charts/instancesByMode"
		"/analytics/charts/usage?from=$YEAR_AGO&to=$TODAY&granularity=DAY"
		"/analytics/charts/sales?from=$YEAR_AGO&to=$TODAY&granularity=DAY"
		"/analytics/charts/sales?from=$YEAR_AGO&to=$TODAY&granularity=MONTH&dimension=PRODUCT"
		"/analytics/charts/sales?from=$YEAR_AGO&to=$TODAY&granularity=MONTH&dimension=CHARGING_MODE"
		"/analytics/charts/sales?from=$YEAR_AGO&to=$TODAY&granularity=MONTH&dimension=ORDER_TYPE"
		"/analytics/charts/topProducts?from=$YEAR_AGO&to=$TODAY&granularity=MONTH"
		"/analytics/charts/usageByProduct?from=$YEAR_AGO&to=$TODAY&granularity=DAY")
	[ -n "${PORTAL_PID:-}" ] && kill -0 "$PORTAL_PID" 2>/dev/null || start_portal pages
	BASE="http://localhost:$PORTAL_PORT"
	code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$BENCH_COOKIE" "$BASE/analytics")
	if [ "$code" = 200 ]; then
		echo "== Pages: warm-up (10 s on each), then $PAGE_RATE requests/s offered for $PAGE_DURATION each (bench/pace.lua, signed in)"
		for path in "${PAGES[@]}"; do
			c=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$BENCH_COOKIE" "$BASE$path")
			[ "$c" = 200 ] || echo "   $path answered $c"
			wrk -t2 -c4 -d10s -s bench/cookie.lua "$BASE$path" >/dev/null
		done
		for i in "${!PAGES[@]}"; do
			RATE=$PAGE_RATE wrk -t2 -c8 -d"$PAGE_DURATION" --latency -s bench/pace.lua "$BASE${PAGES[$i]}" > "$OUT/analytics-page-$i.txt"
			awk -v name="${PAGES[$i]}" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^p95 / {p95=$2} /^ +99%/ {p99=$2}
				/Non-2xx/ {bad=$NF}
				END {printf "   %-78s %6s req/s  p50 %8s  p95 %8s  p99 %8s%s\n", name, rps, p50, p95, p99, bad ? "  non-2xx " bad : ""}' \
				"$OUT/analytics-page-$i.txt"
			v=$(awk '/^p95 / {sub("ms", "", $2); print $2}' "$OUT/analytics-page-$i.txt")
			ok=$(awk -v v="$v" 'BEGIN {print (v < 300)}')
			grep -q 'Non-2xx' "$OUT/analytics-page-$i.txt" && ok=0
			target "p95 < 300 ms at $PAGE_RATE req/s: ${PAGES[$i]}" "$ok" "$v ms"
		done
	else
		echo "== Pages: /analytics answered $code in this checkout (the pages are not merged yet);" \
			"timing the AnalyticsService calls behind them in the JVM instead, at $PAGE_RATE calls/s for $PAGE_DURATION each"
		java -Xmx256m -cp "$CP" io.sellercenter.bench.AnalyticsTimings "$JDBC" portal portal acme "$PAGE_RATE" \
			"${PAGE_DURATION%s}" "$IDP_PORT" | tee "$OUT/analytics-service.txt"
		while read -r name p95; do
			target "service p95 < 300 ms at $PAGE_RATE calls/s: $name (no HTTP)" "$(awk -v v="$p95" 'BEGIN {print (v < 300)}')" "$p95 ms"
		done < <(awk '/^   [a-zA-Z]/ && / p95 / {for (i = 1; i <= NF; i++) if ($i == "p95") {v = $(i + 1); sub("ms", "", v); print $1, v}}' "$OUT/analytics-service.txt")
	fi
fi

echo "== Targets (Acme: $ORDERS orders, $USAGE_ROWS accepted usage records; load average now $(cut -d' ' -f1-3 /proc/loadavg))"
for t in "${TARGETS[@]}"; do echo "$t"; done
