#!/usr/bin/env bash
# Benchmark of the order list and the CSV export on a merchant with many orders (issue 5), and of
# the ticket lists on a merchant with many tickets (issue 14).
#
#   bench/run.sh                 # 1,000,000 orders and 200,000 tickets for Acme Cloud (generated once, kept)
#   N=200000 bench/run.sh        # fewer orders
#   TICKETS=50000 bench/run.sh   # fewer tickets
#
# Needs the local MariaDB (root over TCP or socket) and Redis of .ci/run, wrk and curl. Starts the
# development provider and the portal (-Xmx256m, profiles local + bench) on ports 19000 and 18080,
# stops them at the end, and writes everything it prints to bench/target/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
TICKETS=${TICKETS:-200000}
DB=seller_center_bench
PORTAL_PORT=${PORTAL_PORT:-18080}
IDP_PORT=${IDP_PORT:-19000}
DURATION=${DURATION:-15s}
OUT=bench/target
mkdir -p "$OUT"
exec > >(tee "$OUT/results.txt") 2>&1

SQL() { mariadb -uroot "$@"; }
JDBC="jdbc:mysql://127.0.0.1:3306/$DB?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true"
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }

echo "== Seller Center order and ticket benchmark: $N orders, $TICKETS tickets, $(nproc) cores, $(date -u +%FT%TZ)"
echo "   commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' + uncommitted changes')"

./mvnw -q -B install -DskipTests
(cd portal-web && ../mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath)
CP="portal-web/target/test-classes:portal-web/target/classes:$(cat portal-web/target/bench.classpath)"

# A bigger buffer pool than Debian's 128 MB default, as any server holding a million orders has;
# set back when the run ends.
OLD_POOL=$(SQL -N -e "SELECT @@innodb_buffer_pool_size")
SQL -e "SET GLOBAL innodb_buffer_pool_size = 1073741824"
SQL -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'portal'@'%' IDENTIFIED BY 'portal';
        CREATE USER IF NOT EXISTS 'portal'@'localhost' IDENTIFIED BY 'portal';
        GRANT ALL PRIVILEGES ON $DB.* TO 'portal'@'%'; GRANT ALL PRIVILEGES ON $DB.* TO 'portal'@'localhost';"

PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	SQL -e "SET GLOBAL innodb_buffer_pool_size = $OLD_POOL" || true
}
trap cleanup EXIT

java -cp "$CP" io.sellercenter.bench.BenchServers idp "$IDP_PORT" "$PORTAL_PORT" > "$OUT/idp.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$IDP_PORT/.well-known/openid-configuration" >/dev/null && break; sleep 0.5; done

rm -f "$OUT/session.txt"
java -Xmx256m -Xms256m -XX:+UseG1GC -cp "$CP" io.sellercenter.bench.BenchServers portal "$PORTAL_PORT" "$IDP_PORT" \
	"$JDBC" "$OUT/session.txt" > "$OUT/portal.log" 2>&1 &
PORTAL_PID=$!
PIDS+=($PORTAL_PID)
for _ in $(seq 1 240); do [ -s "$OUT/session.txt" ] && break; sleep 0.5; done
[ -s "$OUT/session.txt" ] || { echo "the portal did not start; see $OUT/portal.log"; exit 1; }
export BENCH_COOKIE=$(cat "$OUT/session.txt")
BASE="http://localhost:$PORTAL_PORT"
# Exports start with the list's form: a POST with the session's CSRF token.
CSRF=$(curl -s -H "Cookie: SESSION=$BENCH_COOKIE" "$BASE/orders" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
	| sed 's/.*value="//; s/"$//')
[ -n "$CSRF" ] || { echo "no CSRF token on the order list; see $OUT/portal.log"; exit 1; }

