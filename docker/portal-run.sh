#!/bin/sh
# Starts the portal in the container, with Java 25's ahead-of-time cache (JEP 483 and 515:
# classes loaded and linked, and the methods' profiles, so the JIT compiles the hot paths at
# once). PORTAL_AOT_CACHE names the cache file, on a volume:
#   - when it exists, the process starts from it (a cache from another image or JVM is refused
#     with a warning and the process starts without it);
#   - when it does not, this process records one and writes it when it stops cleanly (about
#     20 s at exit: give the container a stop grace period of a minute). Let the first process
#     of a new image take real traffic (or run the benchmark's pages) for a few minutes, stop it,
#     and every later start uses the cache. Delete the file when the image changes.
# Empty PORTAL_AOT_CACHE: no cache at all.
set -eu
opts="-XX:MaxRAMPercentage=75"
cache="${PORTAL_AOT_CACHE:-}"
if [ -n "$cache" ]; then
	if [ -f "$cache" ]; then
		opts="$opts -XX:AOTCache=$cache"
	else
		opts="$opts -XX:AOTCacheOutput=$cache"
	fi
fi
# shellcheck disable=SC2086 # the options are words on purpose
exec java $opts -jar /app/portal/portal.jar "$@"
