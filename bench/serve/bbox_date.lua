-- wrk script: GET /api/events with a random 1 x 1 degree box inside the
-- generator's area (longitude 35-48, latitude 29-37) and a random 30-day
-- window in 2014-2019, so requests do not repeat one cached answer.
-- Seeded per thread for repeatable runs.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
function init(args)
  math.randomseed(seed * 7919)
end
local function date(days)  -- days since 2014-01-01, as YYYY-MM-DD (os.date in UTC)
  return os.date("!%Y-%m-%d", 1388534400 + days * 86400)
end
request = function()
  local lon = 35 + math.random() * 12
  local lat = 29 + math.random() * 7
  local d = math.random(0, 2160)
  local path = string.format("/api/events?bbox=%.3f,%.3f,%.3f,%.3f&since=%s&until=%s&limit=100",
                             lon, lat, lon + 1, lat + 1, date(d), date(d + 29))
  return wrk.format("GET", path)
end
