#!/bin/sh
# Manual check that our TimelineJS JSON loads in TimelineJS 3.9 (npm @knight-lab/timelinejs),
# in Debian's headless chromium. Installs the package into a temporary folder (never into the
# project) and prints the page title TimelineJS sets when it has loaded the events.
#   sh build/check_timelinejs.sh [resources/examples/timeline-timelinejs.json]
set -e
json=$(realpath "${1:-resources/examples/timeline-timelinejs.json}")
work=$(mktemp -d)
cd "$work"
npm install --silent --no-audit --no-fund @knight-lab/timelinejs@3.9 >/dev/null
python3 - "$json" <<'PY'
import sys
data = open(sys.argv[1], encoding="utf-8").read()
open("check.html", "w", encoding="utf-8").write(f"""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script></head>
<body><div id="tl" style="width:1200px;height:700px"></div><script>
window.onerror = function (m) {{ document.title = "ERROR " + m; }};
var t = new TL.Timeline("tl", {data});
t.on("loaded", function () {{
  var problems = document.querySelectorAll(".tl-message-full").length;
  document.title = "LOADED " + t.config.events.length + " events, " + problems + " error messages";
}});
</script></body></html>""")
PY
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" --allow-file-access-from-files \
    --virtual-time-budget=5000 --dump-dom "file://$work/check.html" 2>/dev/null | grep -o "<title>[^<]*</title>"
