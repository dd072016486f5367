#!/usr/bin/env bash
# Benchmark of usage records (issue 6): the signed push API, the background validation, and as a
# baseline in the same run the same records loaded straight into the same table over JDBC.
#
#   bash bench/usage.sh                        # 4 clients, 30 s per phase, 10,000 instances
#   CLIENTS=8 DURATION=60 RATE=15000 bash bench/usage.sh
#   PROFILE=1 bash bench/usage.sh              # also a JFR recording of each portal in bench/target
#
# Needs the local MariaDB (root over TCP or socket) and Redis of .ci/run. Uses its own database
# (seller_center_bench_usage) and ports (28080 portal, 29000 provider), so it does not disturb
# bench/run.sh. Phases:
#   1. a portal with its usage jobs off; CLIENTS clients push signed batches of 1000 records for
#      10,000 on-demand instances of Acme Cloud: a warm-up (WARMUP s), then DURATION s measured
#      as fast as they are answered, then DURATION s paced to RATE records/s in all (latency at a
#      given load: each batch's time counts from when it was due);
#      between the two, the baseline: CLIENTS JDBC connections load the same records for WARMUP s
#      and DURATION s, one multi-row INSERT per batch, into a table of the same definition
#      (CREATE TABLE ... LIKE usage_record), empty at the start as usage_record is;
#   2. that portal stops and a new one starts with its jobs on, as after a restart in front of a
#      backlog: validation is timed from its first verdict until no record is left RECEIVED.
# Everything it prints goes to bench/target/usage-results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
# One run at a time on this machine, from whichever checkout: runs share the database and ports.
exec 9>/tmp/seller_center_bench_usage.lock
flock -n 9 || { echo "bench/usage.sh is already running (from this or another checkout); try again later"; exit 1; }
DB=seller_center_bench_usage
PORTAL_PORT=${PORTAL_PORT:-28080}
IDP_PORT=${IDP_PORT:-29000}
CLIENTS=${CLIENTS:-4}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
RATE=${RATE:-10000}
INSTANCES=${INSTANCES:-10000}
OUT=bench/target
mkdir -p "$OUT"
exec > >(tee "$OUT/usage-results.txt") 2>&1

SQL() { mariadb -uroot "$@"; }
JDBC="jdbc:mysql://127.0.0.1:3306/$DB?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true"

echo "== Seller Center usage benchmark: $CLIENTS clients, $DURATION s per phase, $INSTANCES instances, $(nproc) cores, $(date -u +%FT%TZ)"
echo "   commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' + uncommitted changes')"
echo "   load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Built in the reactor, so the classpath holds this checkout's modules (target/classes), not
# whatever another checkout last installed into the local repository.
./mvnw -q -B -pl portal-web -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
	-Dmdep.outputFile=target/bench.classpath
CP="portal-web/target/test-classes:portal-web/target/classes:$(cat portal-web/target/bench.classpath)"

# A bigger buffer pool than Debian's 128 MB default: a 30 s run leaves a million or two records of
# about 700 bytes with their indexes, and validation reads them back. Set again before each phase
# (bench/run.sh sets and resets the same server setting) and back at the end, unless that benchmark
# is running meanwhile.
# Likewise a redo log of 1 GB instead of Debian's 96 MB: intake and validation write a few million
# rows and index entries a minute (records, inbox, verdicts), and with 96 MB the server spent much of the run
# flushing pages early to make room in the log (before V14, verdict updates took 92 ms a batch instead of 66).
# Both are dynamic settings of MariaDB 10.11; a production server is set up with more of both.
POOL=2147483648
REDO=1073741824
OLD_POOL=$(SQL -N -e "SELECT @@innodb_buffer_pool_size")
OLD_REDO=$(SQL -N -e "SELECT @@innodb_log_file_size")
pool() {
	[ "$(SQL -N -e "SELECT @@innodb_buffer_pool_size")" -ge $POOL ] || SQL -e "SET GLOBAL innodb_buffer_pool_size = $POOL"
	[ "$(SQL -N -e "SELECT @@innodb_log_file_size")" -ge $REDO ] || SQL -e "SET GLOBAL innodb_log_file_size = $REDO"
	echo "   buffer pool $(( $(SQL -N -e "SELECT @@innodb_buffer_pool_size") / 1048576 )) MB," \
		"redo log $(( $(SQL -N -e "SELECT @@innodb_log_file_size") / 1048576 )) MB"
}
pool
SQL -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'portal'@'%' IDENTIFIED BY 'portal';
        CREATE USER IF NOT EXISTS 'portal'@'localhost' IDENTIFIED BY 'portal';
        GRANT ALL PRIVILEGES ON $DB.* TO 'portal'@'%'; GRANT ALL PRIVILEGES ON $DB.* TO 'portal'@'localhost';"

PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	SQL $DB -e "DROP TABLE IF EXISTS usage_record_baseline" 2>/dev/null || true
	if [ "$OLD_POOL" -lt $POOL ] && ! pgrep -f 'io.sellercenter.bench.BenchServers portal 18080' >/dev/null; then
		SQL -e "SET GLOBAL innodb_buffer_pool_size = $OLD_POOL" || true
	fi
	[ "$OLD_REDO" -lt $REDO ] && { SQL -e "SET GLOBAL innodb_log_file_size = $OLD_REDO" || true; }
}
trap cleanup EXIT

java -cp "$CP" io.sellercenter.bench.BenchServers idp "$IDP_PORT" "$PORTAL_PORT" > "$OUT/usage-idp.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$IDP_PORT/.well-known/openid-configuration" >/dev/null && break; sleep 0.5; done

launch_portal() { # name, jobs enabled → sets PORTAL_PID
	local jfr=()
	[ -n "${PROFILE:-}" ] && jfr=("-XX:StartFlightRecording=filename=$OUT/usage-$1.jfr,settings=profile")
	rm -f "$OUT/usage-session.txt"
	java -Xmx256m -Xms256m -XX:+UseG1GC "${jfr[@]}" -cp "$CP" io.sellercenter.bench.BenchServers portal \
		"$PORTAL_PORT" "$IDP_PORT" "$JDBC" "$OUT/usage-session.txt" portal.redis-namespace=bench-usage \
		"portal.usage.jobs-enabled=$2" > "$OUT/usage-$1.log" 2>&1 &
	PORTAL_PID=$!
	PIDS+=($PORTAL_PID)
}
start_portal() { # name, jobs enabled: launches and waits until it serves
	launch_portal "$1" "$2"
	for _ in $(seq 1 240); do [ -s "$OUT/usage-session.txt" ] && break; sleep 0.5; done
	[ -s "$OUT/usage-session.txt" ] || { echo "the portal did not start; see $OUT/usage-$1.log"; exit 1; }
}
stop_portal() {
	kill "$PORTAL_PID"
	while kill -0 "$PORTAL_PID" 2>/dev/null; do sleep 0.2; done
}

start_portal intake false
MERCHANT=$(SQL -N $DB -e "SELECT id FROM merchant WHERE domain_id = 'acme'")
java -cp "$CP" io.sellercenter.bench.UsageInstances "$JDBC" portal portal acme "$INSTANCES"
# Every run starts from an empty usage table, so runs compare. The baseline loads a table of the same
# definition, empty too, so that validation later finds only the pushed records.
SQL $DB -e "TRUNCATE TABLE usage_record; TRUNCATE TABLE usage_request; TRUNCATE TABLE usage_verdict;
	TRUNCATE TABLE usage_inbox;
	DROP TABLE IF EXISTS usage_record_baseline; CREATE TABLE usage_record_baseline LIKE usage_record"

# Every record's time window lies in the current hour (before "now"), so none has passed its
# collection cut-off (minute 15 of the next hour) before it is validated; two minutes into the hour
# at least, so that windows stay distinct.
NOW=$(date -u +%s)
if [ $((NOW % 3600)) -lt 120 ]; then
	echo "   waiting $((120 - NOW % 3600)) s for two minutes past the hour"
	sleep $((120 - NOW % 3600))
	NOW=$(date -u +%s)
fi
SPAN_START=$((NOW - NOW % 3600))
echo "   records' windows between $(date -u -d @$SPAN_START +%T) and $(date -u -d @$((NOW - 1)) +%T) UTC;" \
	"cut-off $(date -u -d @$((SPAN_START + 4500)) +%T) UTC"

java -cp "$CP" io.sellercenter.bench.UsageLoad "url=http://127.0.0.1:$PORTAL_PORT" "jdbc=$JDBC" user=portal \
	password=portal key=acme-demo-key secret=acme-demo-secret "run=ub$NOW" "spanStart=$SPAN_START" \
	"spanEnd=$((NOW - 1))" "instances=$INSTANCES" "merchant=$MERCHANT" "clients=$CLIENTS" "warmup=$WARMUP" \
	"duration=$DURATION" "rate=$RATE" "out=$OUT/usage-load.properties"
echo "   usage_request rows: $(SQL -N $DB -e "SELECT COUNT(*) FROM usage_request");" \
	"usage_record rows: $(SQL -N $DB -e "SELECT COUNT(*) FROM usage_record")"
stop_portal
SQL $DB -e "DROP TABLE usage_record_baseline"
pool

echo "== Validation: a portal with its jobs on works off the backlog of $(SQL -N $DB -e \
	"SELECT COUNT(*) FROM usage_inbox") records"
launch_portal validation true
java -cp "$CP" io.sellercenter.bench.UsageValidation "$JDBC" portal portal "$OUT/usage-load.properties" \
	|| { echo "   see $OUT/usage-validation.log"; exit 1; }
echo "   load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
