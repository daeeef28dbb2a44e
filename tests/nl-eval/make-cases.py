#!/usr/bin/env python3
"""Writes cases.jsonl: hiring-manager messages with hand-decided gold under the nl-eval README conventions.

The gold values are computed here from the conventions (calendar months, Monday weeks, two values when the
year is unstated, exclusive range ends), never from a recognizer's output. Run: python3 make-cases.py
"""
import calendar, json, os
from datetime import date, timedelta

def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def ymd(d): return d.isoformat()
def monday(d): return d - timedelta(days=d.weekday())
def iso_week(d):
    y, w, _ = d.isocalendar(); return f"{y:04d}-W{w:02d}"

UNIT = {'day': (1, 'D', 86400), 'week': (7, 'W', 604800), 'month': (None, 'M', 2592000), 'year': (None, 'Y', 31536000)}
def plus(ref, n, unit):
    if unit == 'day': return ref + timedelta(days=n)
    if unit == 'week': return ref + timedelta(days=7 * n)
    if unit == 'month': return add_months(ref, n)
    return add_months(ref, 12 * n)

# ---- entity builders: each returns (entity_values, type, followup_windows, kind)
def E_in(n, unit):
    def f(ref):
        d = plus(ref, n, unit)
        return 'date', [{'timex': ymd(d), 'type': 'date', 'value': ymd(d)}], [[ymd(d), ymd(d)]], 'duration'
    return f

def E_in_vague(n, unit, lo, hi):
    def f(ref):
        d = plus(ref, n, unit)
        return 'date', [{'timex': ymd(d), 'type': 'date', 'value': ymd(d)}], [[ymd(plus(ref, lo, unit)), ymd(plus(ref, hi, unit))]], 'vague-duration'
    return f

def E_dur(n, unit):
    def f(ref):
        _, letter, secs = UNIT[unit]
        return 'duration', [{'timex': f'P{n}{letter}', 'type': 'duration', 'value': str(secs * n)}], [[ymd(plus(ref, n, unit))] * 2], 'duration'
    return f

def E_unit_range(a, b, unit):
    def f(ref):
        s, e = plus(ref, a, unit), plus(ref, b, unit)
        return 'daterange', [{'timex': f'({ymd(s)},{ymd(e)},P{(e - s).days}D)', 'type': 'daterange', 'start': ymd(s), 'end': ymd(e)}], [[ymd(s), ymd(e)]], 'range'
    return f

def E_day(offset):
    def f(ref):
        d = ref + timedelta(days=offset)
        return 'date', [{'timex': ymd(d), 'type': 'date', 'value': ymd(d)}], [[ymd(d), ymd(d)]], 'relative-day'
    return f

def E_rel_weekday(wd, shift):  # shift 0 = this week, 7 = next week, -7 = last week
    def f(ref):
        d = monday(ref) + timedelta(days=shift + wd)
        return 'date', [{'timex': ymd(d), 'type': 'date', 'value': ymd(d)}], [[ymd(d), ymd(d)]], 'weekday'
    return f

def E_weekday(wd):
    def f(ref):
        back = (ref.weekday() - wd) % 7 or 7
        fwd = (wd - ref.weekday()) % 7 or 7
        p, n = ref - timedelta(days=back), ref + timedelta(days=fwd)
        tx = f'XXXX-WXX-{wd + 1}'
        return 'date', [{'timex': tx, 'type': 'date', 'value': ymd(p)}, {'timex': tx, 'type': 'date', 'value': ymd(n)}], [[ymd(n), ymd(n)]], 'weekday'
    return f

def E_rel_period(period, shift):
    def f(ref):
        if period == 'week':
            s = monday(ref) + timedelta(days=7 * shift); e = s + timedelta(days=7); tx = iso_week(s)
        elif period == 'month':
            s = add_months(date(ref.year, ref.month, 1), shift); e = add_months(s, 1); tx = s.strftime('%Y-%m')
        elif period == 'quarter':
            q0 = date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1); s = add_months(q0, 3 * shift); e = add_months(s, 3)
            tx = f'({ymd(s)},{ymd(e)},P3M)'
        else:
            s = date(ref.year + shift, 1, 1); e = date(ref.year + shift + 1, 1, 1); tx = f'{s.year:04d}'
        return 'daterange', [{'timex': tx, 'type': 'daterange', 'start': ymd(s), 'end': ymd(e)}], [[ymd(s), ymd(e - timedelta(days=1))]], 'period'
    return f

