// End-to-end: the Microsoft 365 Agents Playground (a Teams client emulator) talking to the real bot.
// Usage: node --experimental-websocket e2e.mjs  (PLAYGROUND=http://127.0.0.1:56150, BOT=http://127.0.0.1:3978)
// Drives install → welcome → free-text outcome → Action.Execute confirm (card replaced) → "who is due" →
// a proactive message, and asserts on what the Playground received over its conversation WebSocket.
import { openConversation, bot, json, cardOf, textOf, findAction } from './lib.mjs';

const c = await openConversation('e2e');
const { check } = c;

// 1-2. Install: the bot answers with its welcome (help) card, once.
let mark = c.mark();
await c.install();
const welcome = await c.waitFor(mark, e => e.action === 'createMessage' && cardOf(e));
check('install → welcome card', welcome && JSON.stringify(cardOf(welcome)).includes('RecruitBot'), JSON.stringify(c.since(mark)));
await new Promise(r => setTimeout(r, 1000));
check('welcome sent once', c.since(mark).filter(e => e.action === 'createMessage').length === 1, JSON.stringify(c.since(mark)));

// 3. Free text → confirmation card with an Action.Execute confirm button.
mark = c.mark();
const confirm = await c.ask(
  'Interviewed Priya Shah for the Senior Data Engineer role, strong SQL, weak on system design, we went with someone else. Check back in 3 months',
  e => findAction(cardOf(e), 'outcome.confirm'));
check('outcome text → confirmation card for Priya Shah', confirm && JSON.stringify(cardOf(confirm)).includes('Priya Shah'), JSON.stringify(c.since(mark)));

// 4. Confirm with Action.Execute: the invoke response replaces the card.
if (confirm) {
  const pressed = await c.press(confirm.message.messageId, findAction(cardOf(confirm), 'outcome.confirm'));
  const newCard = JSON.stringify(pressed.card ?? {});
  check('Action.Execute → card replaced with the logged outcome', /Logged|Saved|logged/.test(newCard) && newCard.includes('Priya Shah') && !newCard.includes('Log this outcome?'),
    `invoke=${JSON.stringify(pressed.response)} ws=${JSON.stringify(pressed.events())}`);
}

// 5. Who is due: Priya's next contact (18 Feb 2026) is in February.
mark = c.mark();
const due = await c.ask('who is due in February');
check('"who is due in February" → lists Priya Shah', due && textOf(due).includes('Priya Shah'), JSON.stringify(c.since(mark)));

// 6. Proactive: the bot's development-only trigger sends into the stored conversation.
mark = c.mark();
const sent = await json('POST', `${bot}/api/teams/dev/proactive`, { tenantId: c.config.tenantId, conversationId: c.conversationId, text: 'Proactive check-in: Priya Shah is due on 18 Feb.' });
const proactive = await c.waitFor(mark, e => e.action === 'createMessage' && textOf(e).includes('Proactive check-in'));
check('proactive message delivered', sent?.status === 'Sent' && proactive, `${JSON.stringify(sent)} ${JSON.stringify(c.since(mark))}`);

process.exit(c.close());
