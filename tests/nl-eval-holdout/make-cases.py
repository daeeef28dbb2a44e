#!/usr/bin/env python3
"""Generates cases.jsonl: a blind, held-out evaluation set for RecruitBot's recognizer.

Each case is written by hand (message, reference time, candidates); this script only does what a careful
annotator would do with a calendar and a ruler: finds each temporal phrase, measures its UTF-16 offsets
(end inclusive), and resolves it by the rules in ../../../shared/nl-eval/README.md (datetimeV2 conventions,
Monday weeks, calendar quarters, calendar-month arithmetic, two values when the year is unstated, en-US
numeric dates with the >12 flip). Run: python3 make-cases.py  (writes cases.jsonl next to this file).
"""
import calendar
import json
import os
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))


# ------------------------------------------------------------------ calendar helpers
def ymd(d):
    return d.isoformat()


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_units(d, n, unit):
    if unit == 'D':
        return d + timedelta(days=n)
    if unit == 'W':
        return d + timedelta(weeks=n)
    if unit == 'M':
        return add_months(d, n)
    if unit == 'Y':
        return add_months(d, 12 * n)
    raise ValueError(unit)


SECONDS = {'D': 86400, 'W': 604800, 'M': 2592000, 'Y': 31536000}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
SEASONS = {'SP': ((3, 1), (6, 20)), 'SU': ((6, 1), (9, 22)), 'FA': ((9, 1), (12, 20)), 'WI': ((12, 1), (3, 19))}


def month_end(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def next_first(y, m):
    return date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)


def monday_of(d):
    return d - timedelta(days=d.weekday())


def day(d):
    return [ymd(d), ymd(d)]


# ------------------------------------------------------------------ resolvers
# Each returns (entity or None, kind, windows). entity = {"type", "values"}; None = no settled strict convention
# (the case then carries mentions and candidate gold but no `expected`).
def date_value(d, timex=None):
    return {'timex': timex or ymd(d), 'type': 'date', 'value': ymd(d)}


def range_value(start, end, timex, mod=None):
    v = {'timex': timex, 'type': 'daterange', 'start': ymd(start), 'end': ymd(end)}
    if mod:
        v['mod'] = mod
    return v


def in_n(n, unit):
    """'in N units' / 'N units from now': a date, calendar arithmetic."""
    def r(ref):
        d = add_units(ref, n, unit)
        return {'type': 'date', 'values': [date_value(d)]}, 'duration', [day(d)]
    return r


def for_n(n, unit):
    """'for N units': a duration; the reminder is ref + N calendar units."""
    def r(ref):
        d = add_units(ref, n, unit)
        return ({'type': 'duration', 'values': [{'timex': f'P{n}{unit}', 'type': 'duration',
                                                 'value': str(n * SECONDS[unit])}]}, 'duration', [day(d)])
    return r


def in_range_weeks(a, b):
    def r(ref):
        return None, 'duration', [[ymd(add_units(ref, a, 'W')), ymd(add_units(ref, b, 'W'))]]
    return r


def tomorrow(ref):
    d = ref + timedelta(days=1)
    return {'type': 'date', 'values': [date_value(d)]}, 'date', [day(d)]


def next_wd(name):
    wd = WEEKDAYS.index(name)

    def r(ref):
        d = monday_of(ref) + timedelta(days=7 + wd)
        this = monday_of(ref) + timedelta(days=wd)
        windows = [day(this)] if this > ref else []  # said before this week's occurrence: two readings
        windows.append(day(d))
        return {'type': 'date', 'values': [date_value(d)]}, 'date', windows
    return r


def last_wd(name):
    wd = WEEKDAYS.index(name)

    def r(ref):
        d = monday_of(ref) - timedelta(days=7) + timedelta(days=wd)
        return {'type': 'date', 'values': [date_value(d)]}, 'date', [day(d)]
    return r


def _past_future(ref, this_year_start, this_year_end_excl):
    """For year-less phrases: (past, future) year offsets relative to ref.year."""
    assert not (this_year_start <= ref < this_year_end_excl), 'ambiguous: ref inside the period'
    return (0, 1) if this_year_end_excl <= ref else (-1, 0)


def month_day(m, dd):
    def r(ref):
        this = date(ref.year, m, dd)
        p, f = _past_future(ref, this, this + timedelta(days=1))
        past, fut = date(ref.year + p, m, dd), date(ref.year + f, m, dd)
        tx = f'XXXX-{m:02d}-{dd:02d}'
        return {'type': 'date', 'values': [date_value(past, tx), date_value(fut, tx)]}, 'date', [day(fut)]
    return r


def numeric(s):
    """en-US m/d[/yyyy]; a first field above 12 flips to d/m. Windows accept both readings when both are valid."""
    def r(ref):
        parts = [int(x) for x in s.split('/')]
        a, b = parts[0], parts[1]
        mo, dd = (b, a) if a > 12 else (a, b)
        alt = (b, a) if (a <= 12 and b <= 12 and a != b) else None
        if len(parts) == 3:
            y = parts[2]
            d = date(y, mo, dd)
            windows = [day(d)] + ([day(date(y, alt[0], alt[1]))] if alt else [])
            return {'type': 'date', 'values': [date_value(d)]}, 'date', windows
        ent, kind, windows = month_day(mo, dd)(ref)
        if alt:
            windows += month_day(*alt)(ref)[2]
        return ent, kind, windows
    return r


