// Shared driver for the Teams end-to-end scenarios: one Microsoft 365 Agents Playground conversation, the events it
// pushes over its WebSocket, and the client calls a Teams user makes (type a message, press an Action.Execute button).
// Every wait is bounded; a check prints PASS/FAIL and the scenario exits non-zero when any check failed.
import { execFileSync } from 'node:child_process';

export const playground = process.env.PLAYGROUND ?? 'http://127.0.0.1:56150';
export const bot = process.env.BOT ?? 'http://127.0.0.1:3978';

export const json = async (method, url, body) => {
  const r = await fetch(url, {
    method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30000),
  });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${url} → ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
};

const sleep = (ms) => new Promise(r => setTimeout(r, ms));

export const cardOf = (e) => e?.message?.attachments?.find(a => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
export const textOf = (e) => JSON.stringify(e?.message ?? {});

/** Every Action.Execute in a card: top-level actions, ActionSets in the body, nested containers, and show-cards. */
export const actionsOf = (card) => {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'Action.Execute') found.push(node);
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return found;
};

/** The Adaptive Card in an invoke response (`{ statusCode, type, value }`, possibly wrapped in `body`). */
export const invokeCardOf = (response) => {
  const body = response?.body ?? response;
  return body?.type === 'application/vnd.microsoft.card.adaptive' ? body.value : undefined;
};

/** The actions of the Container that is headed by a TextBlock reading exactly `heading` (one item of a list card). */
export const actionsUnder = (card, heading) => {
  let found;
  const walk = (node) => {
    if (found || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node.type === 'Container' && node.items?.some(i => i.type === 'TextBlock' && i.text === heading)) { found = node; return; }
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return found ? actionsOf(found) : [];
};

/** Visible text of a card (TextBlocks and facts), for assertions that should not depend on layout. */
export const cardText = (card) => {
  const parts = [];
  const walk = (node) => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'TextBlock') parts.push(node.text);
    if (node.type === 'FactSet') node.facts?.forEach(f => parts.push(`${f.title}: ${f.value}`));
    for (const [key, value] of Object.entries(node)) if (key !== 'data' && key !== 'fallback') walk(value);
  };
  walk(card);
  return parts.join('\n');
};

/** Rows from the bot's SQLite file (DB), read with python3's sqlite3 module: the store, not what the bot says. */
export const sql = (query, ...params) => {
  const db = process.env.DB;
  if (!db) throw new Error('DB (the bot\'s SQLite file) is not set');
  const script = 'import json,sqlite3,sys\nc=sqlite3.connect("file:"+sys.argv[1]+"?mode=ro",uri=True)\nc.row_factory=sqlite3.Row\n'
    + 'print(json.dumps([dict(r) for r in c.execute(sys.argv[2],json.loads(sys.argv[3]))]))';
  const out = execFileSync('python3', ['-c', script, db, query, JSON.stringify(params)], { timeout: 10000, encoding: 'utf8' });
  return JSON.parse(out);
};

export async function openConversation(name = 'e2e') {
  let failures = 0;
  const events = [];
  const { config } = await json('GET', `${playground}/_internal/v1/config`);
  const conversationId = config.personalChat.id;
  const from = { id: config.currentUser.id, name: config.currentUser.name, aadObjectId: config.currentUser.aadObjectId };

  const ws = new WebSocket(`${playground.replace('http', 'ws')}/_ws_conversation/v1/conversations/stream`);
  ws.onmessage = (m) => { try { events.push(JSON.parse(String(m.data))); } catch { /* keep-alives */ } };
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });

  const c = {
    name, config, conversationId, from, events,
    get failures() { return failures; },
    mark: () => events.length,
    since: (n) => events.slice(n),

    check(name, ok, detail) {
      console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || detail === undefined ? '' : `\n     ${String(detail).slice(0, 2000)}`}`);
      if (!ok) failures++;
      return ok;
    },

    /** The first event at or after `mark` that matches, or undefined after `timeoutMs`. */
    async waitFor(mark, predicate, timeoutMs = 10000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = events.slice(mark).find(predicate);
        if (hit || Date.now() > deadline) return hit;
        await sleep(50);
      }
    },

    install: () => json('POST', `${playground}/_debug/conversation/${conversationId}/installation`, {}),

    say: (text) => json('POST', `${playground}/_conversation/v1/conversations/${conversationId}/messages`, { from, textFormat: 'plain', text }),

    /** Types `text` and waits for the bot's first message after it that matches `predicate` (any message by default). */
    async ask(text, predicate = () => true, timeoutMs = 10000) {
      const mark = events.length;
      await c.say(text);
      return c.waitFor(mark, e => e.action === 'createMessage' && predicate(e), timeoutMs);
    },

    /**
     * Presses an Action.Execute button of a card the bot sent (`messageId` is the card's activity): the verb and data
     * are the card's own, signature included, with the user's `inputs` merged in as a Teams client does.
     */
    async press(messageId, action, inputs = {}) {
      if (!action?.verb) throw new Error(`no such button on message ${messageId}`);
      const mark = events.length;
      const response = await json('POST', `${playground}/_conversation/v1/invoke`, {
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...(action.data ?? {}), ...inputs } }, trigger: 'manual' },
        from, conversation: { id: conversationId }, replyToId: messageId,
      });
      // Teams replaces the card with the invoke response's card. A turn over the inline budget answers "working on
      // it" instead and later updates the message through the connector, which the Playground streams as updateMessage.
      let card = invokeCardOf(response);
      if (!card) card = cardOf(await c.waitFor(mark, e => e.action === 'updateMessage' && cardOf(e), 5000));
      return { response, card, events: () => events.slice(mark) };
    },

    close() {
      ws.close();
      console.log(failures === 0 ? `${name}: all checks passed` : `${name}: ${failures} check(s) failed`);
      return failures === 0 ? 0 : 1;
    },
  };
  return c;
}

export const findAction = (card, verb, match = () => true) => actionsOf(card).find(a => a.verb === verb && match(a));
