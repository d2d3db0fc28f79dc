-- Shared by the wrk scripts of dossier-load.sh: counts the responses that are not 2xx in every thread and prints,
-- once the run is over, one line the shell script parses:
--   RESULT <name> requests=… rps=… p50_ms=… p95_ms=… p99_ms=… max_ms=… non2xx=… socket_errors=…
-- wrk's latency percentiles are in microseconds.
local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

non2xx = 0
statuses = {}

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
      statuses[status] = (statuses[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local non2xx_total = 0
   local by_status = {}
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + thread:get("non2xx")
      for status, count in pairs(thread:get("statuses")) do
         by_status[status] = (by_status[status] or 0) + count
      end
   end
   local detail = ""
   for status, count in pairs(by_status) do
      detail = detail .. string.format(" status_%d=%d", status, count)
   end
   local errors = summary.errors
   io.write(string.format(
      "RESULT %s requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d%s\n",
      os.getenv("BENCH_NAME") or "run", summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      non2xx_total, errors.connect + errors.read + errors.write + errors.timeout, detail))
end
