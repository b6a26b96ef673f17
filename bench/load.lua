-- wrk script for bench/load: a map client's read traffic on the served project.
-- Each request is a point check (GET /api/check) at a uniform random point of the project's
-- extent or, one time in CHECK_EVERY, a layer window (GET /api/layers/{name}?bbox=&zoom=) of
-- 1-4 km around a random point. Arguments after `--`:
--   minLon minLat maxLon maxLat  layer[,layer...]  seed  [Authorization header value]
-- done() prints requests/s, latency percentiles and the answers counted by status and by kind.

local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("id", thread_count)
   table.insert(threads, thread)
end

local CHECK_EVERY = 4

function init(args)
   min_lon, min_lat = tonumber(args[1]), tonumber(args[2])
   max_lon, max_lat = tonumber(args[3]), tonumber(args[4])
   layers = {}
   for name in string.gmatch(args[5], "[^,]+") do table.insert(layers, name) end
   math.randomseed(tonumber(args[6]) * 1000 + id)
   headers = {}
   if args[7] ~= nil and args[7] ~= "" then headers["Authorization"] = args[7] end
   statuses = {}
   checks, windows = 0, 0
   n = 0
end

local function uniform(lo, hi)
   return lo + (hi - lo) * math.random()
end

function request()
   n = n + 1
   local lon, lat = uniform(min_lon, max_lon), uniform(min_lat, max_lat)
   if n % CHECK_EVERY ~= 0 then
      checks = checks + 1
      return wrk.format("GET", string.format("/api/check?lon=%.6f&lat=%.6f", lon, lat), headers)
   end
   windows = windows + 1
   local half = uniform(0.005, 0.02)
   local layer = layers[math.random(#layers)]
   local zoom = math.random(14, 17)
   return wrk.format("GET", string.format("/api/layers/%s?bbox=%.6f,%.6f,%.6f,%.6f&zoom=%d",
      layer, lon - half, lat - half, lon + half, lat + half, zoom), headers)
end

function response(status, hdrs, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local by_status, total_checks, total_windows = {}, 0, 0
   for _, t in ipairs(threads) do
      for status, count in pairs(t:get("statuses")) do
         by_status[status] = (by_status[status] or 0) + count
      end
      total_checks = total_checks + t:get("checks")
      total_windows = total_windows + t:get("windows")
   end
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format("load: requests %d in %.1f s = %.1f requests/s (%d point checks, %d layer windows sent)\n",
      summary.requests, seconds, summary.requests / seconds, total_checks, total_windows))
   io.write(string.format("load: latency ms p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  mean %.1f\n",
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000))
   local ok, limited, client, server, other = 0, 0, 0, 0, 0
   local keys = {}
   for status in pairs(by_status) do table.insert(keys, status) end
   table.sort(keys)
   local parts = {}
   for _, status in ipairs(keys) do
      local count = by_status[status]
      table.insert(parts, string.format("%d=%d", status, count))
      if status < 400 then ok = ok + count
      elseif status == 429 then limited = limited + count
      elseif status >= 500 then server = server + count
      elseif status >= 400 then client = client + count
      else other = other + count end
   end
   io.write("load: answers by status " .. table.concat(parts, " ") .. "\n")
   io.write(string.format("load: 2xx/3xx %d, 429 (rate limited) %d, other 4xx %d, 5xx %d\n", ok, limited, client, server))
   io.write(string.format("load: socket errors connect %d, read %d, write %d, timeout %d\n",
      e.connect, e.read, e.write, e.timeout))
end