MERCHANT=$(SQL -N $DB -e "SELECT id FROM merchant WHERE domain_id = 'acme'")
HAVE=$(SQL -N $DB -e "SELECT COUNT(*) FROM orders WHERE merchant_id = $MERCHANT AND order_id LIKE 'BENCH%'")
if [ "$HAVE" -lt "$N" ]; then
	[ "$HAVE" -gt 0 ] && SQL $DB -e "SET foreign_key_checks = 0; DELETE FROM order_history WHERE order_ref IN (SELECT id FROM orders WHERE order_id LIKE 'BENCH%'); DELETE FROM order_instance WHERE instance_id LIKE 'ins-BENCH%'; DELETE FROM order_line WHERE order_line_id LIKE 'BENCH%'; DELETE FROM orders WHERE order_id LIKE 'BENCH%';"
	echo "== Generating $N orders"
	java -cp "$CP" io.sellercenter.bench.OrderGenerator "$JDBC" portal portal acme "$N"
	SQL $DB -e "ANALYZE TABLE orders, order_line, order_instance, order_history" >/dev/null
fi
SQL $DB -e "CREATE TABLE IF NOT EXISTS bench_fortune (id INT PRIMARY KEY, message VARCHAR(2048) NOT NULL);
	INSERT IGNORE INTO bench_fortune VALUES (1, 'fortune: No such file or directory'),
	(2, 'A computer scientist is someone who fixes things that aren''t broken.'), (3, 'After enough decimal places, nobody gives a damn.'),
	(4, 'A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1'), (5, 'A computer program does what you tell it to do, not what you want it to do.'),
	(6, 'Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen'), (7, 'Any program that runs right is obsolete.'),
	(8, 'A list is only as strong as its weakest link. — Donald Knuth'), (9, 'Feature: A bug with seniority.'),
	(10, 'Computers make very fast, very accurate mistakes.'), (11, '<script>alert(\"This should not be displayed in a browser alert box.\");</script>'),
	(12, 'フレームワークのベンチマーク');"
# Orders generated before intake wrote line summaries (V13) get theirs, as new orders have them.
SQL $DB -e "SET SESSION group_concat_max_len = 16777216;
	UPDATE orders o SET o.line_summary = (SELECT GROUP_CONCAT(CONCAT_WS(',', sl.product_id, sl.spec_id, sl.charging_mode,
		sl.amount, COALESCE((SELECT GROUP_CONCAT(si.instance_id ORDER BY si.id SEPARATOR ' ') FROM order_instance si
		WHERE si.line_ref = sl.id), '')) ORDER BY sl.id SEPARATOR ';') FROM order_line sl WHERE sl.order_ref = o.id)
	WHERE o.merchant_id = $MERCHANT AND o.line_summary IS NULL AND o.order_id LIKE 'BENCH%'"
TOTAL=$(SQL -N $DB -e "SELECT COUNT(*) FROM orders WHERE merchant_id = $MERCHANT")
echo "   Acme Cloud has $TOTAL orders"
# Tickets (issue 14): generated once and kept, as the orders are.
HAVE=$(SQL -N $DB -e "SELECT COUNT(*) FROM ticket WHERE merchant_id = $MERCHANT AND ticket_id LIKE 'BENCH-TK-%'")
if [ "$HAVE" -lt "$TICKETS" ]; then
	[ "$HAVE" -gt 0 ] && SQL $DB -e "SET foreign_key_checks = 0;
		DELETE tp FROM ticket_participant tp JOIN ticket t ON t.id = tp.ticket_ref WHERE t.ticket_id LIKE 'BENCH-TK-%';
		DELETE e FROM ticket_entry e JOIN ticket t ON t.id = e.ticket_ref WHERE t.ticket_id LIKE 'BENCH-TK-%';
		DELETE FROM ticket WHERE ticket_id LIKE 'BENCH-TK-%';"
	echo "== Generating $TICKETS tickets"
	java -cp "$CP" io.sellercenter.bench.TicketGenerator "$JDBC" portal portal acme "$TICKETS"
	SQL $DB -e "ANALYZE TABLE ticket, ticket_participant, ticket_entry" >/dev/null
fi
TICKET_TOTAL=$(SQL -N $DB -e "SELECT COUNT(*) FROM ticket WHERE merchant_id = $MERCHANT")
echo "   Acme Cloud has $TICKET_TOTAL tickets"
# The ticket lists of acme-admin (the main account): every ticket, pending on me, handled by me,
# and in progress and overdue. Names are the files' and the lines'.
TICKET_NAMES=(all pending handled overdue)
TICKET_PAGES=("/tickets?view=ALL" "/tickets?view=PENDING" "/tickets?view=HANDLED" "/tickets?view=ALL&status=IN_PROGRESS&overdue=true")
TICKETS_OK=1
for path in "${TICKET_PAGES[@]}"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$BENCH_COOKIE" "$BASE$path")
	[ "$code" = 200 ] || { echo "   $path answered $code: the ticket lists are not measured"; TICKETS_OK=0; }
