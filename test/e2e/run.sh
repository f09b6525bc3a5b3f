#!/usr/bin/env bash
# GeneLens end-to-end tests in a real VS Code (`npm run test:e2e`):
#   install code-server + chromium if missing -> build -> package the .vsix -> install it into a throwaway code-server
#   profile -> start code-server on 127.0.0.1 -> run the VS Code API suite in its extension host (run-ext-tests.js)
#   -> run the UI test through Chromium (ui.test.js) -> stop code-server, whatever happened.
# Prints "N passed, N failed" last; exits non-zero when anything failed.
# Environment: GENELENS_E2E_HOME (cache of code-server, default ~/.cache/genelens-e2e), GENELENS_E2E_BUDGET (seconds
# for the whole run, default 840), GENELENS_E2E_KEEP=1 (keep the run's temp dir), GENELENS_UPDATE_DOC_IMAGES=1 (copy
# the hover and quick-fix screenshots to docs/images/).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
E2E_HOME=${GENELENS_E2E_HOME:-$HOME/.cache/genelens-e2e}
CS="$E2E_HOME/code-server/node_modules/.bin/code-server"
OUT="$ROOT/test-output/e2e"
RUN=$(mktemp -d "${TMPDIR:-/tmp}/genelens-e2e.XXXXXX")
STATE="$RUN/state"
# keep code-server and chromium out of ~/.config, ~/.local and ~/.cache
export XDG_CONFIG_HOME="$STATE/xdg/config" XDG_DATA_HOME="$STATE/xdg/data" XDG_CACHE_HOME="$STATE/xdg/cache"
T0=$(date +%s)
DEADLINE=$(( T0 + ${GENELENS_E2E_BUDGET:-840} ))  # the whole run stays under 14 minutes, whatever hangs
CS_PID=""
log() { echo "[e2e $(( $(date +%s) - T0 ))s] $*"; }
# seconds a stage may take: its own limit, or what is left of the run's budget (at least 5 s)
left() { local l=$(( DEADLINE - $(date +%s) )); [ "$l" -lt 5 ] && l=5; [ "$l" -lt "$1" ] && echo "$l" || echo "$1"; }

