-- Paces each connection: after every answer it waits so that N connections send about
-- N * 1000 / (PACE_MS + latency) requests per second (10 connections, 100 ms: about 100/s).
local pace = tonumber(os.getenv("PACE_MS") or "100")
local cookie = os.getenv("BENCH_COOKIE")
function setup(thread) end
request = function()
  if cookie then
    return wrk.format("GET", nil, { ["Cookie"] = "SESSION=" .. cookie, ["Accept-Language"] = "en" })
  end
  return wrk.format("GET")
end
function delay()
  return pace
end