def E_edge(period, mod, shift=0):  # end/start of month/quarter/year
    def f(ref):
        if period == 'month':
            first = add_months(date(ref.year, ref.month, 1), shift); nxt = add_months(first, 1); tx = first.strftime('%Y-%m')
            half = first + timedelta(days=15)
        elif period == 'quarter':
            first = add_months(date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1), 3 * shift); nxt = add_months(first, 3)
            tx = f'({ymd(first)},{ymd(nxt)},P3M)'; half = add_months(first, 2) if mod == 'end' else add_months(first, 1)
        else:
            first = date(ref.year + shift, 1, 1); nxt = date(first.year + 1, 1, 1); tx = f'{first.year:04d}'; half = date(first.year, 7, 1)
        s, e = (half, nxt) if mod == 'end' else (first, half)
        return 'daterange', [{'timex': tx, 'type': 'daterange', 'start': ymd(s), 'end': ymd(e), 'mod': mod}], [[ymd(s), ymd(e - timedelta(days=1))]], 'period-edge'
    return f

def E_month(m, mod=None, year=None):
    def f(ref):
        if year: years = [year]
        else: years = [ref.year if m <= ref.month else ref.year - 1, ref.year if m >= ref.month else ref.year + 1]
        tx = f'{years[0]:04d}-{m:02d}' if year else f'XXXX-{m:02d}'
        vals = []
        for y in years:
            first = date(y, m, 1); nxt = add_months(first, 1)
            s, e = {'start': (first, first + timedelta(days=15)), 'end': (first + timedelta(days=15), nxt), None: (first, nxt)}[mod]
            v = {'timex': tx, 'type': 'daterange', 'start': ymd(s), 'end': ymd(e)}
            if mod: v['mod'] = mod
            vals.append(v)
        fut = vals[-1]
        last = date.fromisoformat(fut['end']) - timedelta(days=1)
        return 'daterange', vals, [[fut['start'], ymd(last)]], 'month'
    return f

def E_month_day(m, d, year=None):
    def f(ref):
        if year:
            x = date(year, m, d); return 'date', [{'timex': ymd(x), 'type': 'date', 'value': ymd(x)}], [[ymd(x), ymd(x)]], 'calendar-date'
        this = date(ref.year, m, d)
        past = this if this < ref else date(ref.year - 1, m, d)
        fut = this if this >= ref else date(ref.year + 1, m, d)
        tx = f'XXXX-{m:02d}-{d:02d}'
        return 'date', [{'timex': tx, 'type': 'date', 'value': ymd(past)}, {'timex': tx, 'type': 'date', 'value': ymd(fut)}], [[ymd(fut), ymd(fut)]], 'calendar-date'
    return f

def E_quarter(q, year=None):
    def f(ref):
        cur = (ref.month - 1) // 3 + 1
        def rng(y):
            s = date(y, 3 * q - 2, 1); return s, add_months(s, 3)
        if year:
            s, e = rng(year)
            return 'daterange', [{'timex': f'({ymd(s)},{ymd(e)},P3M)', 'type': 'daterange', 'start': ymd(s), 'end': ymd(e)}], [[ymd(s), ymd(e - timedelta(days=1))]], 'quarter'
        ps, pe = rng(ref.year if q <= cur else ref.year - 1)
        fs, fe = rng(ref.year if q >= cur else ref.year + 1)
        tx = f'(XXXX-{ps.month:02d}-01,XXXX-{pe.month:02d}-01,P3M)'
        return 'daterange', [{'timex': tx, 'type': 'daterange', 'start': ymd(ps), 'end': ymd(pe)},
                             {'timex': tx, 'type': 'daterange', 'start': ymd(fs), 'end': ymd(fe)}], [[ymd(fs), ymd(fe - timedelta(days=1))]], 'quarter'
    return f

