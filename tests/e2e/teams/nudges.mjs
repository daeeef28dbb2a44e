// Nudges end to end through the Agents Playground (issue 5): an outcome logged with a short follow-up; with the
// business clock advanced (the bot restarted on the same SQLite file, RECRUITBOT_NOW two days later at 09:00) the
// hosted planner and outbox dispatcher deliver the nudge card proactively; Contacted → "not interested" from the
// received card is stored and the card is updated in place.
// PHASE=log    (clock at 18 Nov 2025 09:00): log Dana Fox with "check back in 2 days" and confirm.
// PHASE=nudge  (run before the restarted bot is up): opens the stream, touches READY, then waits for the nudge.
// Usage as e2e.mjs, plus DB=<the bot's SQLite file>.
import { writeFileSync } from 'node:fs';
import { openConversation, cardOf, cardText, findAction, actionsUnder, sql } from './lib.mjs';

const phase = process.env.PHASE;
const c = await openConversation(`nudges (${phase})`);
const { check } = c;
const dana = () => sql("select * from Candidates where DisplayName = 'Dana Fox'");

if (phase === 'log') {
  const mark = c.mark();
  const confirm = await c.ask('Interviewed Dana Fox for Backend Engineer, good API design, went with someone else. Check back in 2 days',
    e => findAction(cardOf(e), 'outcome.confirm'));
  const shown = cardText(cardOf(confirm));
  check('short follow-up → confirmation card: Dana Fox, next contact 20 Nov 2025', /Dana Fox/.test(shown) && /Next contact: 20 Nov 2025/.test(shown),
    shown || JSON.stringify(c.since(mark)).slice(0, 1500));
  if (confirm) {
    const pressed = await c.press(confirm.message.messageId, findAction(cardOf(confirm), 'outcome.confirm'));
    check('Confirm → "Logged ✓ Dana Fox … next contact 20 Nov 2025"', /Logged/.test(cardText(pressed.card)) && /Dana Fox.*20 Nov 2025/.test(cardText(pressed.card)),
      JSON.stringify(pressed.response).slice(0, 1500));
  }
  const rows = dana();
  check('stored: Dana Fox due 2025-11-20, no nudge planned yet', rows.length === 1 && rows[0].NextContactOn === '2025-11-20'
    && sql("select count(*) n from Outbox where Kind = 'nudge'")[0].n === 0, JSON.stringify(rows));
} else if (phase === 'nudge') {
  writeFileSync(process.env.READY, 'listening\n');
  // The restarted bot plans at start-up and its dispatcher sends on its next poll; nothing is typed here first.
  const nudge = await c.waitFor(0, e => e.action === 'createMessage' && findAction(cardOf(e), 'nudge.contacted'), 60000);
  const card = cardOf(nudge);
  const shown = cardText(card);
  const danaActions = actionsUnder(card, 'Dana Fox');
  check('clock +2 days → nudge card delivered proactively, Dana Fox with her buttons',
    nudge && /due for a check-in/.test(shown) && /you asked: "in 2 days"/.test(shown) && danaActions.some(a => a.verb === 'nudge.contacted')
      && c.events.find(e => e.action === 'createMessage') === nudge,
    shown || JSON.stringify(c.events).slice(0, 1500));
  const outbox = sql("select ChannelId, Recipient, Status from Outbox where Kind = 'nudge'");
  check('outbox: one nudge, msteams, to this user, Sent', outbox.length === 1 && outbox[0].ChannelId === 'msteams' && outbox[0].Status === 'Sent'
    && [c.from.aadObjectId, c.from.id].map(id => `user:${id}`).includes(outbox[0].Recipient), JSON.stringify(outbox));

  const contactedButton = danaActions.find(a => a.verb === 'nudge.contacted');
  if (contactedButton) {
    // Contacted: the card's own (signed) action; the answer is the same card asking how Dana responded.
    const contacted = await c.press(nudge.message.messageId, contactedButton);
    const responses = actionsUnder(contacted.card, 'Dana Fox').filter(a => a.verb === 'outreach.respond');
    check('Contacted → card updated to ask how Dana responded (interested … not interested …)',
      /How did Dana respond\?/.test(cardText(contacted.card)) && responses.some(a => a.title === 'Not interested'),
      JSON.stringify(contacted.response).slice(0, 1500));

    const notInterested = responses.find(a => a.title === 'Not interested');
    if (notInterested) {
      const done = await c.press(nudge.message.messageId, notInterested);
      const after = cardText(done.card);
      check('"Not interested" → card updated: Done, next contact in a year, Dana\'s buttons gone',
        /Done:\*\* Contacted 20 Nov 2025: not interested\. Next contact 20 Nov 2026\./.test(after)
          && !actionsUnder(done.card, 'Dana Fox').some(a => a.verb === 'nudge.contacted' || a.verb === 'outreach.respond'),
        after || JSON.stringify(done.response).slice(0, 1500));

      const again = await c.press(nudge.message.messageId, notInterested);
      check('pressing it again changes nothing (same card, one contact note)', /not interested/.test(cardText(again.card))
        && sql("select count(*) n from Notes where Kind = 'Contact'")[0].n === 1, cardText(again.card) || JSON.stringify(again.response));
    }

    const [row] = dana();
    const notes = sql("select n.Kind, n.Text from Notes n join Candidates c on c.Id = n.CandidateId where c.DisplayName = 'Dana Fox'");
    const actions = sql('select Action, Summary from NudgeActions');
    check('stored: contact note "not interested", next contact 2026-11-20, nudge action applied once',
      row?.NextContactOn === '2026-11-20' && /^not interested/.test(row?.NextContactWhy ?? '') && row?.LastContactAtUtc?.startsWith('2025-11-20')
        && notes.length === 1 && notes[0].Kind === 'Contact' && /not interested/.test(notes[0].Text)
        && actions.length === 1 && actions[0].Action === 'contacted' && /not interested/.test(actions[0].Summary),
      JSON.stringify({ row, notes, actions }));

    const history = await c.ask('show Dana Fox', e => /Dana Fox/.test(cardText(cardOf(e)) + (e.message?.text ?? '')));
    const timeline = cardText(cardOf(history)) + (history?.message?.text ?? '');
    check('"show Dana Fox" → history has the contact (not interested) and the next contact', /20 Nov 2025\*\* contacted: not interested/.test(timeline)
      && /20 Nov 2026/.test(timeline), timeline);
  }
} else {
  console.error('PHASE must be log or nudge');
  process.exit(2);
}

process.exit(c.close());
