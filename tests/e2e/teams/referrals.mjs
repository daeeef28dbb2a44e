// Referrals end to end through the Agents Playground (issue 6): a free-text referral, the bot asking for what is
// missing, the confirm card, Confirm pressed from the received card, then "my referrals" and the store agree.
// Needs the conversation installed (e2e.mjs runs first). Usage as e2e.mjs, plus DB=<the bot's SQLite file>.
import { openConversation, cardOf, cardText, findAction, sql } from './lib.mjs';

const c = await openConversation('referrals');
const { check } = c;
const said = (e) => e?.message?.text ?? cardText(cardOf(e));

// 1. The referral text carries name, role, contact and relationship, but not why nor consent.
let mark = c.mark();
let reply = await c.ask('refer Alex Kim for the Backend Engineer opening, alex.kim@example.com, we worked together at Contoso');
const questions = [];
// 2. Answer what the bot asks until it shows the confirm card (bounded: one answer per missing piece).
for (let round = 0; reply && !findAction(cardOf(reply), 'referral.confirm') && round < 4; round++) {
  const question = said(reply);
  questions.push(question);
  if (/agree|consent/i.test(question)) reply = await c.ask('yes, Alex agreed');
  else if (/why|good fit/i.test(question)) reply = await c.ask('Strong Go and Postgres, led the payments API rewrite');
  else break;
}
check('referral text → the bot asks why and whether Alex agreed (consent)',
  questions.some(q => /why/i.test(q)) && questions.some(q => /agree/i.test(q)) && !questions.some(q => /reach|email/i.test(q)),
  `${JSON.stringify(questions)} ${JSON.stringify(c.since(mark)).slice(0, 1500)}`);

const card = cardOf(reply);
const shown = cardText(card);
check('answers → confirm card with every field',
  findAction(card, 'referral.confirm') && ['Alex Kim', 'alex.kim@example.com', 'Backend Engineer', 'we worked together at Contoso', 'payments API'].every(s => shown.includes(s))
    && /Agreed to be referred: yes/.test(shown),
  shown || JSON.stringify(c.since(mark)).slice(0, 1500));
check('nothing stored before Confirm', sql("select count(*) n from Referrals").at(0).n === 0, JSON.stringify(sql('select * from Referrals')));

// 3. Press Confirm from the received card (its signed data as sent): the card is replaced by the saved notice.
if (card) {
  const pressed = await c.press(reply.message.messageId, findAction(card, 'referral.confirm'));
  const after = cardText(pressed.card);
  check('Confirm → card replaced with "Referral saved ✓"', /Referral saved/.test(after) && after.includes('Alex Kim') && !findAction(pressed.card, 'referral.confirm'),
    `invoke=${JSON.stringify(pressed.response).slice(0, 1500)} ws=${JSON.stringify(pressed.events()).slice(0, 1000)}`);
}

// 4. The referrer sees it, and the store has exactly this referral.
mark = c.mark();
const mine = await c.ask('my referrals');
const list = said(mine);
check('"my referrals" lists Alex Kim for Backend Engineer', list.includes('Alex Kim') && list.includes('Backend Engineer'), list || JSON.stringify(c.since(mark)));

const rows = sql(`select r.RoleTitle, r.Relationship, r.Why, r.Consent, r.Status, r.ReferrerUserId, c.DisplayName, c.Email
                  from Referrals r join Candidates c on c.Id = r.CandidateId`);
const row = rows[0] ?? {};
check('stored: one referral of Alex Kim (email, role, relationship, why, consent yes) by this user',
  rows.length === 1 && row.DisplayName === 'Alex Kim' && row.Email === 'alex.kim@example.com' && row.RoleTitle === 'Backend Engineer'
    && row.Relationship === 'we worked together at Contoso' && /payments API/.test(row.Why) && row.Consent === 'Yes'
    && [c.from.aadObjectId, c.from.id].includes(row.ReferrerUserId),
  JSON.stringify(rows));

process.exit(c.close());
