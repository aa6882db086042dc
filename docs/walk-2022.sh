#!/usr/bin/env bash
# The second walk (docs/walk-2022.md): handling by type under the 2022 Regulations on Letters and Visits Work.
# A litigation matter is guided to the court (art. 31 item 1, 诉访分离), and an accusation against a cadre is handed
# to discipline inspection by cadre-management authority (arts 22 ¶2, 30), through the JSON API with curl. Each run
# registers fresh petitioners, so it runs again and again on one server.
#
#   XINFANG_URL=http://localhost:8080 docs/walk-2022.sh
#
# A refused step stops the walk with the step, the HTTP status and the problem detail, and exit status 1.
WALK=walk-2022
. "$(dirname "$0")/walk-common.sh"



# register TITLE CONTENT CATEGORY [ACCUSED-JSON]: registers a visit in Yuanling county, sets ID and VERSION.
register() {
  local accused=${4:+,\"accused\":$4} m
  m=$(call register yuanling.registrar POST /api/v1/matters '{"channel":"VISIT",
    "petitioner":{"name":"李明","idNumber":"'"$(id_number)"'","phone":"'"$(printf '139%08d' $(((RANDOM * 32768 + RANDOM) % 100000000)))"'","address":"沅陵县沅陵镇月亮坪社区3组"},
    "persons":1,"categoryCode":"'"$3"'","placeCode":"431222001001","title":"'"$1"'","content":"'"$2"'"'"$accused"'}' \
    -H "Idempotency-Key: walk-2022-$(date +%s)-$$-$RANDOM")
  ID=$(echo "$m" | field id)
  VERSION=$(echo "$m" | field version)
  if [ -z "$ID" ] || [ -z "$VERSION" ]; then
    echo "walk-2022: register: the answer has no id and version: $m" >&2
    exit 1
  fi
  echo "registered matter $ID: suggested type $(echo "$m" | sed -E 's/.*"suggestion":\{"type":"([A-Z]*)".*/\1/')"
}

# step USER ACTION JSON: takes the step, sending the version the last answer showed.
step() {
  local fields=${3#\{}
  fields=${fields%\}}
  LAST=$(call "$2" "$1" POST "/api/v1/matters/$ID/$2" "{\"version\":$VERSION${fields:+,}$fields}")
  VERSION=$(echo "$LAST" | field version)
  STATE=$(echo "$LAST" | field state)
  echo "$2 by $1 -> $STATE (version $VERSION)"
}

# refused USER ACTION JSON STATUS: the step is refused with STATUS; prints the problem's detail.
refused() {
  local fields=${3#\{} status
  fields=${fields%\}}
  status=$(curl -sS -o "$ANSWER" -w '%{http_code}' -u "$1:demo" -X POST -H 'Content-Type: application/json' \
    -d "{\"version\":$VERSION${fields:+,}$fields}" "$BASE/api/v1/matters/$ID/$2")
  if [ "$status" != "$4" ]; then
    echo "walk-2022: $2 by $1 should be refused with $4, was $status" >&2
    cat "$ANSWER" >&2
    exit 1
  fi
  echo "$2 by $1 refused ($status): $(field detail < "$ANSWER")"
}

# A. 申诉求决类, route (1): a litigation matter, separated from the petition procedure (art. 28 ¶2) and passed to the
#    court through the same-level politics-and-law department (art. 22 ¶2).
register "不服法院判决" "法院判决我败诉，我不服，请求重新审理。" "LEGAL.LITIGATION"
step yuanling.registrar acceptance '{"outcome":"ACCEPTED","notice":"您反映的问题已受理。","leadUnitCode":"431222-HOUSING","type":"APPEAL","route":"LITIGATION"}'
# A route (1) matter gets no handling opinion (art. 31 item 6, art. 32) and no 60-day clock (art. 34).
refused yuanling.housing opinion-draft '{"outcome":"NOT_SUPPORTED","text":"不予支持"}' 409
step yuanling.housing guidance '{"receivingBody":"沅陵县人民法院","notice":"您反映的问题属于诉讼权利救济事项，依照诉讼与信访分离制度，已转县委政法委，请依法向沅陵县人民法院申请再审。"}'
if [ "$STATE" != GUIDED_OUT ]; then
  echo "walk-2022: matter $ID ended in state $STATE, not GUIDED_OUT" >&2
  exit 1
fi
echo "matter $ID guided to: $(echo "$LAST" | field receivingBody) (via politics and law: $(echo "$LAST" | field viaPoliticsAndLaw))"

# B. 检举控告类: an accusation against a county-division cadre of the county housing bureau. The accused unit never
#    sees it (art. 30 ¶3); it goes to the city's discipline inspection body, which manages such cadres, and the
#    organisation department is notified (art. 30 ¶2).
register "举报县住建局副局长受贿" "举报县住建局某副局长收受开发商贿赂。" "URBAN.PLANNING" \
  '{"rank":"COUNTY_DIVISION","post":"副局长","unitCode":"431222-HOUSING"}'
curl -sS -o /dev/null -w "the accused unit asks for matter $ID: HTTP %{http_code}\n" -u yuanling.housing:demo "$BASE/api/v1/matters/$ID"
refused yuanling.registrar routing '{"kind":"ASSIGNMENT","unitCode":"431222-HOUSING"}' 400
step yuanling.registrar acceptance '{"outcome":"ACCEPTED","notice":"您的举报已收到。","leadUnitCode":"431222-PETITION","type":"ACCUSATION"}'
step yuanling.registrar guidance '{"receivingBody":"中共怀化市纪律检查委员会、怀化市监察委员会","notice":"您的举报已按照干部管理权限转送市纪委监委依规依纪依法处理。"}'
call timeline yuanling.registrar GET "/api/v1/matters/$ID/timeline" | grep -o '"type":"[A-Z_]*"' | tr '\n' ' '; echo
if [ "$STATE" != GUIDED_OUT ]; then
  echo "walk-2022: matter $ID ended in state $STATE, not GUIDED_OUT" >&2
  exit 1
fi
echo "accusation $ID handed to discipline inspection"
