-- GET /api/v1/dossiers?establishmentId=…&status=…&limit=20 as OPCO staff (TOKEN), each request for an establishment
-- drawn at random among the ESTABLISHMENTS seeded ones (ids as in sql/seed-dossiers.sql).
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local establishments = tonumber(os.getenv("ESTABLISHMENTS"))
local status = os.getenv("STATUS") or "GRANTED"
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Accept"] = "application/json" }

function init(args)
   math.randomseed(os.time() + id * 7919)
end

function request()
   local i = math.random(1, establishments)
   local path = string.format("/api/v1/dossiers?establishmentId=eb000000-0000-4000-8000-%012x&status=%s&limit=20", i, status)
   return wrk.format("GET", path, headers)
end