SEASON = {'SP': ((3, 1), (6, 20)), 'SU': ((6, 21), (9, 22)), 'FA': ((9, 23), (12, 20)), 'WI': ((12, 21), (3, 19))}
def E_season(code, shift):
    def f(ref):
        y = ref.year + shift
        (sm, sd), (em, ed) = SEASON[code]
        ey = y + 1 if code == 'WI' else y
        return 'daterange', [{'timex': f'{y:04d}-{code}', 'type': 'daterange', 'value': 'not resolved'}], [[ymd(date(y, sm, 1 if code != 'WI' else 1)), ymd(date(ey, em, ed))]], 'season'
    return f

def E_numeric(y, m, d):
    def f(ref):
        x = date(y, m, d); return 'date', [{'timex': ymd(x), 'type': 'date', 'value': ymd(x)}], [[ymd(x), ymd(x)]], 'numeric-date'
    return f

def E_early_next_year():
    def f(ref):
        s = date(ref.year + 1, 1, 1); e = date(ref.year + 1, 7, 1)
        return 'daterange', [{'timex': f'{s.year}', 'type': 'daterange', 'start': ymd(s), 'end': ymd(e), 'mod': 'start'}], [[ymd(s), ymd(e - timedelta(days=1))]], 'period-edge'
    return f

R = {
    'tue': ('2025-11-18T09:00:00', date(2025, 11, 18)), 'fri': ('2025-11-21T16:30:00', date(2025, 11, 21)),
    'mon': ('2026-01-05T10:15:00', date(2026, 1, 5)), 'wed': ('2025-06-11T14:00:00', date(2025, 6, 11)),
    'mar': ('2026-03-02T08:45:00', date(2026, 3, 2)), 'sun': ('2025-09-28T19:00:00', date(2025, 9, 28)),
    'thu': ('2026-02-26T11:20:00', date(2026, 2, 26)),
}

CASES = []
def C(input, ref, category, tags, dates=(), cands=(), fu_windows=None):
    CASES.append((input, ref, category, tags, list(dates), list(cands), fu_windows or {}))

N = None
# ---------------------------------------------------------------- hand-written
C("Interviewed Priya Shah for the Senior Data Engineer role — strong SQL, weak on system design, we went with someone else. Check back in 3 months",
  'tue', 'duration', ['issue-example'], [("in 3 months", E_in(3, 'month'))], [("Priya Shah", "Senior Data Engineer", "runner-up", "in 3 months")])
C("Priya Shah runner-up for QA Lead, Tom Lee rejected - weak on testing", 'tue', 'no-date', ['multi-candidate'],
  [], [("Priya Shah", "QA Lead", "runner-up", N), ("Tom Lee", N, "rejected", N)])
C("interviewed priya shah for backend eng, rejcted, not a fit. no follow up", 'tue', 'no-date', ['lowercase', 'typo', 'no-follow-up'],
  [], [("Priya Shah", "backend eng", "rejected", N)])
C("April Chen 👍 hired for Backend Engineer 🎉", 'tue', 'no-date', ['emoji', 'month-name'], [], [("April Chen", "Backend Engineer", "hired", N)])
C("May Robinson wihdrew - took another offer", 'fri', 'no-date', ['month-name', 'typo'], [], [("May Robinson", N, "withdrew", N)])
C("June declned the offer, comp expectations too high. ping her in Q3", 'tue', 'quarter', ['month-name', 'typo'],
  [("q3", E_quarter(3))], [("June", N, "declined-offer", "q3")])
C("Tom Lee (QA Lead) runnerup, can't relocate, worth another look in 6 months", 'tue', 'duration', ['typo'],
  [("in 6 months", E_in(6, 'month'))], [("Tom Lee", "QA Lead", "runner-up", "in 6 months")])
C("Sam Ortiz on hold, req frozen - revisit next month", 'tue', 'period', [], [("next month", E_rel_period('month', 1))],
  [("Sam Ortiz", N, "on-hold", "next month")])
C("hired jordan kim as frontend eng, starts Monday", 'tue', 'weekday', ['lowercase'], [("monday", E_weekday(0))],
  [("Jordan Kim", "frontend eng", "hired", N)])
C("Rejected. Not a fit.", 'tue', 'no-date', ['no-name'], [], [(N, N, "rejected", N)])
C("Maya Patel for the SRE position: runner up, really close. circle back in a year", 'fri', 'duration', [],
  [("in a year", E_in(1, 'year'))], [("Maya Patel", "SRE", "runner-up", "in a year")])