done

FILTERED="/orders?status=COMPLETED&type=RENEW&from=2024-03-01&to=2024-09-30"
for path in /bench/fortunes /orders "$FILTERED"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$BENCH_COOKIE" "$BASE$path")
	[ "$code" = 200 ] || { echo "$path answered $code"; exit 1; }
done
# Warm-up until the JIT has settled, as on a server that has been running for a while. On two
# cores C2 competes with the requests for a core: after the first 20 s of load it still took a
# whole core (and the list page reached less than half of its warm throughput), and it went on
# compiling new methods for minutes. Rounds of load on every measured page (and a filtered export)
# go on until a round compiles fewer than WARM_COMPILES methods, at most WARM_ROUNDS rounds.
WARM_COMPILES=${WARM_COMPILES:-150}
WARM_ROUNDS=${WARM_ROUNDS:-20}
compiled() { jstat -compiler "$PORTAL_PID" | awk 'NR == 2 {print $1}'; }
echo "== Warm-up until the JIT settles (rounds of 25 s; fewer than $WARM_COMPILES methods compiled in a round)"
WARM_START=$(date +%s)
for round in $(seq 1 "$WARM_ROUNDS"); do
	c0=$(compiled)
	list=$(wrk -t2 -c16 -d10s -s bench/cookie.lua "$BASE/orders" | awk '/Requests\/sec/ {print $2}')
	wrk -t2 -c16 -d10s -s bench/cookie.lua "$BASE$FILTERED" >/dev/null
	wrk -t2 -c16 -d5s "$BASE/bench/fortunes" >/dev/null
	if [ "$TICKETS_OK" = 1 ]; then
		for path in "${TICKET_PAGES[@]}"; do wrk -t2 -c16 -d3s -s bench/cookie.lua "$BASE$path" >/dev/null; done
	fi
	curl -s -o /dev/null -H "Cookie: SESSION=$BENCH_COOKIE" --data "bom=false&from=2024-01-01&to=2024-03-31" \
		--data-urlencode "_csrf=$CSRF" "$BASE/orders/export"
	c1=$(compiled)
	echo "   round $round: list page $list req/s, $((c1 - c0)) methods compiled"
	[ $((c1 - c0)) -lt "$WARM_COMPILES" ] && break
done
echo "   warm after $(( $(date +%s) - WARM_START )) s"

summary() { # name, wrk output file
	awk -v name="$1" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
		END {printf "   %-28s %10s req/s   p50 %8s   p99 %8s\n", name, rps, p50, p99}' "$2"
}
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }

echo "== Throughput (wrk, 2 threads, 16 connections, $DURATION each)"
wrk -t2 -c16 -d"$DURATION" --latency "$BASE/bench/fortunes" > "$OUT/wrk-fortunes.txt"
wrk -t2 -c16 -d"$DURATION" --latency -s bench/cookie.lua "$BASE/orders" > "$OUT/wrk-list.txt"
wrk -t2 -c16 -d"$DURATION" --latency -s bench/cookie.lua "$BASE$FILTERED" > "$OUT/wrk-filtered.txt"
summary "fortunes (baseline)" "$OUT/wrk-fortunes.txt"
summary "order list, first page" "$OUT/wrk-list.txt"
summary "order list, filtered" "$OUT/wrk-filtered.txt"
awk -v f="$(rps "$OUT/wrk-fortunes.txt")" -v l="$(rps "$OUT/wrk-list.txt")" -v g="$(rps "$OUT/wrk-filtered.txt")" \
	'BEGIN {printf "   ratio to fortunes: first page %.2f, filtered %.2f\n", l / f, g / f}'
if [ "$TICKETS_OK" = 1 ]; then
	for i in "${!TICKET_PAGES[@]}"; do
		wrk -t2 -c16 -d"$DURATION" --latency -s bench/cookie.lua "$BASE${TICKET_PAGES[$i]}" \
			> "$OUT/wrk-ticket-${TICKET_NAMES[$i]}.txt"
		summary "tickets, ${TICKET_NAMES[$i]}" "$OUT/wrk-ticket-${TICKET_NAMES[$i]}.txt"
	done
