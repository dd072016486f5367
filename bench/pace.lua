-- Offers a fixed rate: RATE requests per second over all of wrk's threads (THREADS, 2 by
-- default), each thread sending on a schedule of one request every THREADS * 1000 / RATE ms
-- on whichever of its connections is free. A slow answer does not lower the rate offered
-- while connections are free (so the latency seen is the server's at that rate, not a
-- closed loop slowing down with it).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } bench_timeval;
  int gettimeofday(bench_timeval *tv, void *tz);
]]
local tv = ffi.new("bench_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local rate = tonumber(os.getenv("RATE") or "100")
local threads = tonumber(os.getenv("THREADS") or "2")
local interval = threads * 1000 / rate
local cookie = os.getenv("BENCH_COOKIE")
local next_at = nil

request = function()
  if cookie then
    return wrk.format("GET", nil, { ["Cookie"] = "SESSION=" .. cookie, ["Accept-Language"] = "en" })
  end
  return wrk.format("GET")
end

function delay()
  local t = now_ms()
  if next_at == nil or next_at < t - interval then
    -- start, or fallen behind: resume the schedule from now rather than bursting
    next_at = t
  end
  local wait = next_at - t
  next_at = next_at + interval
  return math.max(0, math.floor(wait))
end

-- The 95th percentile too (wrk --latency prints 50, 75, 90 and 99): a line "p95 <ms>ms".
function done(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
