#!/usr/bin/env bash
# Walks one matter from registration to final through the JSON API, as the README shows. Each run registers a
# new petitioner (a fresh ID number and phone) with a fresh Idempotency-Key, so it runs again and again on one
# server, before or after the README's walk.
#
#   XINFANG_URL=http://localhost:8080 docs/walkthrough.sh     (the default: a server started with `mvn spring-boot:run`)
#
# A refused step stops the walk with the step, the HTTP status and the problem detail, and exit status 1.
WALK=walkthrough
. "$(dirname "$0")/walk-common.sh"
ID_NUMBER=$(id_number)
PHONE=$(printf '139%08d' $(((RANDOM * 32768 + RANDOM) % 100000000)))

# 1. A registrar at the Yuanling county bureau registers a visit about a demolition compensation.
M=$(call register yuanling.registrar POST /api/v1/matters '{"channel":"VISIT",
  "petitioner":{"name":"王建国","idNumber":"'"$ID_NUMBER"'","phone":"'"$PHONE"'","address":"沅陵县沅陵镇月亮坪社区3组"},
  "persons":1,"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
  "title":"征收补偿款未到位","content":"我家房屋2019年被征收，补偿款至今未到位，请求督促发放。"}' \
  -H "Idempotency-Key: walkthrough-$(date +%s)-$$-$RANDOM")
ID=$(echo "$M" | field id)
VERSION=$(echo "$M" | field version)
if [ -z "$ID" ] || [ -z "$VERSION" ]; then
  echo "walkthrough: register: the answer has no id and version: $M" >&2
  exit 1
fi
echo "registered matter $ID: $(echo "$M" | field referenceNo), suggested unit $(echo "$M" | sed -E 's/.*"suggestedUnit":\{"code":"([^"]*)".*/\1/')"

# step USER ACTION JSON: takes the step, sending the version the last answer showed.
step() {
  local r fields=${3#\{}
  fields=${fields%\}}
  r=$(call "$2" "$1" POST "/api/v1/matters/$ID/$2" "{\"version\":$VERSION${fields:+,}$fields}")
  VERSION=$(echo "$r" | field version)
  STATE=$(echo "$r" | field state)
  echo "$2 by $1 -> $STATE (version $VERSION)"
}
# 2. The bureau assigns it to the county housing bureau (15 days to decide on acceptance).
step yuanling.registrar routing   '{"kind":"ASSIGNMENT","unitCode":"431222-HOUSING","reason":"属住建部门职责"}'
# 3. The housing bureau accepts it and leads, with natural resources co-handling (60 days).
step yuanling.housing acceptance  '{"outcome":"ACCEPTED","notice":"您反映的问题已受理。","leadUnitCode":"431222-HOUSING","coHandlerUnitCodes":["431222-NATURAL_RESOURCES"]}'
# 4. The county leader approves the one extension (at most 30 days).
step yuanling.leader extension    '{"days":20,"reason":"需补充测绘"}'
# 5. The handler drafts the opinion, the unit head signs it off (审签) and it is issued; then the rating and closing.
step yuanling.housing opinion-draft '{"outcome":"PARTIALLY_SUPPORTED","text":"经核查，补偿款将于下月发放。"}'
step yuanling.leader opinion-sign-off '{}'
# the opinion reaches the petitioner today (送达): the review window runs from its delivery (2022 art. 35)
step yuanling.registrar delivery  '{"document":"handling-opinion","method":"POST","trackingNumber":"EA123456789CN","outcome":"SIGNED"}'
step yuanling.registrar evaluation '{"satisfaction":"DISSATISFIED","comment":"补偿标准偏低"}'
step yuanling.registrar closure   '{}'
# 6. Review by the county government, re-review by the city government: then the matter is final.
step yuanling.registrar review-request    '{"reason":"对补偿标准不服"}'
step yuanling.leader review-opinion       '{"outcome":"UPHELD","text":"维持原处理意见。"}'
step yuanling.registrar delivery          '{"document":"review-opinion","method":"IN_PERSON","outcome":"SIGNED"}'
step yuanling.registrar re-review-request '{"reason":"仍不服"}'
step city.leader re-review-opinion        '{"outcome":"UPHELD","text":"复核维持。"}'
if [ "$STATE" != FINAL ]; then
  echo "walkthrough: matter $ID ended in state $STATE, not FINAL" >&2
  exit 1
fi
# 7. The timeline: every step, who, when, why, before and after.
call timeline yuanling.registrar GET "/api/v1/matters/$ID/timeline" | grep -o '"type":"[A-Z_]*"' | tr '\n' ' '; echo
echo "matter $ID is final"