C("Liam O'Connor withdrew, accepted a counter offer. Try again 3 months from now", 'mon', 'duration', [],
  [("3 months from now", E_in(3, 'month'))], [("Liam O'Connor", N, "withdrew", "3 months from now")])
C("Noah Williams declined our offer (wants remote only). reach out in 2 weeks to see if anything changed", 'wed', 'duration', [],
  [("in 2 weeks", E_in(2, 'week'))], [("Noah Williams", N, "declined-offer", "in 2 weeks")])
C("Olivia Brown - Staff Engineer - hired! starts next week", 'tue', 'period', [], [("next week", E_rel_period('week', 1))],
  [("Olivia Brown", "Staff Engineer", "hired", N)])
C("ethan clark passed on, too junior for the Principal Architect opening. don't follow up", 'mar', 'no-date', ['lowercase', 'no-follow-up'],
  [], [("Ethan Clark", "Principal Architect", "rejected", N)])
C("Ava Martinez runner-up for Product Designer; great portfolio, needs visa sponsorship. revisit next spring", 'tue', 'season', [],
  [("next spring", E_season('SP', 1))], [("Ava Martinez", "Product Designer", "runner-up", "next spring")])
C("Lucas Garcia on hold, budget freeze. revisit end of the quarter", 'tue', 'period-edge', [],
  [("end of the quarter", E_edge('quarter', 'end'))], [("Lucas Garcia", N, "on-hold", "end of the quarter")])
C("Mia Wilson close second for Data Analyst, check back early January", 'tue', 'month', [],
  [("early january", E_month(1, 'start'))], [("Mia Wilson", "Data Analyst", "runner-up", "early january")])
C("Ben Carter rejected, ping him next Tuesday about the other req", 'tue', 'weekday', [],
  [("next tuesday", E_rel_weekday(1, 7))], [("Ben Carter", N, "rejected", "next tuesday")])
C("chloe adams hird!! 🎉🎉 QA Lead, offer signed tmrw", 'tue', 'relative-day', ['lowercase', 'typo', 'emoji'],
  [("tmrw", E_day(1))], [("Chloe Adams", "QA Lead", "hired", N)])
C("Grace Lee withdrew from the ML Engineer process, follow up tomorrow to ask why", 'fri', 'relative-day', [],
  [("tomorrow", E_day(1))], [("Grace Lee", "ML Engineer", "withdrew", "tomorrow")])
C("Henry Young runner-up (Senior Backend Engineer). check back EOM", 'tue', 'period-edge', [],
  [("eom", E_edge('month', 'end'))], [("Henry Young", "Senior Backend Engineer", "runner-up", "eom")])
C("Zoe King declined the offer, took more money elsewhere. reconnect end of year", 'mar', 'period-edge', [],
  [("end of year", E_edge('year', 'end'))], [("Zoe King", N, "declined-offer", "end of year")])
C("Nora Scott runner up for Platform Engineer, can start March 15", 'tue', 'calendar-date', [],
  [("march 15", E_month_day(3, 15))], [("Nora Scott", "Platform Engineer", "runner-up", N)])
C("David Kim rejected for DevOps Engineer - revisit on 03/04/2027", 'tue', 'numeric-date', [],
  [("03/04/2027", E_numeric(2027, 3, 4))], [("David Kim", "DevOps Engineer", "rejected", "03/04/2027")])
C("Elena Rossi on hold, reopen 15/03/2026", 'tue', 'numeric-date', [],
  [("15/03/2026", E_numeric(2026, 3, 15))], [("Elena Rossi", N, "on-hold", "15/03/2026")])
C("Ryan Hall withdrew. pulled out after the onsite, notice period of 3 months. check in in 4-6 weeks", 'tue', 'range', [],
  [("3 months", E_dur(3, 'month')), ("in 4-6 weeks", E_unit_range(4, 6, 'week'))], [("Ryan Hall", N, "withdrew", "in 4-6 weeks")])
C("Isabella Lopez runner-up for Frontend Engineer, ping in a couple of weeks", 'wed', 'vague-duration', [],
  [("in a couple of weeks", E_in_vague(2, 'week', 1, 3))], [("Isabella Lopez", "Frontend Engineer", "runner-up", "in a couple of weeks")])
