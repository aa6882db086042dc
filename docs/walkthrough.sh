#!/usr/bin/env bash
# Walks one matter from registration to final through the JSON API, as the README shows.
# Run it against a server started with `mvn spring-boot:run` (default http://localhost:8080).
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
post() { # user, path, json
  curl -sf -u "$1:demo" -H 'Content-Type: application/json' -X POST "$BASE$2" -d "$3"
}
field() { sed -E "s/.*\"$1\":\"?([^\",]*).*/\1/"; }

# 1. A registrar at the Yuanling county bureau registers a visit about a demolition compensation.
M=$(post yuanling.registrar /api/v1/matters '{"channel":"VISIT",
  "petitioner":{"name":"王建国","idNumber":"431222198001010013","phone":"13812345678","address":"沅陵县沅陵镇月亮坪社区3组"},
  "persons":1,"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
  "title":"征收补偿款未到位","content":"我家房屋2019年被征收，补偿款至今未到位，请求督促发放。"}')
ID=$(echo "$M" | sed -E 's/^\{"id":([0-9]+).*/\1/')
echo "registered matter $ID: $(echo "$M" | field referenceNo), suggested unit $(echo "$M" | sed -E 's/.*"suggestedUnit":\{"code":"([^"]*)".*/\1/')"

step() { # user, action, json
  R=$(post "$1" "/api/v1/matters/$ID/$2" "$3")
  echo "$2 by $1 -> $(echo "$R" | field state) (version $(echo "$R" | field version))"
}
# 2. The bureau assigns it to the county housing bureau (15 days to decide on acceptance).
step yuanling.registrar routing   '{"version":0,"kind":"ASSIGNMENT","unitCode":"431222-HOUSING","reason":"属住建部门职责"}'
# 3. The housing bureau accepts it and leads, with natural resources co-handling (60 days).
step yuanling.housing acceptance  '{"version":1,"outcome":"ACCEPTED","notice":"您反映的问题已受理。","leadUnitCode":"431222-HOUSING","coHandlerUnitCodes":["431222-NATURAL_RESOURCES"]}'
# 4. The county leader approves the one extension (at most 30 days).
step yuanling.leader extension    '{"version":2,"days":20,"reason":"需补充测绘"}'
# 5. The handling opinion; then the petitioner's rating and closing.
step yuanling.housing opinion     '{"version":3,"outcome":"PARTIALLY_SUPPORTED","text":"经核查，补偿款将于下月发放。"}'
step yuanling.registrar evaluation '{"version":4,"satisfaction":"DISSATISFIED","comment":"补偿标准偏低"}'
step yuanling.registrar closure   '{"version":5}'
# 6. Review by the county government, re-review by the city government: then the matter is final.
step yuanling.registrar review-request    '{"version":6,"reason":"对补偿标准不服"}'
step yuanling.leader review-opinion       '{"version":7,"outcome":"UPHELD","text":"维持原处理意见。"}'
step yuanling.registrar re-review-request '{"version":8,"reason":"仍不服"}'
step city.leader re-review-opinion        '{"version":9,"outcome":"UPHELD","text":"复核维持。"}'
# 7. The timeline: every step, who, when, why, before and after.
curl -sf -u yuanling.registrar:demo "$BASE/api/v1/matters/$ID/timeline" | grep -o '"type":"[A-Z_]*"' | tr '\n' ' '; echo