def month_name(m, mod=None):
    """'January', 'early January': year unstated, two values (past, future); mod start = 1st-15th."""
    def r(ref):
        first = date(ref.year, m, 1)
        p, f = _past_future(ref, first, next_first(ref.year, m))
        vals, win = [], None
        for off in (p, f):
            y = ref.year + off
            s, e = date(y, m, 1), next_first(y, m)
            if mod == 'start':
                e = date(y, m, 16)
            elif mod == 'end':
                s = date(y, m, 16)
            vals.append(range_value(s, e, f'XXXX-{m:02d}', mod))
            win = [ymd(s), ymd(e - timedelta(days=1))]
        return {'type': 'daterange', 'values': vals}, 'period', [win]
    return r


def quarter(q, year=None):
    def r(ref):
        sm = 3 * (q - 1) + 1

        def rng(y):
            s = date(y, sm, 1)
            e = date(y + 1, 1, 1) if q == 4 else date(y, sm + 3, 1)
            return s, e
        if year:
            s, e = rng(year)
            return ({'type': 'daterange', 'values': [range_value(s, e, f'({ymd(s)},{ymd(e)},P3M)')]}, 'period',
                    [[ymd(s), ymd(e - timedelta(days=1))]])
        s0, e0 = rng(ref.year)
        p, f = _past_future(ref, s0, e0)
        vals = []
        for off in (p, f):
            s, e = rng(ref.year + off)
            tx = f'(XXXX-{s.month:02d}-01,XXXX-{e.month:02d}-01,P3M)'
            vals.append(range_value(s, e, tx))
        return {'type': 'daterange', 'values': vals}, 'period', [[vals[1]['start'], ymd(e - timedelta(days=1))]]
    return r