C("Omar Haddad - on hold, re-engage in a few months", 'sun', 'vague-duration', [],
  [("in a few months", E_in_vague(3, 'month', 2, 4))], [("Omar Haddad", N, "on-hold", "in a few months")])
C("Interviewed May Robinson and April Chen for Data Scientist. May was rejected, April is the runner-up - check back with April in Q1",
  'tue', 'quarter', ['month-name', 'multi-candidate'], [("q1", E_quarter(1))],
  [("May Robinson", "Data Scientist", "rejected", N), ("April Chen", "Data Scientist", "runner-up", "q1")])
C("June Park asked not to be contacted again. rejected.", 'tue', 'no-date', ['month-name', 'do-not-contact'], [], [("June Park", N, "rejected", N)])
C("Kevin Nguyen ❌ rejected, not worth revisiting", 'fri', 'no-date', ['emoji', 'no-follow-up'], [], [("Kevin Nguyen", N, "rejected", N)])
C("👍 Sara Ali hired as Engineering Manager, joins next month", 'tue', 'period', ['emoji'], [("next month", E_rel_period('month', 1))],
  [("Sara Ali", "Engineering Manager", "hired", N)])
C("interviewed on Monday, Arjun Mehta was rejected for Backend Engineer. weak on testing", 'wed', 'weekday', [],
  [("monday", E_weekday(0))], [("Arjun Mehta", "Backend Engineer", "rejected", N)])
C("Emma Davis turned down the offer for Senior PM, wants to stay at her current company. do not contact", 'thu', 'no-date', ['do-not-contact'],
  [], [("Emma Davis", "Senior PM", "declined-offer", N)])
C("Talked to Rahul Verma yesterday, he withdrew - took another offer. keep warm, next quarter maybe", 'tue', 'period', [],
  [("yesterday", E_day(-1)), ("next quarter", E_rel_period('quarter', 1))], [("Rahul Verma", N, "withdrew", "next quarter")])
C("Jessica Moore rejected for Account Executive, reapply in 6 months", 'mon', 'duration', [],
  [("in 6 months", E_in(6, 'month'))], [("Jessica Moore", "Account Executive", "rejected", "in 6 months")])
C("hiring freeze - Daniel Reed on hold, ping in Q2 2026", 'tue', 'quarter', [], [("q2 2026", E_quarter(2, 2026))],
  [("Daniel Reed", N, "on-hold", "q2 2026")])
C("no decision yet on the QA Lead req, will update this Friday", 'tue', 'weekday', ['no-name'], [("this friday", E_rel_weekday(4, 0))], [])
C("Quick update: Leah Fischer accepted! Starts Jan 12", 'tue', 'calendar-date', [], [("jan 12", E_month_day(1, 12))],
  [("Leah Fischer", N, "hired", N)])
C("Carlos Mendez runner-up for Security Engineer. he can't leave his current job yet, check back next spring", 'tue', 'season', [],
  [("next spring", E_season('SP', 1))], [("Carlos Mendez", "Security Engineer", "runner-up", "next spring")])
C("Aisha Bello was great but we went with someone else for the iOS Engineer role. follow up next month", 'fri', 'period', [],
  [("next month", E_rel_period('month', 1))], [("Aisha Bello", "iOS Engineer", "runner-up", "next month")])
C("Hannah Becker rejected - culture fit concerns", 'mar', 'no-date', [], [], [("Hannah Becker", N, "rejected", N)])
C("sophia turner runnerup for sr data eng, revisit in 3 months", 'thu', 'duration', ['lowercase', 'typo'],
  [("in 3 months", E_in(3, 'month'))], [("Sophia Turner", "sr data eng", "runner-up", "in 3 months")])
C("Tom Lee rejected, hired Priya Shah for the QA Lead role", 'tue', 'no-date', ['multi-candidate'], [],
  [("Tom Lee", N, "rejected", N), ("Priya Shah", "QA Lead", "hired", N)])
C("Alex Turner withdrew, Jamie Fox declined the offer, Chris Evans hired for Support Engineer", 'wed', 'no-date', ['multi-candidate'], [],
  [("Alex Turner", N, "withdrew", N), ("Jamie Fox", N, "declined-offer", N), ("Chris Evans", "Support Engineer", "hired", N)])
