-- Sends the signed-in session with every request.
local cookie = os.getenv("BENCH_COOKIE")
request = function()
  return wrk.format("GET", nil, { ["Cookie"] = "SESSION=" .. cookie, ["Accept-Language"] = "en" })
end
