// End-to-end: the Microsoft 365 Agents Playground (a Teams client emulator) talking to the real bot.
// Usage: node --experimental-websocket e2e.mjs  (PLAYGROUND=http://127.0.0.1:56150, BOT=http://127.0.0.1:3978)
// Drives install → welcome → free-text outcome → Action.Execute confirm (card replaced) → "who is due" →
// a proactive message, and asserts on what the Playground received over its conversation WebSocket.
const playground = process.env.PLAYGROUND ?? 'http://127.0.0.1:56150';
const bot = process.env.BOT ?? 'http://127.0.0.1:3978';
const events = [];
let failures = 0;

const json = async (method, url, body) => {
  const r = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${url} → ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
};

const check = (name, ok, detail) => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || detail === undefined ? '' : `\n     ${String(detail).slice(0, 2000)}`}`);
  if (!ok) failures++;
};

const waitFor = async (predicate, timeoutMs = 10000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = events.find(predicate);
    if (hit || Date.now() > deadline) return hit;
    await new Promise(r => setTimeout(r, 50));
  }
};

const cardOf = (e) => e?.message?.attachments?.find(a => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
const textOf = (e) => JSON.stringify(e?.message ?? {});
const since = (n) => (e) => events.indexOf(e) >= n;

const { config } = await json('GET', `${playground}/_internal/v1/config`);
const conversationId = config.personalChat.id;
const from = { id: config.currentUser.id, name: config.currentUser.name, aadObjectId: config.currentUser.aadObjectId };

const ws = new WebSocket(`${playground.replace('http', 'ws')}/_ws_conversation/v1/conversations/stream`);
ws.onmessage = (m) => { try { events.push(JSON.parse(String(m.data))); } catch { /* keep-alives */ } };
await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });

// 1-2. Install: the bot answers with its welcome (help) card, once.
let mark = events.length;
await json('POST', `${playground}/_debug/conversation/${conversationId}/installation`, {});
const welcome = await waitFor(e => since(mark)(e) && e.action === 'createMessage' && cardOf(e));
check('install → welcome card', welcome && JSON.stringify(cardOf(welcome)).includes('RecruitBot'), JSON.stringify(events.slice(mark)));
await new Promise(r => setTimeout(r, 1000));
check('welcome sent once', events.slice(mark).filter(e => e.action === 'createMessage').length === 1, JSON.stringify(events.slice(mark)));

// 3. Free text → confirmation card with an Action.Execute confirm button.
mark = events.length;
await json('POST', `${playground}/_conversation/v1/conversations/${conversationId}/messages`, {
  from, textFormat: 'plain',
  text: 'Interviewed Priya Shah for the Senior Data Engineer role, strong SQL, weak on system design, we went with someone else. Check back in 3 months',
});
const confirm = await waitFor(e => since(mark)(e) && e.action === 'createMessage' && cardOf(e)?.actions?.some(a => a.verb === 'outcome.confirm'));
check('outcome text → confirmation card for Priya Shah', confirm && JSON.stringify(cardOf(confirm)).includes('Priya Shah'), JSON.stringify(events.slice(mark)));

// 4. Confirm with Action.Execute: the invoke response replaces the card.
if (confirm) {
  const action = cardOf(confirm).actions.find(a => a.verb === 'outcome.confirm');
  mark = events.length;
  const invoke = await json('POST', `${playground}/_conversation/v1/invoke`, {
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' },
    from, conversation: { id: conversationId }, replyToId: confirm.message.messageId,
  });
  const replaced = await waitFor(e => since(mark)(e) && e.action === 'updateMessage', 5000);
  const newCard = JSON.stringify(invoke ?? {}) + JSON.stringify(replaced ?? {});
  check('Action.Execute → card replaced with the logged outcome', /Logged|Saved|logged/.test(newCard) && newCard.includes('Priya Shah') && !JSON.stringify(replaced ?? invoke).includes('Log this outcome?'),
    `invoke=${JSON.stringify(invoke)} ws=${JSON.stringify(events.slice(mark))}`);
}

// 5. Who is due: Priya's next contact (18 Feb 2026) is in February.
mark = events.length;
await json('POST', `${playground}/_conversation/v1/conversations/${conversationId}/messages`, { from, textFormat: 'plain', text: 'who is due in February' });
const due = await waitFor(e => since(mark)(e) && e.action === 'createMessage');
check('"who is due in February" → lists Priya Shah', due && textOf(due).includes('Priya Shah'), JSON.stringify(events.slice(mark)));

// 6. Proactive: the bot's development-only trigger sends into the stored conversation.
mark = events.length;
const sent = await json('POST', `${bot}/api/teams/dev/proactive`, { tenantId: config.tenantId, conversationId, text: 'Proactive check-in: Priya Shah is due on 18 Feb.' });
const proactive = await waitFor(e => since(mark)(e) && e.action === 'createMessage' && textOf(e).includes('Proactive check-in'));
check('proactive message delivered', sent?.status === 'Sent' && proactive, `${JSON.stringify(sent)} ${JSON.stringify(events.slice(mark))}`);

ws.close();
console.log(failures === 0 ? 'e2e: all checks passed' : `e2e: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