def next_period(unit, mod=None):
    def r(ref):
        if unit == 'week':
            s = monday_of(ref) + timedelta(days=7)
            e = s + timedelta(days=7)
            iy, iw, _ = s.isocalendar()
            tx = f'{iy}-W{iw:02d}'
        elif unit == 'month':
            s = next_first(ref.year, ref.month)
            e = next_first(s.year, s.month)
            tx = f'{s.year}-{s.month:02d}'
        elif unit == 'quarter':
            qm = 3 * ((ref.month - 1) // 3) + 1
            s = add_months(date(ref.year, qm, 1), 3)
            e = add_months(s, 3)
            tx = f'({ymd(s)},{ymd(e)},P3M)'
        elif unit == 'year':
            s, e = date(ref.year + 1, 1, 1), date(ref.year + 2, 1, 1)
            tx = str(ref.year + 1)
        else:
            raise ValueError(unit)
        if mod == 'start':  # early next month / early next year: first half
            e = date(s.year, s.month, 16) if unit == 'month' else date(s.year, 7, 1)
        return {'type': 'daterange', 'values': [range_value(s, e, tx, mod)]}, 'period', [[ymd(s), ymd(e - timedelta(days=1))]]
    return r


def eom(ref):
    """'EOM' = end of (this) month: mod end, second half, as 'end of the month'."""
    s, e = date(ref.year, ref.month, 16), next_first(ref.year, ref.month)
    assert ref < s, 'EOM cases are written before the 16th'
    return ({'type': 'daterange', 'values': [range_value(s, e, f'{ref.year}-{ref.month:02d}', 'end')]}, 'period',
            [[ymd(s), ymd(month_end(ref.year, ref.month))]])


def end_of_quarter(ref):
    """No settled datetimeV2 value; window = second half of the current calendar quarter."""
    qm = 3 * ((ref.month - 1) // 3) + 1
    s = date(ref.year, qm + 1, 16)
    e = month_end(ref.year, qm + 2)
    assert ref < s
    return None, 'period', [[ymd(s), ymd(e)]]


def season(code, which):
    """'next spring' / 'this fall': value 'not resolved', timex YYYY-SS. which = 'this' | 'next'."""
    def r(ref):
        y = ref.year + (1 if which == 'next' else 0)
        (sm, sd), (em, ed) = SEASONS[code]
        s = date(y, sm, sd)
        e = date(y + (1 if code == 'WI' else 0), em, ed)
        return ({'type': 'daterange', 'values': [{'timex': f'{y}-{code}', 'type': 'daterange', 'value': 'not resolved'}]},
                'period', [[ymd(s), ymd(e)]])
    return r


# ------------------------------------------------------------------ utf-16 offsets
def u16(s):
    return len(s.encode('utf-16-le')) // 2


def span(text, surface, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.find(surface, i + 1)
        if i < 0:
            raise ValueError(f'{surface!r} (#{nth}) not in {text!r}')
    start = u16(text[:i])
    return start, start + u16(surface) - 1


def check_span(text, start, end, lowered):
    b = text.encode('utf-16-le')[2 * start:2 * (end + 1)].decode('utf-16-le')
    assert b.lower() == lowered, (text, start, end, lowered, b)


# ------------------------------------------------------------------ the cases (written by hand, blind)
# (reference time, message, [(surface, resolver[, nth])], [(name, role, outcome, follow-up surface or None)], tags)
NW, NM, NQ, NY = next_period('week'), next_period('month'), next_period('quarter'), next_period('year')
CASES = [
    ('2025-11-18T09:00:00', "Interviewed Tomás Ortega for the Staff Backend Engineer role. Sharp, calm under pressure, but we went with someone else. Check back in 3 months.",
     [('in 3 months', in_n(3, 'M'))], [('Tomás Ortega', 'Staff Backend Engineer', 'runner-up', 'in 3 months')], ['praise-then-other']),
    ('2026-01-07T14:30:00', "hired dana whitfield (QA Lead) 🎉 starts 02/02/2026",
     [('02/02/2026', numeric('02/02/2026'))], [('dana whitfield', 'QA Lead', 'hired', None)], ['start-date']),
    ('2026-02-13T16:05:00', "kwame asante - rejected, not enough k8s depth. no follow up",
     [], [('kwame asante', None, 'rejected', None)], ['no-follow-up']),
    ('2026-08-29T10:00:00', "April Chen pulled out of the Product Designer loop (took another offer). Worth a ping next spring.",
     [('next spring', season('SP', 'next'))], [('April Chen', 'Product Designer', 'withdrew', 'next spring')], ['name-like-date', 'season']),
    ('2026-04-30T10:00:00', "May Robinson → on hold till the req reopens, maybe Q3",
     [('Q3', quarter(3))], [('May Robinson', None, 'on-hold', 'Q3')], ['name-like-date', 'quarter']),
    ('2026-06-08T08:45:00', "June was a strong 2nd choice for Support Engineer, we picked another person. circle back in a couple of weeks",
     [('in a couple of weeks', in_n(2, 'W'))], [('June', 'Support Engineer', 'runner-up', 'in a couple of weeks')], ['name-like-date', 'praise-then-other']),
    ('2026-07-15T13:00:00', "declined offer: raj patel (ML Engineer) — counter from his current employer. try again early January",
     [('early January', month_name(1, 'start'))], [('raj patel', 'ML Engineer', 'declined-offer', 'early January')], ['mod']),
    ('2026-09-10T17:20:00', "Lena Fischer turned down our offer for Head of Growth. Let's reconnect EOM",
     [('EOM', eom)], [('Lena Fischer', 'Head of Growth', 'declined-offer', 'EOM')], ['abbrev']),
    ('2026-10-05T09:10:00', "Marcus Bell, Platform SRE: rejeceted after the onsite. no follow-up needed",
     [], [('Marcus Bell', 'Platform SRE', 'rejected', None)], ['typo', 'no-follow-up']),
    ('2025-11-18T15:00:00', "Sofia Marin — hired as frontend eng 🙌",
     [], [('Sofia Marin', 'frontend eng', 'hired', None)], []),
    ('2026-12-02T11:00:00', "Update on the Data Analyst req: ana lima hired, ben carter runner up (revisit next month), chloe dubois withdrew",
     [('next month', NM)], [('ana lima', 'Data Analyst', 'hired', None), ('ben carter', 'Data Analyst', 'runner-up', 'next month'),
                            ('chloe dubois', 'Data Analyst', 'withdrew', None)], []),
    ('2027-01-19T10:30:00', "Noah Kim: on hold, hiring freeze. Follow up on March 15",
     [('March 15', month_day(3, 15))], [('Noah Kim', None, 'on-hold', 'March 15')], []),
    ('2027-05-06T16:00:00', "Grace Okafor declined the offer (Engineering Manager). She asked us to reach out 03/04/2028",
     [('03/04/2028', numeric('03/04/2028'))], [('Grace Okafor', 'Engineering Manager', 'declined-offer', '03/04/2028')], ['numeric-date']),
    ('2025-10-03T12:00:00', "hired!!! oliver grant for the iOS Developer position",
     [], [('oliver grant', 'iOS Developer', 'hired', None)], []),
    ('2027-08-23T09:00:00', "Ravi Menon (DevOps) - we went w/ someone else but he was really solid. revisit 6 months from now",
     [('6 months from now', in_n(6, 'M'))], [('Ravi Menon', 'DevOps', 'runner-up', '6 months from now')], ['praise-then-other', 'shorthand']),
    ('2026-03-22T19:00:00', "UX Researcher opening: may robinson rejected, april chen runner-up. no follow up for either.",
     [], [('may robinson', 'UX Researcher', 'rejected', None), ('april chen', 'UX Researcher', 'runner-up', None)], ['name-like-date', 'no-follow-up']),
    ('2026-02-13T08:00:00', "Jan Kowalski withdrew (relocating). maybe reach out this fall",
     [('this fall', season('FA', 'this'))], [('Jan Kowalski', None, 'withdrew', 'this fall')], ['name-like-date', 'season']),
    ('2026-04-30T18:00:00', "Summer Nguyen hired for Customer Success Lead, starts next Monday 🎉",
     [('next Monday', next_wd('monday'))], [('Summer Nguyen', 'Customer Success Lead', 'hired', None)], ['name-like-date', 'start-date']),
    ('2026-06-08T12:00:00', "Autumn Reyes - Sales Ops - on hold ⏸️ till next quarter",
     [('next quarter', NQ)], [('Autumn Reyes', 'Sales Ops', 'on-hold', 'next quarter')], ['name-like-date']),
    ('2026-07-15T09:00:00', "August Lindqvist withdrew from the Security Engineer search. no follow up.",
     [], [('August Lindqvist', 'Security Engineer', 'withdrew', None)], ['name-like-date', 'no-follow-up']),
    ('2026-09-10T11:00:00', "passing on tyler brooks for sr. java dev, weak fundamentals",
     [], [('tyler brooks', 'sr. java dev', 'rejected', None)], ['shorthand']),
    ('2026-10-05T14:00:00', "Meera Iyer declined our offer 😞 went to a competitor. ping in 6 weeks",
     [('in 6 weeks', in_n(6, 'W'))], [('Meera Iyer', None, 'declined-offer', 'in 6 weeks')], []),
    ('2025-11-18T10:00:00', "felix wu (Backend Eng II) on hold, budget decision tmrw",
     [('tmrw', tomorrow)], [('felix wu', 'Backend Eng II', 'on-hold', 'tmrw')], ['shorthand']),
    ('2026-12-02T16:45:00', "Hannah Scott was great but we went with another candidate for the Data Scientist role. Let's reconnect in Q1 2027",
     [('Q1 2027', quarter(1, 2027))], [('Hannah Scott', 'Data Scientist', 'runner-up', 'Q1 2027')], ['praise-then-other', 'quarter']),
    ('2027-01-19T09:15:00', "hierd: Isabel Cruz, Payroll Specialist",
     [], [('Isabel Cruz', 'Payroll Specialist', 'hired', None)], ['typo']),
    ('2027-05-06T10:00:00', "Omar Haddad rejectd - culture add concerns, no follow up",
     [], [('Omar Haddad', None, 'rejected', None)], ['typo', 'no-follow-up']),
    ('2025-10-03T15:30:00', "Chen Wei withdrawed from the Mobile Lead process, said timing is bad. try again in 4-6 weeks",
     [('in 4-6 weeks', in_range_weeks(4, 6))], [('Chen Wei', 'Mobile Lead', 'withdrew', 'in 4-6 weeks')], ['typo', 'range']),
    ('2027-08-23T13:00:00', "runnerup for Analytics Engineer: bianca rossi. solid, we just picked someone w more dbt. revisit early next year",
     [('early next year', next_period('year', 'start'))], [('bianca rossi', 'Analytics Engineer', 'runner-up', 'early next year')], ['typo', 'mod']),
    ('2026-03-22T20:00:00', "Diego Alvarez declinded offer (Site Reliability Engineer). recontact next week",
     [('next week', NW)], [('Diego Alvarez', 'Site Reliability Engineer', 'declined-offer', 'next week')], ['typo', 'sunday-ref']),
    ('2026-02-13T09:00:00', "Layla Hassan on hlod for the Controller role, revisit next Tuesday",
     [('next Tuesday', next_wd('tuesday'))], [('Layla Hassan', 'Controller', 'on-hold', 'next Tuesday')], ['typo']),
    ('2026-04-30T11:00:00', "Kenji Watanabe pulled out 👋 — accepted a counteroffer. Reach back out in 2 months",
     [('in 2 months', in_n(2, 'M'))], [('Kenji Watanabe', None, 'withdrew', 'in 2 months')], []),
    ('2026-06-08T15:00:00', "Offer declined by Zara Ahmed (Product Manager, Payments). no follow up",
     [], [('Zara Ahmed', 'Product Manager, Payments', 'declined-offer', None)], ['no-follow-up']),
    ('2026-07-15T17:00:00', "we're hiring Peter Novak as the new Office Manager 🥳",
     [], [('Peter Novak', 'Office Manager', 'hired', None)], []),
    ('2026-08-29T09:30:00', "Thumbs down on Lucas Meyer for Staff Frontend 👎",
     [], [('Lucas Meyer', 'Staff Frontend', 'rejected', None)], []),
    ('2026-09-10T10:00:00', "Nadia Petrova (Recruiting Coordinator): strong, but hiring manager went with someone else. follow up next Friday",
     [('next Friday', next_wd('friday'))], [('Nadia Petrova', 'Recruiting Coordinator', 'runner-up', 'next Friday')], ['praise-then-other']),
    ('2026-10-05T16:00:00', "Samuel Osei withdrew, relocating to Lisbon. check in a year from now",
     [('a year from now', in_n(1, 'Y'))], [('Samuel Osei', None, 'withdrew', 'a year from now')], []),
    ('2025-11-18T13:00:00', "Sarah O'Brien declined offer, comp gap. Let's revisit 03/04/2026",
     [('03/04/2026', numeric('03/04/2026'))], [("Sarah O'Brien", None, 'declined-offer', '03/04/2026')], ['numeric-date']),
    ('2026-12-02T09:00:00', "rejecting Ahmed Karimi for Tech Lead. Feedback sent. no further follow up",
     [], [('Ahmed Karimi', 'Tech Lead', 'rejected', None)], ['no-follow-up']),
    ('2027-01-19T14:00:00', "Elif Demir for Cloud Architect: on hold 🧊 (budget freeze) – check back end of the quarter",
     [('end of the quarter', end_of_quarter)], [('Elif Demir', 'Cloud Architect', 'on-hold', 'end of the quarter')], ['quarter']),
    ('2027-05-06T12:00:00', "Staff eng req: hired Mateo Silva; Priyanka Rao was a close second — circle back in 3 months",
     [('in 3 months', in_n(3, 'M'))], [('Mateo Silva', 'Staff eng', 'hired', None), ('Priyanka Rao', 'Staff eng', 'runner-up', 'in 3 months')], []),
    ('2025-10-03T10:00:00', "Emma Larsen: hired ✅ Jonas Berg: rejected ❌ both for Warehouse Supervisor",
     [], [('Emma Larsen', 'Warehouse Supervisor', 'hired', None), ('Jonas Berg', 'Warehouse Supervisor', 'rejected', None)], ['bmp-emoji']),
    ('2027-08-23T15:00:00', "fyi lucia gomez withdrew from the Finance Analyst loop 🙁 revisit in 90 days",
     [('in 90 days', in_n(90, 'D'))], [('lucia gomez', 'Finance Analyst', 'withdrew', 'in 90 days')], []),
    ('2026-03-22T10:00:00', "Ibrahim Sow, runner-up for Solutions Engineer. we went with someone with more presales. ping next Tuesday",
     [('next Tuesday', next_wd('tuesday'))], [('Ibrahim Sow', 'Solutions Engineer', 'runner-up', 'next Tuesday')], ['sunday-ref']),
    ('2026-02-13T12:00:00', "Victoria Hughes - hired - Legal Counsel",
     [], [('Victoria Hughes', 'Legal Counsel', 'hired', None)], []),
    ('2026-02-13T13:00:00', "april johnson hired as Account Exec, starts March 2",
     [('March 2', month_day(3, 2))], [('april johnson', 'Account Exec', 'hired', None)], ['name-like-date', 'start-date']),
    ('2026-04-30T09:00:00', "Rejected: Paul Young (Sales Dev Rep). Not a fit. 🚫",
     [], [('Paul Young', 'Sales Dev Rep', 'rejected', None)], []),
    ('2026-06-08T10:30:00', "Wanjiru Kamau declined the offer for Sr. Product Designer – relocation. maybe next spring?",
     [('next spring', season('SP', 'next'))], [('Wanjiru Kamau', 'Sr. Product Designer', 'declined-offer', 'next spring')], ['season']),
    ('2026-07-15T08:00:00', "Yusuf Demir on hold, ping me tmrw after the leadership sync",
     [('tmrw', tomorrow)], [('Yusuf Demir', None, 'on-hold', 'tmrw')], ['shorthand']),
    ('2026-08-29T14:00:00', "Chiara Bianchi: offer declined. ❤️ her though - reconnect in 6 mo",
     [('in 6 mo', in_n(6, 'M'))], [('Chiara Bianchi', None, 'declined-offer', 'in 6 mo')], ['shorthand', 'month-clamp']),
    ('2026-09-10T15:00:00', "Rejected both: kofi mensah & lily zhang (Data Platform Eng). no follow up",
     [], [('kofi mensah', 'Data Platform Eng', 'rejected', None), ('lily zhang', 'Data Platform Eng', 'rejected', None)], ['no-follow-up']),
    ('2026-10-05T11:00:00', "Ayesha Siddiqui runner up for Staff PM. strong product sense, we went with an internal transfer. revisit in Q2",
     [('Q2', quarter(2))], [('Ayesha Siddiqui', 'Staff PM', 'runner-up', 'Q2')], ['quarter']),
    ('2025-11-18T17:00:00', "Good news: Daniel Park accepted our offer for the Embedded Firmware Engineer role!",
     [], [('Daniel Park', 'Embedded Firmware Engineer', 'hired', None)], []),
    ('2026-12-02T13:00:00', "Ines Duarte withdrew; she's staying put at her current company. Try her again in January",
     [('January', month_name(1))], [('Ines Duarte', None, 'withdrew', 'January')], []),
    ('2027-01-19T16:00:00', "Rejected Connor Walsh, ML Ops. no follow up 🙅",
     [], [('Connor Walsh', 'ML Ops', 'rejected', None)], ['no-follow-up']),
    ('2027-05-06T09:00:00', "hannah lee — runner-up (Technical Writer). lovely, just not as strong as who we picked. follow up 2 weeks from now",
     [('2 weeks from now', in_n(2, 'W'))], [('hannah lee', 'Technical Writer', 'runner-up', '2 weeks from now')], []),
    ('2025-10-03T09:00:00', "Ethan Moore on hold pending headcount. revisit next month",
     [('next month', NM)], [('Ethan Moore', None, 'on-hold', 'next month')], []),
    ('2027-08-23T11:00:00', "Maya Cohen said no to our offer (went to a bigger startup). check in a couple weeks",
     [('in a couple weeks', in_n(2, 'W'))], [('Maya Cohen', None, 'declined-offer', 'in a couple weeks')], []),
    ('2026-03-22T12:00:00', "Fatima Noor (Customer Support) on hold until next week",
     [('next week', NW)], [('Fatima Noor', 'Customer Support', 'on-hold', 'next week')], ['sunday-ref']),
    ('2026-02-13T17:00:00', "We'll pass on George Adams for the Warehouse Associate opening.",
     [], [('George Adams', 'Warehouse Associate', 'rejected', None)], []),
    ('2026-04-30T15:00:00', "Olga Ivanova withdrew from Backend Platform, family reasons, pls ping her in 3 months",
     [('in 3 months', in_n(3, 'M'))], [('Olga Ivanova', 'Backend Platform', 'withdrew', 'in 3 months')], []),
    ('2026-06-08T17:00:00', "runner up: Tariq Aziz (Sales Engineer) — we chose another finalist. follow up Q4",
     [('Q4', quarter(4))], [('Tariq Aziz', 'Sales Engineer', 'runner-up', 'Q4')], ['quarter']),
    ('2026-07-15T10:00:00', "Rebecca Stone declined offer, counter from Google. re-ping next Friday",
     [('next Friday', next_wd('friday'))], [('Rebecca Stone', None, 'declined-offer', 'next Friday')], []),
    ('2026-08-29T16:00:00', "hired jamal wright for support tier 2",
     [], [('jamal wright', 'support tier 2', 'hired', None)], []),
    ('2026-09-10T09:00:00', "Anna Kowalczyk — not moving forward (Frontend). no follow up",
     [], [('Anna Kowalczyk', 'Frontend', 'rejected', None)], ['no-follow-up']),
    ('2026-10-05T10:00:00', "Pedro Santos withdrew his application for Data Engineer, went back to school. check back next fall",
     [('next fall', season('FA', 'next'))], [('Pedro Santos', 'Data Engineer', 'withdrew', 'next fall')], ['season']),
    ('2025-11-18T11:30:00', "Sienna Blake: on hold (hiring freeze, Q1 2026 budget pending). revisit 01/15/2026",
     [('Q1 2026', quarter(1, 2026)), ('01/15/2026', numeric('01/15/2026'))], [('Sienna Blake', None, 'on-hold', '01/15/2026')], ['numeric-date', 'quarter']),
    ('2026-12-02T15:00:00', "Liam O'Connor declined our offer - took a counter. try again in 6 months",
     [('in 6 months', in_n(6, 'M'))], [("Liam O'Connor", None, 'declined-offer', 'in 6 months')], []),
    ('2027-01-19T11:00:00', "Bruno Costa hired as a Solutions Architect 🚀 start date 02/15/2027",
     [('02/15/2027', numeric('02/15/2027'))], [('Bruno Costa', 'Solutions Architect', 'hired', None)], ['start-date', 'numeric-date']),
    ('2027-05-06T14:00:00', "Rejected: Nina Popescu for Staff Designer. Portfolio was thin. No follow-up",
     [], [('Nina Popescu', 'Staff Designer', 'rejected', None)], ['no-follow-up']),
    ('2025-10-03T17:00:00', "chris evans withdrew from the QA Automation role 😬 — said timing wasn't right. reconnect in 2 wks",
     [('in 2 wks', in_n(2, 'W'))], [('chris evans', 'QA Automation', 'withdrew', 'in 2 wks')], ['shorthand']),
    ('2027-08-09T10:00:00', "Olivia Brown: runner-up for Head of People, we went w/ someone else. EOM check-in?",
     [('EOM', eom)], [('Olivia Brown', 'Head of People', 'runner-up', 'EOM')], ['abbrev']),
    ('2026-02-13T14:00:00', "Backend Engineer req: hired arjun nair; meera joshi runner up, revisit in 2 months; sam taylor withdrew",
     [('in 2 months', in_n(2, 'M'))], [('arjun nair', 'Backend Engineer', 'hired', None), ('meera joshi', 'Backend Engineer', 'runner-up', 'in 2 months'),
                                      ('sam taylor', 'Backend Engineer', 'withdrew', None)], []),
    ('2026-03-22T09:00:00', "May Robinson + April Chen both hired for Barista 😂☕",
     [], [('May Robinson', 'Barista', 'hired', None), ('April Chen', 'Barista', 'hired', None)], ['name-like-date', 'bmp-emoji']),
    ('2026-04-30T13:00:00', "June Park on hold for the Marketing Manager role. revisit in June",
     [('June', month_name(6), 1)], [('June Park', 'Marketing Manager', 'on-hold', 'June')], ['name-like-date']),
    ('2026-06-08T11:00:00', "April Chen: runner-up, Data Engineer. Let's reconnect in April",
     [('April', month_name(4), 1)], [('April Chen', 'Data Engineer', 'runner-up', 'April')], ['name-like-date']),
    ('2026-07-15T15:00:00', "Declined offer — Hiroshi Tanaka, Senior Android Dev. Wants to reconnect next year",
     [('next year', NY)], [('Hiroshi Tanaka', 'Senior Android Dev', 'declined-offer', 'next year')], []),
    ('2026-08-29T11:00:00', "rejected isabella moore, frontend intern. no follow up",
     [], [('isabella moore', 'frontend intern', 'rejected', None)], ['no-follow-up']),
    ('2026-09-10T13:00:00', "Ngozi Eze withdrew 😕 from the Eng Manager loop. follow up early next month",
     [('early next month', next_period('month', 'start'))], [('Ngozi Eze', 'Eng Manager', 'withdrew', 'early next month')], ['mod']),
    ('2026-10-05T13:00:00', "Wentao Li rejcted for Data Eng, no follow up",
     [], [('Wentao Li', 'Data Eng', 'rejected', None)], ['typo', 'no-follow-up']),
    ('2025-11-18T14:00:00', "Amara Diallo: on hold — pausing the Design Lead search. revisit next quarter",
     [('next quarter', NQ)], [('Amara Diallo', 'Design Lead', 'on-hold', 'next quarter')], []),
    ('2026-12-02T10:00:00', "Two updates: (1) karl schmidt hired 🎉 (2) eva novak runner-up, we went with karl. revisit in 4-6 weeks",
     [('in 4-6 weeks', in_range_weeks(4, 6))], [('karl schmidt', None, 'hired', None), ('eva novak', None, 'runner-up', 'in 4-6 weeks')], ['range']),
    ('2027-01-19T13:00:00', "Zoe Adams declined offer for Sr Recruiter... follow up 3/15",
     [('3/15', numeric('3/15'))], [('Zoe Adams', 'Sr Recruiter', 'declined-offer', '3/15')], ['numeric-date']),
    ('2027-05-06T11:00:00', "Kai Müller: on hold, reopen req next Monday",
     [('next Monday', next_wd('monday'))], [('Kai Müller', None, 'on-hold', 'next Monday')], []),
    ('2025-10-03T11:00:00', "Pass on Leo Martin. No follow up.",
     [], [('Leo Martin', None, 'rejected', None)], ['no-follow-up']),
    ('2027-08-09T15:00:00', "Heads up: Rosa Jimenez withdrew (accepted elsewhere) from the Clinical Data Manager position; let's ping her in 6 months",
     [('in 6 months', in_n(6, 'M'))], [('Rosa Jimenez', 'Clinical Data Manager', 'withdrew', 'in 6 months')], []),
    ('2026-02-13T10:00:00', "Arun Kumar was our #2 for Platform Eng, really liked him but went with someone else. re-engage this fall",
     [('this fall', season('FA', 'this'))], [('Arun Kumar', 'Platform Eng', 'runner-up', 'this fall')], ['praise-then-other', 'season']),
    ('2026-03-22T15:00:00', "👍 hired Beatriz Lopes for the Account Manager role",
     [], [('Beatriz Lopes', 'Account Manager', 'hired', None)], []),
    ('2026-04-30T16:00:00', "Tom Fischer turned the offer down 🙃 salary. revisit 05/20/2026",
     [('05/20/2026', numeric('05/20/2026'))], [('Tom Fischer', None, 'declined-offer', '05/20/2026')], ['numeric-date']),
    ('2026-06-08T09:00:00', "Ravi & Priya both withdrew from the SDET loop",
     [], [('Ravi', 'SDET', 'withdrew', None), ('Priya', 'SDET', 'withdrew', None)], []),
    ('2026-07-15T11:00:00', "Clara Vogel: runner up (Staff Data Scientist). check back in 3 months",
     [('in 3 months', in_n(3, 'M'))], [('Clara Vogel', 'Staff Data Scientist', 'runner-up', 'in 3 months')], []),
    ('2026-01-31T10:00:00', "Moritz Weber declined offer for DevRel. try again in a month",
     [('in a month', in_n(1, 'M'))], [('Moritz Weber', 'DevRel', 'declined-offer', 'in a month')], ['month-clamp']),
    ('2026-11-30T10:00:00', "Sophie Turner (Eng Manager) on hold, reopen in 3 months",
     [('in 3 months', in_n(3, 'M'))], [('Sophie Turner', 'Eng Manager', 'on-hold', 'in 3 months')], ['month-clamp']),
    ('2028-02-29T10:00:00', "Noor Khan runner-up (Principal Engineer), follow up in a year",
     [('in a year', in_n(1, 'Y'))], [('Noor Khan', 'Principal Engineer', 'runner-up', 'in a year')], ['month-clamp']),
    ('2026-09-10T16:00:00', "Valentina Rossi withdrew — visa issues. next spring maybe?",
     [('next spring', season('SP', 'next'))], [('Valentina Rossi', None, 'withdrew', 'next spring')], ['season']),
    ('2026-10-05T15:00:00', "declined: Gabriel Souza (Staff SWE). let's follow up early January",
     [('early January', month_name(1, 'start'))], [('Gabriel Souza', 'Staff SWE', 'declined-offer', 'early January')], ['mod']),
    ('2025-11-18T16:00:00', "rejectedd — Hugo Lambert, Customer Ops. no follow up",
     [], [('Hugo Lambert', 'Customer Ops', 'rejected', None)], ['typo', 'no-follow-up']),
    ('2026-12-02T14:00:00', "On hold: Aisha Bello & Sven Lund for Logistics Coordinator until the budget is approved. revisit Q1",
     [('Q1', quarter(1))], [('Aisha Bello', 'Logistics Coordinator', 'on-hold', 'Q1'), ('Sven Lund', 'Logistics Coordinator', 'on-hold', 'Q1')], ['quarter']),
    ('2027-01-19T15:00:00', "Mina Park was a strong runner-up for the Growth Marketer role; we went with someone else. follow up 03/04/2027",
     [('03/04/2027', numeric('03/04/2027'))], [('Mina Park', 'Growth Marketer', 'runner-up', '03/04/2027')], ['numeric-date']),
    ('2027-05-06T15:00:00', "withdrew: derek chan (Data Analyst II) — ghosted after the final",
     [], [('derek chan', 'Data Analyst II', 'withdrew', None)], []),
    ('2025-10-03T13:00:00', "Farah Haddad rejected for the Senior Data Engineer role. not enough streaming exp.",
     [], [('Farah Haddad', 'Senior Data Engineer', 'rejected', None)], []),
    ('2027-08-09T12:00:00', "hired: luis fernandez (Night Shift Supervisor). onboarding next Monday",
     [('next Monday', next_wd('monday'))], [('luis fernandez', 'Night Shift Supervisor', 'hired', None)], ['start-date']),
    ('2026-02-13T11:00:00', "Meet the new Head of Sales: Irene Adler! hired 🎉🎉",
     [], [('Irene Adler', 'Head of Sales', 'hired', None)], []),
    ('2026-03-22T16:00:00', "Tobias Keller declined our offer for Security Analyst. Reconnect in three weeks",
     [('in three weeks', in_n(3, 'W'))], [('Tobias Keller', 'Security Analyst', 'declined-offer', 'in three weeks')], ['words']),
    ('2026-04-30T14:00:00', "Hold on Andre Silva (Field Engineer) for 2 weeks while we sort headcount",
     [('2 weeks', for_n(2, 'W'))], [('Andre Silva', 'Field Engineer', 'on-hold', '2 weeks')], ['for-duration']),
    ('2026-06-08T14:00:00', "Yara Haddad — parked for a month (budget), QA Engineer",
     [('a month', for_n(1, 'M'))], [('Yara Haddad', 'QA Engineer', 'on-hold', 'a month')], ['for-duration']),
    ('2026-07-15T16:00:00', "we went with someone else for Product Analyst; Jonah Fields was excellent though. revisit early next year",
     [('early next year', next_period('year', 'start'))], [('Jonah Fields', 'Product Analyst', 'runner-up', 'early next year')], ['praise-then-other', 'mod']),
    ('2026-08-29T15:00:00', "Gabi Torres withdrew from Content Strategist. no follow up 🙏",
     [], [('Gabi Torres', 'Content Strategist', 'withdrew', None)], ['no-follow-up']),
    ('2026-09-10T14:00:00', "Rejected: Oscar Lind. Offered: Petra Novak — she accepted ✅",
     [], [('Oscar Lind', None, 'rejected', None), ('Petra Novak', None, 'hired', None)], ['bmp-emoji']),
    ('2026-10-05T12:00:00', "Ellie Carter: on hold for the Data Engineer req - revisit next Tuesday",
     [('next Tuesday', next_wd('tuesday'))], [('Ellie Carter', 'Data Engineer', 'on-hold', 'next Tuesday')], []),
    ('2025-11-18T12:00:00', "Nikolai Petrov said no to the offer (counter). revisit in three months",
     [('in three months', in_n(3, 'M'))], [('Nikolai Petrov', None, 'declined-offer', 'in three months')], ['words']),
    ('2027-01-19T12:00:00', "Hired Mei Lin (Data Engineer), rejected Tom Baker (Data Engineer), runner-up Sara Ali (Data Engineer) - ping Sara in 2 months",
     [('in 2 months', in_n(2, 'M'))], [('Mei Lin', 'Data Engineer', 'hired', None), ('Tom Baker', 'Data Engineer', 'rejected', None),
                                      ('Sara Ali', 'Data Engineer', 'runner-up', 'in 2 months')], []),
    ('2027-05-06T13:00:00', "april chen on hold; check back next week",
     [('next week', NW)], [('april chen', None, 'on-hold', 'next week')], ['name-like-date']),
    ('2026-12-02T12:00:00', "may robinson declined offer. check back in may",
     [('may', month_name(5), 1)], [('may robinson', None, 'declined-offer', 'may')], ['name-like-date']),
    ('2026-03-22T13:00:00', "Reject Sunday Adeyemi for Clinical Nurse Lead",
     [], [('Sunday Adeyemi', 'Clinical Nurse Lead', 'rejected', None)], ['name-like-date']),
    ('2026-04-30T12:00:00', "Interviewed Nora Quinn last Tuesday for Ops Manager — rejected",
     [('last Tuesday', last_wd('tuesday'))], [('Nora Quinn', 'Ops Manager', 'rejected', None)], ['past-date']),
]
CASES += [
    ('2025-12-10T09:00:00', "• rejected: cole harper\n• hired: dev malik (Sr. QA) 🎉\n• on hold: ivy chen — revisit 2 weeks from now",
     [('2 weeks from now', in_n(2, 'W'))], [('cole harper', None, 'rejected', None), ('dev malik', 'Sr. QA', 'hired', None),
                                           ('ivy chen', None, 'on-hold', '2 weeks from now')], ['multiline']),
    ('2026-05-14T10:00:00', "*Ruth Adebayo* — declined offer for Staff Data Engineer :( — follow up in 3 months",
     [('in 3 months', in_n(3, 'M'))], [('Ruth Adebayo', 'Staff Data Engineer', 'declined-offer', 'in 3 months')], ['markup']),
    ('2027-03-03T10:00:00', "re Priya Nair: withdrew, accepted a role at Meta. nothing to follow up on",
     [], [('Priya Nair', None, 'withdrew', None)], ['no-follow-up']),
    ('2026-11-11T10:00:00', "hired @Ken Ito for Data Eng!! also Lea Roux — 2nd place, wanted more infra. reconnect next Tuesday",
     [('next Tuesday', next_wd('tuesday'))], [('Ken Ito', 'Data Eng', 'hired', None), ('Lea Roux', None, 'runner-up', 'next Tuesday')], ['markup']),
    ('2027-10-14T10:00:00', "Yuki Sato on hold, revisit 11/01/2027",
     [('11/01/2027', numeric('11/01/2027'))], [('Yuki Sato', None, 'on-hold', '11/01/2027')], ['numeric-date']),
    ('2026-05-14T16:00:00', "runner-up: Felipe Araujo, Backend. we went with someone else 🤷 — EOM follow-up",
     [('EOM', eom)], [('Felipe Araujo', 'Backend', 'runner-up', 'EOM')], ['abbrev']),
]

EMOJI_RANGES = [(0x2190, 0x2BFF), (0x1F000, 0x1FAFF)]


def build():
    out, ids = [], set()
    for n, (ref_s, text, dates, cands, tags) in enumerate(CASES, 1):
        cid = f'hold-{n:03d}'
        ref = datetime.fromisoformat(ref_s).date()
        ents, mentions, strict, by_surface = [], [], True, {}
        for d in dates:
            surface, resolver, nth = (d + (0,))[:3]
            start, end = span(text, surface, nth)
            ent, kind, windows = resolver(ref)
            low = surface.lower()
            check_span(text, start, end, low)
            mentions.append({'text': low, 'start': start, 'end': end})
            by_surface[surface] = {'text': low, 'start': start, 'end': end, 'kind': kind, 'windows': windows}
            if ent is None:
                strict = False
            else:
                ents.append({'text': low, 'start': start, 'end': end, 'type': ent['type'], 'values': ent['values']})
        gold = []
        for name, role, outcome, fu in cands:
            assert name in text, (cid, name)
            assert role is None or role in text, (cid, role)
            assert outcome in ('hired', 'rejected', 'runner-up', 'withdrew', 'declined-offer', 'on-hold')
            gold.append({'name': name, 'role': role, 'outcome': outcome, 'followUp': by_surface[fu] if fu else None})
        all_tags = list(tags)
        if any(lo <= ord(ch) <= hi for ch in text for lo, hi in EMOJI_RANGES):
            all_tags.append('emoji')
        if any(ord(ch) > 0xFFFF for ch in text):
            all_tags.append('astral')
        if any(name == name.lower() for name, *_ in cands):
            all_tags.append('lowercase-name')
        if len(cands) > 1:
            all_tags.append('multi-candidate')
        if not dates:
            all_tags.append('no-date')
        kinds = [by_surface[c[3]]['kind'] for c in cands if c[3]]
        category = ('followup-' + kinds[0]) if kinds else ('date-not-followup' if dates else 'no-date')
        case = {'id': cid, 'input': text, 'referenceDateTime': ref_s, 'category': category,
                'tags': sorted(set(all_tags))}
        if strict:
            case['expected'] = ents
        case['mentions'] = mentions
        case['candidates'] = gold
        assert cid not in ids
        ids.add(cid)
        out.append(case)
    return out


if __name__ == '__main__':
    cases = build()
    path = os.path.join(HERE, 'cases.jsonl')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    strict = sum('expected' in c for c in cases)
    fus = sum(1 for c in cases for k in c['candidates'] if k['followUp'])
    cands = sum(len(c['candidates']) for c in cases)
    print(f'{len(cases)} cases ({strict} with strict gold), {cands} candidates, {fus} follow-ups -> {path}',
          file=sys.stderr)
