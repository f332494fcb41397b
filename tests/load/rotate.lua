-- wrk script for reload-under-load.sh: rotates requests over a fixed list of pages and counts
-- responses by status class. Paths come from the environment so the shell script decides them:
--   LOAD_ARTICLE_PATH  one article, e.g. /articles/some-slug (required)
--   LOAD_SEARCH_PATH   the search URL; empty or unset leaves search out of the rotation
-- done() prints one line of key=value pairs for the shell script to parse.

local threads = {}

-- Runs in the main Lua state once per thread: keep the threads so done() can read their counters
-- (each thread has its own Lua state; done() runs in the main one and sees none of their globals).
function setup(thread)
   table.insert(threads, thread)
end

-- Runs in each thread's state: build the request strings once, not on every request.
function init(args)
   local paths = { "/", os.getenv("LOAD_ARTICLE_PATH"), "/api/articles" }
   local search = os.getenv("LOAD_SEARCH_PATH")
   if search ~= nil and search ~= "" then
      table.insert(paths, search)
   end
   requests_list = {}
   for _, path in ipairs(paths) do
      table.insert(requests_list, wrk.format("GET", path))
   end
   next_index = 0
   s2xx, s3xx, s4xx, s5xx, sother = 0, 0, 0, 0, 0
end

function request()
   next_index = next_index % #requests_list + 1
   return requests_list[next_index]
end

-- Defining response() makes wrk parse every body (slower); the per-class counts are worth it.
function response(status, headers, body)
   if status >= 200 and status < 300 then s2xx = s2xx + 1
   elseif status >= 300 and status < 400 then s3xx = s3xx + 1
   elseif status >= 400 and status < 500 then s4xx = s4xx + 1
   elseif status >= 500 and status < 600 then s5xx = s5xx + 1
   else sother = sother + 1 end
end

function done(summary, latency, requests)
   local totals = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, sother = 0 }
   for _, thread in ipairs(threads) do
      for key, _ in pairs(totals) do
         totals[key] = totals[key] + (thread:get(key) or 0)
      end
   end
   local e = summary.errors
   io.write(string.format(
      "LOAD requests=%d duration_us=%d status_2xx=%d status_3xx=%d status_4xx=%d status_5xx=%d " ..
      "status_other=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d\n",
      summary.requests, summary.duration, totals.s2xx, totals.s3xx, totals.s4xx, totals.s5xx,
      totals.sother, e.connect, e.read, e.write, e.timeout))
end
