-- wrk script for hostile-queries.sh: requests an attacker (or a campaign link) would make, counts
-- responses by status class and can stop after a number of responses. From the environment:
--   HOSTILE_MODE   plain  = "/" every time (the baseline)
--                  front  = "/?utm_source=<random>&x=<n>": a new query string on every request
--                  search = "/search?q=<word>": a distinct made-up word on every request
--   HOSTILE_LIMIT  stop after this many responses (0 or unset: run for wrk's -d); wrk itself
--                  only ends after -d or on SIGINT, so the file HOSTILE_DONE is then written for
--                  the shell script to send that signal
--   HOSTILE_SEED   makes the words of one run differ from another's
-- done() prints one "HOSTILE key=value ..." line for the shell script to parse.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

local letters = "abcdefghijklmnopqrstuvwxyz"

-- A distinct letters-only word per number (base 26 of number + offset), so no two requests of a
-- run search for the same word and none is a number (digits are search terms of their own).
local function word(n)
   local out = {}
   repeat
      local digit = n % 26
      table.insert(out, letters:sub(digit + 1, digit + 1))
      n = math.floor(n / 26)
   until n == 0
   return prefix .. table.concat(out)
end

function init(args)
   mode = os.getenv("HOSTILE_MODE") or "plain"
   limit = tonumber(os.getenv("HOSTILE_LIMIT") or "0") or 0
   local seed = tonumber(os.getenv("HOSTILE_SEED") or "0") or 0
   math.randomseed(os.time() + seed)
   local a, b = math.random(1, 26), math.random(1, 26)
   prefix = letters:sub(a, a) .. letters:sub(b, b)
   offset = math.random(0, 26 * 26 * 26)
   plain = wrk.format("GET", "/")
   counter = 0
   responses = 0
   s2xx, s3xx, s4xx, s5xx, sother = 0, 0, 0, 0, 0
end

function request()
   counter = counter + 1
   if mode == "front" then
      return wrk.format("GET", "/?utm_source=" .. math.random(1, 1000000000) .. "&x=" .. counter)
   elseif mode == "search" then
      return wrk.format("GET", "/search?q=" .. word(offset + counter))
   end
   return plain
end

function response(status, headers, body)
   if status >= 200 and status < 300 then s2xx = s2xx + 1
   elseif status >= 300 and status < 400 then s3xx = s3xx + 1
   elseif status >= 400 and status < 500 then s4xx = s4xx + 1
   elseif status >= 500 and status < 600 then s5xx = s5xx + 1
   else sother = sother + 1 end
   responses = responses + 1
   if limit > 0 and responses == limit then
      local marker = io.open(os.getenv("HOSTILE_DONE"), "w")
      marker:write("done\n")
      marker:close()
      wrk.thread:stop()
   end
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
      "HOSTILE requests=%d duration_us=%d rps=%.1f p99_ms=%.2f status_2xx=%d status_3xx=%d status_4xx=%d " ..
      "status_5xx=%d status_other=%d socket_errors=%d\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(99) / 1000, totals.s2xx, totals.s3xx, totals.s4xx, totals.s5xx, totals.sother,
      e.connect + e.read + e.write + e.timeout))
end
