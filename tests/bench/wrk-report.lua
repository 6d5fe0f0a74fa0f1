-- wrk's script for the HTTP benchmarks (tests/bench/http-load.ts). With KIOSQUE_WRK_PATHS (paths
-- separated by spaces) it asks for each in turn and counts the answers' statuses and the requests
-- for /nope; without, wrk sends its one request as fast as it can. Either way it prints the summary
-- as one line of JSON.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local mix = os.getenv("KIOSQUE_WRK_PATHS")
if mix then
  local paths = {}
  for path in mix:gmatch("%S+") do table.insert(paths, path) end
  local next_path = 1
  statuses = {}
  asked_missing = 0

  function request()
    local path = paths[next_path]
    next_path = next_path % #paths + 1
    if path:find("nope", 1, true) then asked_missing = asked_missing + 1 end
    return wrk.format(nil, path)
  end

  function response(status)
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency)
  local counts, missing = {}, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      counts[status] = (counts[status] or 0) + count
    end
    missing = missing + (thread:get("asked_missing") or 0)
  end
  local fields = {}
  for status, count in pairs(counts) do table.insert(fields, string.format('"%d":%d', status, count)) end
  local errors = summary.errors
  io.write(string.format(
    'KIOSQUE_WRK {"requests":%d,"durationUs":%d,"errors":%d,"notOk":%d,"p50Us":%d,"p99Us":%d,"askedMissing":%d,"statuses":{%s}}\n',
    summary.requests, summary.duration, errors.connect + errors.read + errors.write + errors.timeout,
    errors.status, latency:percentile(50), latency:percentile(99), missing, table.concat(fields, ",")))
end