fi

echo "== At a fixed 100 requests/s offered (bench/pace.lua, 16 connections)"
RATE=100 wrk -t2 -c16 -d"$DURATION" --latency -s bench/pace.lua "$BASE/orders" > "$OUT/paced-list.txt"
RATE=100 wrk -t2 -c16 -d"$DURATION" --latency -s bench/pace.lua "$BASE$FILTERED" > "$OUT/paced-filtered.txt"
RATE=100 wrk -t2 -c16 -d"$DURATION" --latency -s bench/pace.lua "$BASE/bench/fortunes" > "$OUT/paced-fortunes.txt"
summary "fortunes (baseline)" "$OUT/paced-fortunes.txt"
summary "order list, first page" "$OUT/paced-list.txt"
summary "order list, filtered" "$OUT/paced-filtered.txt"
echo "== At a fixed 300 requests/s offered"
RATE=300 wrk -t2 -c16 -d"$DURATION" --latency -s bench/pace.lua "$BASE/orders" > "$OUT/paced300-list.txt"
RATE=300 wrk -t2 -c16 -d"$DURATION" --latency -s bench/pace.lua "$BASE$FILTERED" > "$OUT/paced300-filtered.txt"
summary "order list, first page" "$OUT/paced300-list.txt"
summary "order list, filtered" "$OUT/paced300-filtered.txt"
if [ "$TICKETS_OK" = 1 ]; then
	for i in "${!TICKET_PAGES[@]}"; do
		RATE=100 wrk -t2 -c16 -d"$DURATION" --latency -s bench/pace.lua "$BASE${TICKET_PAGES[$i]}" \
			> "$OUT/paced-ticket-${TICKET_NAMES[$i]}.txt"
		summary "tickets, ${TICKET_NAMES[$i]}" "$OUT/paced-ticket-${TICKET_NAMES[$i]}.txt"
	done
fi

echo "== Statements and Redis commands per list request (200 requests, one at a time)"
# The idle portal's background jobs (usage validation polling on two threads, the outbox, the
# collection) send statements too: their rate is measured first and taken off.
status() { SQL -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_select')" | awk '{printf "%s ", $2}'; }
read -r IDLE_S0 IDLE_Q0 <<<"$(status)"; sleep 10
read -r IDLE_S1 IDLE_Q1 <<<"$(status)"
# Less the status query itself.
IDLE_Q=$(echo "($IDLE_Q1 - $IDLE_Q0 - 1) / 10" | bc -l); IDLE_S=$(echo "($IDLE_S1 - $IDLE_S0) / 10" | bc -l)
printf "   idle portal: %.1f statements/s (%.1f SELECT/s) from background jobs, taken off below\n" "$IDLE_Q" "$IDLE_S"
count_run() { # path [targets file name] → prints per-request SQL statements and Redis commands
	local path=$1 targets=${2:-targets} n=200
	local q0 s0 q1 s1 t0 t1
	redis-cli CONFIG RESETSTAT >/dev/null
	read -r s0 q0 <<<"$(status)"
	t0=$(date +%s.%N)
	for _ in $(seq 1 $n); do curl -s -o /dev/null -H "Cookie: SESSION=$BENCH_COOKIE" "$BASE$path"; done
	t1=$(date +%s.%N)
	read -r s1 q1 <<<"$(status)"
	awk -v q=$((q1 - q0 - 1)) -v s=$((s1 - s0)) -v n=$n -v p="$path" -v t="$(echo "$t1 - $t0" | bc)" \
		-v iq="$IDLE_Q" -v is="$IDLE_S" \
		'BEGIN {printf "   %-60s SQL statements %.2f (SELECT %.2f) in %.1f s\n", p, (q - iq * t) / n, (s - is * t) / n, t
		        printf "%.2f\n", (q - iq * t) / n >> "'"$OUT/$targets"'.sql"}'
	redis-cli INFO commandstats | tr -d '\r' | awk -F'[:=,]' -v n=$n -v out="$OUT/$targets.redis" '/^cmdstat_/ && $1 !~ /^cmdstat_(config|info)/ {
		sub("cmdstat_", "", $1); total += $3; list = list sprintf(" %s %.2f", $1, $3 / n)}
		END {printf "   %-60s Redis commands %.2f:%s\n", "", total / n, list; printf "%.2f\n", total / n >> out}'
}
rm -f "$OUT"/targets.* "$OUT"/tickets.* "$OUT"/pages.*
count_run /orders
count_run "$FILTERED"
# Other signed-in pages, for the Redis commands every page pays (issue 18).
for path in / /products /notifications /sessions; do count_run "$path" pages; done
if [ "$TICKETS_OK" = 1 ]; then
	for path in "${TICKET_PAGES[@]}"; do count_run "$path" tickets; done