stop_code_server() {
  [ -n "$CS_PID" ] || return 0
  if kill -0 "$CS_PID" 2>/dev/null; then
    kill -TERM -- "-$CS_PID" 2>/dev/null || kill -TERM "$CS_PID" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
  # the extension hosts and language servers it started live in its process group
  kill -KILL -- "-$CS_PID" 2>/dev/null || true
  CS_PID=""
}
cleanup() {
  stop_code_server
  if [ -d "$STATE" ]; then
    mkdir -p "$OUT"
    cp "$STATE/cs.log" "$OUT/code-server.log" 2>/dev/null || true
    rm -rf "$OUT/logs" && cp -r "$STATE/ud/logs" "$OUT/logs" 2>/dev/null || true
  fi
  if [ "${GENELENS_E2E_KEEP:-0}" = 1 ]; then log "kept $RUN"; else rm -rf "$RUN"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail_setup() { log "SETUP FAILED: $*"; echo "0 passed, 1 failed"; exit 1; }

mkdir -p "$OUT" "$STATE/ud/User" "$STATE/ext"
rm -f "$OUT"/*.png

log "1/6 code-server and chromium"
timeout --kill-after=10 "$(left 600)" "$ROOT/test/e2e/install-code-server.sh" "$E2E_HOME" || fail_setup "install-code-server.sh"

log "2/6 build"
timeout --kill-after=10 "$(left 120)" node esbuild.js || fail_setup "node esbuild.js"

log "3/6 package"
VSIX="$RUN/genelens.vsix"
timeout --kill-after=10 "$(left 180)" npm run --silent package -- --out "$VSIX" </dev/null \
  || fail_setup "vsce package"
log "$(du -k "$VSIX" | cut -f1) KB: $(unzip -l "$VSIX" 2>/dev/null | tail -n1 | awk '{print $2}') files"

log "4/6 install the .vsix into code-server"
timeout --kill-after=10 "$(left 120)" "$CS" --user-data-dir "$STATE/ud" --extensions-dir "$STATE/ext" \
  --install-extension "$VSIX" </dev/null || fail_setup "code-server --install-extension"
EXT_DIR=$(find "$STATE/ext" -mindepth 1 -maxdepth 1 -type d -name 'genelens.genelens-*' | head -n1)
[ -n "$EXT_DIR" ] && [ -f "$EXT_DIR/dist/extension.js" ] || fail_setup "the installed extension has no dist/extension.js"
log "installed in $EXT_DIR"

log "5/6 start code-server"
cp -r "$ROOT/test/vscode/fixtures" "$RUN/ws-ext"
cp -r "$ROOT/test/vscode/fixtures" "$RUN/ws-ui"
cat > "$STATE/ud/User/settings.json" <<'JSON'
{
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "editor.hover.delay": 100,
  "editor.minimap.enabled": false,
  "git.enabled": false,
  "chat.disableAIFeatures": true,
  "files.hotExit": "off"
}
JSON
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
EXT_RESULT="$RUN/ext-result.json"
UI_RESULT="$RUN/ui-result.json"
# In its own session, so that stopping it also stops the extension hosts and language servers it starts. The shell
# writes its pid (= the process group id) before exec'ing code-server: setsid may fork, so $! is not it.
GENELENS_TEST_RESULT="$EXT_RESULT" setsid sh -c 'echo $$ > "$0"; exec "$@"' "$STATE/cs.pid" \
  "$CS" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry \
  --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$STATE/ud" --extensions-dir "$STATE/ext" >"$STATE/cs.log" 2>&1 </dev/null &
for _ in $(seq 1 40); do [ -s "$STATE/cs.pid" ] && break; sleep 0.25; done
CS_PID=$(cat "$STATE/cs.pid" 2>/dev/null)
[ -n "$CS_PID" ] || fail_setup "code-server did not start"
URL="http://127.0.0.1:$PORT"
node -e '
  const deadline = Date.now() + 60000;
  (async () => {
    for (;;) {
      try { if ((await fetch(process.argv[1] + "/healthz")).ok) return; } catch {}
      if (Date.now() > deadline) { console.error("code-server did not answer on " + process.argv[1]); process.exit(1); }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();' "$URL" || { tail -n 20 "$STATE/cs.log"; fail_setup "code-server did not start"; }
log "code-server $(kill -0 $CS_PID 2>/dev/null && echo "pid $CS_PID") on $URL"

log "6/6 tests"
timeout --kill-after=10 "$(left 300)" node test/e2e/run-ext-tests.js --url "$URL" --workspace "$RUN/ws-ext" \
  --extension "$EXT_DIR" --result "$EXT_RESULT" --out "$OUT"
EXT_RC=$?
UI_ARGS=()
[ "${GENELENS_UPDATE_DOC_IMAGES:-0}" = 1 ] && UI_ARGS+=(--update-docs)
timeout --kill-after=10 "$(left 240)" node test/e2e/ui.test.js --url "$URL" --workspace "$RUN/ws-ui" --out "$OUT" \
  --result "$UI_RESULT" "${UI_ARGS[@]}"
UI_RC=$?
stop_code_server
# GeneLens' part of start-up in each window (exthost1: the API suite's, the last: the UI test's), from its log.
for f in "$STATE"/ud/logs/*/exthost*/genelens.genelens/GeneLens.log; do
  [ -f "$f" ] || continue
  grep -E "Server started in|Start-up, ms after" "$f" | sed "s|^|[e2e] $(basename "$(dirname "$(dirname "$f")")"): |"
done

# A stage that crashed or timed out without a result counts as one failure.
SUMMARY=$(node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const [file, rc] of [[process.argv[1], +process.argv[2]], [process.argv[3], +process.argv[4]]]) {
    let r; try { r = JSON.parse(fs.readFileSync(file, "utf8")); } catch { r = undefined; }
    if (!r || !Array.isArray(r.tests) || r.tests.length === 0) { failed += 1; continue; }
    passed += r.passed; failed += r.failed;
    if (rc !== 0 && r.failed === 0) failed += 1; // exited badly after passing tests: still a failure
  }
  console.log(passed + " " + failed);' "$EXT_RESULT" "$EXT_RC" "$UI_RESULT" "$UI_RC")
read -r PASSED FAILED <<<"$SUMMARY"
log "screenshots and logs in $OUT (extension host suite exit $EXT_RC, UI test exit $UI_RC)"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ] && [ "$EXT_RC" = 0 ] && [ "$UI_RC" = 0 ]