C("Mark Allen on hold - role paused for 3 months", 'tue', 'duration', [], [("3 months", E_dur(3, 'month'))], [("Mark Allen", N, "on-hold", N)])
C("Fatima Khan runner up 🥈 for Data Engineer, check back in 3 mos", 'tue', 'duration', ['emoji'],
  [("in 3 mos", E_in(3, 'month'))], [("Fatima Khan", "Data Engineer", "runner-up", "in 3 mos")])
C("Wei Zhang withdrew last Friday. no follow up needed", 'tue', 'weekday', ['no-follow-up'], [("last friday", E_rel_weekday(4, -7))],
  [("Wei Zhang", N, "withdrew", N)])
C("great chat today with Diego Alvarez, on hold until the req reopens in January", 'tue', 'month', [],
  [("today", E_day(0)), ("january", E_month(1))], [("Diego Alvarez", N, "on-hold", "january")])
C("Lena Schmidt rejected for Mobile Engineer (android). Feedback: needs more Kotlin depth", 'sun', 'no-date', [], [],
  [("Lena Schmidt", "Mobile Engineer", "rejected", N)])
C("Yuki Tanaka declined our offer - relocation. Ping her in 6 wks", 'wed', 'duration', [],
  [("in 6 wks", E_in(6, 'week'))], [("Yuki Tanaka", N, "declined-offer", "in 6 wks")])
C("Peter Novak rejected. Interviewed him on 11/14/2025 for the Site Reliability Engineer role", 'tue', 'numeric-date', [],
  [("11/14/2025", E_numeric(2025, 11, 14))], [("Peter Novak", "Site Reliability Engineer", "rejected", N)])
C("Can we sync next week about the backend req?", 'tue', 'period', ['no-name'], [("next week", E_rel_period('week', 1))], [])
C("Nina Petrova: close second for Staff Data Scientist. Revisit? let's say in 6 months", 'tue', 'duration', [],
  [("in 6 months", E_in(6, 'month'))], [("Nina Petrova", "Staff Data Scientist", "runner-up", "in 6 months")], )
C("Kofi Mensah withdrew 😕 took a job at a startup", 'tue', 'no-date', ['emoji'], [], [("Kofi Mensah", N, "withdrew", N)])
C("Ingrid Berg hired for Technical Writer, start date December 1", 'tue', 'calendar-date', [], [("december 1", E_month_day(12, 1))],
  [("Ingrid Berg", "Technical Writer", "hired", N)])
C("Marco Bianchi runner-up for Solutions Architect. he's free in Q2, check back then", 'mon', 'quarter', [],
  [("q2", E_quarter(2))], [("Marco Bianchi", "Solutions Architect", "runner-up", "q2")])
C("june was rejected, not enough experience. maybe again next year", 'tue', 'period', ['month-name', 'lowercase'],
  [("next year", E_rel_period('year', 1))], [("June", N, "rejected", "next year")])
C("Interviewed April yesterday — lovely, but rejected for the Sales Manager role", 'wed', 'relative-day', ['month-name'],
  [("yesterday", E_day(-1))], [("April", "Sales Manager", "rejected", N)])
C("hired may robinson for the QA Engineer role 🎉", 'fri', 'no-date', ['month-name', 'lowercase', 'emoji'], [], [("May Robinson", "QA Engineer", "hired", N)])
C("Felix Wagner rejected for Backend Engineer, do not contact - was rude to the panel", 'tue', 'no-date', ['do-not-contact'], [],
  [("Felix Wagner", "Backend Engineer", "rejected", N)])
C("Ngozi Obi runner-up, strong candidate, check back in 3 months", 'mar', 'duration', [], [("in 3 months", E_in(3, 'month'))],
  [("Ngozi Obi", N, "runner-up", "in 3 months")])
C("Jack Wright rejcted for Data Engineer. weak SQL", 'thu', 'no-date', ['typo'], [], [("Jack Wright", "Data Engineer", "rejected", N)])
C("Ella Ward declind the offer - comp. try again in a year", 'fri', 'duration', ['typo'], [("in a year", E_in(1, 'year'))],
  [("Ella Ward", N, "declined-offer", "in a year")])
C("Sean Murphy withdrawn from the loop. notice period too long (6 months)", 'wed', 'duration', [], [("6 months", E_dur(6, 'month'))],
  [("Sean Murphy", N, "withdrew", N)])
