-- POST /api/v1/dossiers/{number}/submit with If-Match: "1" as the demo employer (TOKEN), walking through the pool of
-- complete drafts seeded by sql/submit-pool.sql (FIRST_NUMBER, POOL numbers): thread k of t takes numbers
-- FIRST_NUMBER + k, + k + t, … so that no draft is submitted twice. A draft submitted twice would answer 412 (stale
-- If-Match), and past the pool's end every answer is a 404: both are counted in non2xx.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local first = tonumber(os.getenv("FIRST_NUMBER"))
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Accept"] = "application/json",
                  ["If-Match"] = '"1"' }
local step = 0
local threads_count = tonumber(os.getenv("THREADS") or "2")

function request()
   local number = first + id + step * threads_count
   step = step + 1
   return wrk.format("POST", string.format("/api/v1/dossiers/%d/submit", number), headers)
end
