-- GET /api/v1/dossiers/{number} as OPCO staff (TOKEN), each request for a dossier drawn at random among the DOSSIERS
-- seeded ones (numbers 910000000 + n, see sql/seed-dossiers.sql); drafts (n % 20 < 3), which staff may not see,
-- are skipped.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local dossiers = tonumber(os.getenv("DOSSIERS"))
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Accept"] = "application/json" }

function init(args)
   math.randomseed(os.time() + id * 7919)
end

function request()
   local n = math.random(0, dossiers - 1)
   if n % 20 < 3 then
      n = n + 3
   end
   return wrk.format("GET", string.format("/api/v1/dossiers/%d", 910000000 + n), headers)
end