C("interviewed 3 people for QA Lead: Priya Shah runner up, Tom Lee rejected, Ana Silva hired", 'tue', 'no-date', ['multi-candidate'], [],
  [("Priya Shah", "QA Lead", "runner-up", N), ("Tom Lee", "QA Lead", "rejected", N), ("Ana Silva", "QA Lead", "hired", N)])
C("lol the coffee machine is broken again", 'tue', 'no-date', ['no-name', 'noise'], [], [])
C("Can you send me the candidate list tomorrow?", 'fri', 'relative-day', ['no-name', 'noise'], [("tomorrow", E_day(1))], [])
C("Rohan Das passed on for ML Engineer, revisit late March", 'tue', 'month', [], [("late march", E_month(3, 'end'))],
  [("Rohan Das", "ML Engineer", "rejected", "late march")])
C("Mei Lin on-hold (Data Analyst), revisit 2026-02-01", 'tue', 'numeric-date', [], [("2026-02-01", E_numeric(2026, 2, 1))],
  [("Mei Lin", "Data Analyst", "on-hold", "2026-02-01")])

# ---------------------------------------------------------------- templated variety (seeded)
import random
rng = random.Random(20251118)
PEOPLE = ["Priya Shah", "Tom Lee", "April Chen", "May Robinson", "June Park", "Marcus Green", "Ana Silva", "Kenji Watanabe",
          "Fatima Noor", "Lucy Grant", "Oscar Diaz", "Hana Kim", "Victor Hugo", "Ruth Cohen", "Samir Haddad", "Julia Novak",
          "Tariq Aziz", "Claire Dubois", "Ivan Petrov", "Amara Okafor", "Leo Martin", "Grace Ho", "Dylan Shaw", "Nadia Karim"]
ROLES = [("for the {r} role", "Senior Data Engineer"), ("({r})", "QA Lead"), ("as {r}", "frontend eng"), ("for {r}", "Backend Engineer"),
         ("for the {r} position", "SRE"), ("for {r}", "Product Manager"), ("({r})", "Data Scientist"), ("for the {r} opening", "UX Designer"),
         ("as {r}", "Staff Engineer"), ("for {r}", "Mobile Engineer"), (None, None), (None, None)]
OUTCOMES = {
    "rejected": ["rejected", "rejcted", "not a fit", "passed on", "rejected ❌", "no hire"],
    "runner-up": ["runner-up", "runnerup", "runner up", "close second", "was a close second"],
    "withdrew": ["withdrew", "wihdrew", "pulled out", "took another offer", "dropped out"],
    "declined-offer": ["declined our offer", "turned down the offer", "declned the offer", "declined the offer"],
    "on-hold": ["on hold", "on hold - req frozen", "paused", "on hold, hiring freeze"],
    "hired": ["hired", "hird 🎉", "accepted the offer", "signed!", "hired 👍"],
}
REASONS = ["weak on system design", "too junior", "comp expectations too high", "can't relocate", "wants remote only",
           "strong python but weak SQL", "not ready to leave current job", "needs visa sponsorship", "great culture add but light on testing",
           "long notice period", None, None, None]