fi

echo "== Export of all $TOTAL orders (portal at -Xmx256m) and the database client's dump of the same query"
# The portal's export query (OrderMapper.export) for the main account with no filter.
EXPORT_SQL="SELECT /* order-export */ o.order_id AS orderId, o.order_type AS orderType, o.status,
       o.created_at AS createdAt, o.paid_at AS paidAt, o.currency, o.amount, o.customer_name AS customerName,
       o.customer_account_name AS customerAccountName,
       COALESCE(o.line_summary, (SELECT GROUP_CONCAT(CONCAT_WS(',', sl.product_id, sl.spec_id, sl.charging_mode, sl.amount,
                COALESCE((SELECT GROUP_CONCAT(si.instance_id ORDER BY si.id SEPARATOR ' ')
                          FROM order_instance si WHERE si.line_ref = sl.id), '')) ORDER BY sl.id SEPARATOR ';')
           FROM order_line sl WHERE sl.order_ref = o.id)) AS lineSummary
FROM orders o
WHERE o.merchant_id = $MERCHANT
ORDER BY o.created_at DESC, o.id DESC"
heap_sampler() { # prints the largest heap in use (MB) seen while the export runs
	local max=0
	while kill -0 "$1" 2>/dev/null && [ ! -e "$OUT/export.done" ]; do
		used=$(jcmd "$PORTAL_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024)}}')
		[ -n "$used" ] && [ "$used" -gt "$max" ] && max=$used
		sleep 0.2
	done
	echo "$max" > "$OUT/heap.max"
}
rm -f "$OUT/export.done"
heap_sampler "$PORTAL_PID" &
SAMPLER=$!
EXPORT=$(curl -s -o "$OUT/export.csv" -w '%{http_code} %{time_total} %{size_download}' -H "Cookie: SESSION=$BENCH_COOKIE" \
	--data "bom=false" --data-urlencode "_csrf=$CSRF" "$BASE/orders/export")
touch "$OUT/export.done"; wait $SAMPLER
read -r CODE EXPORT_SECONDS BYTES <<<"$EXPORT"  # not SECONDS: bash's own timer
ROWS=$(( $(wc -l < "$OUT/export.csv") - 1 ))
START=$(date +%s.%N)
mariadb -uroot --batch --quick $DB -e "$EXPORT_SQL" > "$OUT/dump.tsv"
DUMP=$(echo "$(date +%s.%N) - $START" | bc)
DUMP_ROWS=$(( $(wc -l < "$OUT/dump.tsv") - 1 ))
GC=$(jcmd "$PORTAL_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {print "heap now: " $0}')
awk -v code="$CODE" -v s="$EXPORT_SECONDS" -v b="$BYTES" -v r="$ROWS" -v d="$DUMP" -v dr="$DUMP_ROWS" -v h="$(cat "$OUT/heap.max")" 'BEGIN {
	printf "   portal export:   HTTP %s, %d rows, %.1f MB in %.2f s = %.0f rows/s, peak heap in use %d MB (max 256)\n", code, r, b / 1048576, s, r / s, h
	printf "   mariadb --batch --quick: %d rows in %.2f s = %.0f rows/s\n", dr, d, dr / d
	printf "   export speed / client dump speed: %.2f\n", (r / s) / (dr / d)
}'
echo "   export history: $(SQL -N $DB -e "SELECT status, rows_written, duration_ms FROM order_export ORDER BY id DESC LIMIT 1")"

# The issues' targets, each met or MISSED.
p99_ms() { awk '/^ +99%/ {v = $2; if (v ~ /ms$/) {sub("ms", "", v); print v} else if (v ~ /us$/) {sub("us", "", v); print v / 1000}
	else {sub("s", "", v); print v * 1000}}' "$1"; }
echo "== Targets"
target() { printf "   %-60s %-7s %s\n" "$1" "$([ "$2" = 1 ] && echo met || echo MISSED)" "$3"; }
for f in list filtered; do
	v=$(p99_ms "$OUT/paced-$f.txt")
	target "list p99 < 100 ms at 100 req/s ($f)" "$(awk -v v="$v" 'BEGIN {print (v < 100)}')" "$v ms"
done
for f in list filtered; do
	v=$(p99_ms "$OUT/paced300-$f.txt")
	target "list p99 < 50 ms at 300 req/s ($f)" "$(awk -v v="$v" 'BEGIN {print (v < 50)}')" \
		"$v ms ($(rps "$OUT/paced300-$f.txt") req/s achieved)"
done
for f in list filtered; do
	v=$(awk -v f="$(rps "$OUT/wrk-fortunes.txt")" -v l="$(rps "$OUT/wrk-$f.txt")" 'BEGIN {printf "%.2f", l / f}')
	target "list throughput >= 0.30 of Fortunes ($f)" "$(awk -v v="$v" 'BEGIN {print (v >= 0.30)}')" \
		"$v ($(rps "$OUT/wrk-$f.txt") / $(rps "$OUT/wrk-fortunes.txt") req/s)"
done
v=$(sort -n "$OUT/targets.sql" | tail -1)
target "<= 2 SQL statements per list request (0.05 for idle jobs)" "$(awk -v v="$v" 'BEGIN {print (v <= 2.05)}')" "$v (largest of the two pages)"
v=$(cat "$OUT/targets.redis" "$OUT/pages.redis" | sort -n | tail -1)
target "<= 2 Redis commands per signed-in request, session included" "$(awk -v v="$v" 'BEGIN {print (v <= 2)}')" \
	"$v (largest of the lists, home, products, notifications, sessions)"
if [ "$TICKETS_OK" = 1 ]; then
	for i in "${!TICKET_PAGES[@]}"; do
		v=$(p99_ms "$OUT/paced-ticket-${TICKET_NAMES[$i]}.txt")
		target "ticket list p99 < 100 ms at 100 req/s (${TICKET_NAMES[$i]})" "$(awk -v v="$v" 'BEGIN {print (v < 100)}')" "$v ms"
	done
	v=$(sort -n "$OUT/tickets.sql" | tail -1)
	target "<= 2 SQL statements per ticket list request (0.05 for idle jobs)" "$(awk -v v="$v" 'BEGIN {print (v <= 2.05)}')" \
		"$v (largest of the four lists)"
	v=$(sort -n "$OUT/tickets.redis" | tail -1)
	target "<= 2 Redis commands per ticket list request, session included" \
		"$(awk -v v="$v" 'BEGIN {print (v <= 2)}')" "$v in all"
else
	target "<= 2 SQL statements per ticket list request" 0 "not measured: the ticket lists did not answer 200"
fi
awk -v r="$ROWS" -v s="$EXPORT_SECONDS" -v d="$DUMP" -v dr="$DUMP_ROWS" -v h="$(cat "$OUT/heap.max")" -v code="$CODE" 'BEGIN {
	fmt = "   %-60s %-7s %s\n"
	printf fmt, "export >= 100,000 rows/s", (code == 200 && r / s >= 100000) ? "met" : "MISSED", sprintf("%.0f rows/s", r / s)
	printf fmt, "export >= 50% of the client dump", ((r / s) / (dr / d) >= 0.5) ? "met" : "MISSED", sprintf("%.2f", (r / s) / (dr / d))
	printf fmt, "peak heap in use < 256 MB (-Xmx256m)", (h < 256) ? "met" : "MISSED", h " MB"
}'
rm -f "$OUT/export.csv" "$OUT/dump.tsv" "$OUT/export.done"

# Cold start (issue 18): new portal processes on the same port, so the warm one stops first.
if [ "${COLD:-1}" = 1 ]; then
	kill "$PORTAL_PID" 2>/dev/null || true
	for _ in $(seq 1 100); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 0.1; done
	# shellcheck source=bench/coldstart.sh
	source bench/coldstart.sh
fi