FOLLOW = [  # (phrase, builder, cue template)
    ("in 3 months", E_in(3, 'month'), "check back {p}"), ("in 6 months", E_in(6, 'month'), "worth another look {p}"),
    ("in a year", E_in(1, 'year'), "revisit {p}"), ("in 2 weeks", E_in(2, 'week'), "ping {p}"),
    ("3 months from now", E_in(3, 'month'), "circle back {p}"), ("in 4-6 weeks", E_unit_range(4, 6, 'week'), "reach out {p}"),
    ("in a couple of weeks", E_in_vague(2, 'week', 1, 3), "follow up {p}"), ("in a few months", E_in_vague(3, 'month', 2, 4), "check back {p}"),
    ("next spring", E_season('SP', 1), "revisit {p}"), ("end of the quarter", E_edge('quarter', 'end'), "ping her {p}"),
    ("early january", E_month(1, 'start'), "check back {p}"), ("next tuesday", E_rel_weekday(1, 7), "follow up {p}"),
    ("next week", E_rel_period('week', 1), "ping {p}"), ("next month", E_rel_period('month', 1), "circle back {p}"),
    ("tmrw", E_day(1), "follow up {p}"), ("tomorrow", E_day(1), "ping him {p}"), ("eom", E_edge('month', 'end'), "check in {p}"),
    ("q3", E_quarter(3), "ping in {p}"), ("march 15", E_month_day(3, 15), "reconnect on {p}"),
    ("03/04/2027", E_numeric(2027, 3, 4), "revisit on {p}"), ("in 6 months", E_in(6, 'month'), "reapply {p}"),
    (None, None, "no follow up"), (None, None, "don't follow up"), (None, None, "not worth revisiting"), (None, None, None), (None, None, None),
]
SURFACE = {"eom": "EOM", "q3": "Q3", "next tuesday": "next Tuesday", "early january": "early January", "march 15": "March 15"}
for i in range(110):
    ref = rng.choice(['tue', 'tue', 'fri', 'wed', 'sun'])  # refs where every follow-up form lies ahead
    name = PEOPLE[i % len(PEOPLE)]
    outcome = rng.choice(list(OUTCOMES)); ophrase = rng.choice(OUTCOMES[outcome])
    rtpl, role = rng.choice(ROLES)
    reason = rng.choice(REASONS)
    fphrase, fbuild, ftpl = rng.choice(FOLLOW)
    if fphrase in ("q3", "end of the quarter", "eom") and ref == 'sun': ref = 'tue'  # keep the period ahead of "now"
    lower = rng.random() < 0.25
    shown = name.lower() if lower else name
    parts = [shown]
    role_txt = rtpl.format(r=role) if rtpl else None
    order = rng.random()
    if role_txt and order < 0.5: parts += [role_txt, ophrase]
    else: parts += [ophrase] + ([role_txt] if role_txt else [])
    msg = " ".join(parts)
    if reason: msg += rng.choice([", ", " - ", ". "]) + reason
    if ftpl:
        surf = SURFACE.get(fphrase, fphrase) if fphrase else None
        msg += rng.choice([". ", ", ", " — "]) + ftpl.format(p=surf) if fphrase else rng.choice([". ", ", "]) + ftpl
    if rng.random() < 0.15: msg = rng.choice(["fyi ", "update: ", "👋 ", "Re req 4411: "]) + msg
    tags = ['templated'] + (['lowercase'] if lower else []) + (['emoji'] if any(ord(ch) > 0x2000 for ch in msg) else [])
    if name.split()[0] in ("April", "May", "June"): tags.append('month-name')
    if ftpl and not fphrase: tags.append('no-follow-up')
    dates = [(fphrase, fbuild)] if fphrase else []
    cat = fbuild(R[ref][1])[3] if fphrase else 'no-date'
    fu = fphrase or N
    C(msg, ref, cat, tags, dates, [(name, role, outcome, fu)])

# ---------------------------------------------------------------- write
def find(text, phrase, after=0):
    i = text.lower().find(phrase.lower(), after)
    if i < 0: raise SystemExit(f"phrase {phrase!r} not in {text!r}")
    return i

def utf16_index(text, i):
    return len(text[:i].encode('utf-16-le')) // 2

out = []
for n, (inp, ref, cat, tags, dates, cands, fuw) in enumerate(CASES, 1):
    refs, refd = R[ref]
    expected, spans = [], {}
    for phrase, build in dates:
        i = find(inp, phrase)
        s = utf16_index(inp, i); e = s + len(phrase.encode('utf-16-le')) // 2 - 1
        typ, values, windows, kind = build(refd)
        expected.append({"text": phrase.lower(), "start": s, "end": e, "type": typ, "values": values})
        spans[phrase] = (s, e, windows, kind)
    gold_c = []
    for name, role, outcome, fu in cands:
        f = None
        if fu:
            s, e, windows, kind = spans[fu]
            f = {"text": fu.lower(), "start": s, "end": e, "kind": kind, "windows": fuw.get(fu, windows)}
        gold_c.append({"name": name, "role": role, "outcome": outcome, "followUp": f})
    out.append({"id": f"rb-{n:03d}", "input": inp, "referenceDateTime": refs, "category": cat, "tags": tags,
                "expected": expected, "mentions": [{"text": x["text"], "start": x["start"], "end": x["end"]} for x in expected],
                "candidates": gold_c})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'cases.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "cases")
