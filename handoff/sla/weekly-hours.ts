/**
 * Opening hours per weekday as written in the `sla:` section:
 * `{ mon-fri: "09:00-12:00, 13:00-18:00", sat: 10:00-14:00, sun: closed, fri: 22:00-02:00 }`.
 * Keys are a day (`mon`), a range (`mon-fri`, wrapping like `fri-mon` allowed) or a comma list
 * (`sat, sun`); a later key replaces the hours an earlier one gave the same day. Days not named are
 * closed. An interval whose end is before its start runs past midnight into the next day.
 */

/** Open from `startMin` until `endMin`, in minutes after local midnight (0 … 1440). */
export interface OpenInterval {
  startMin: number;
  endMin: number;
}

/** Open intervals per weekday, index 0 = Sunday; each day's sorted and disjoint. */
export type WeeklyHours = OpenInterval[][];

/** A problem with one key of the hours mapping. */
export interface HoursIssue {
  key: string;
  message: string;
}

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Every day open all day. */
export function allWeek(): WeeklyHours {
  return DAY_NAMES.map(() => [{ startMin: 0, endMin: 1440 }]);
}

function dayIndex(name: string): number {
  const index = DAY_NAMES.indexOf(name.trim().toLowerCase());
  if (index < 0) throw new Error(`"${name.trim()}" is not a day (mon, tue, wed, thu, fri, sat, sun)`);
  return index;
}

/** `mon-fri`, `fri-mon`, `sat, sun`, `wed` → weekday indexes. */
function parseDays(key: string): number[] {
  const days: number[] = [];
  for (const item of key.split(',')) {
    const [from, to, extra] = item.split('-');
    if (from === undefined || extra !== undefined) throw new Error(`"${item}" is not a day or range`);
    const first = dayIndex(from);
    const last = to === undefined ? first : dayIndex(to);
    for (let day = first; ; day = (day + 1) % 7) {
      days.push(day);
      if (day === last) break;
    }
  }
  return days;
}

function parseMinutes(text: string): number {
  const match = TIME.exec(text.trim());
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!(minutes <= 1440)) throw new Error(`"${text.trim()}" is not a time like 09:00 or 24:00`);
  return minutes;
}

/** `09:00-18:00` → intervals on its own day and, past midnight, on the next. */
function parseInterval(text: string): { own: OpenInterval; spill?: OpenInterval } {
  const [from, to, extra] = text.split('-');
  if (from === undefined || to === undefined || extra !== undefined) {
    throw new Error(`"${text.trim()}" is not hours like 09:00-18:00`);
  }
  const startMin = parseMinutes(from);
  const endMin = parseMinutes(to);
  if (startMin === endMin) throw new Error(`"${text.trim()}" opens and closes at the same time`);
  if (endMin > startMin) return { own: { startMin, endMin } };
  if (startMin === 1440) throw new Error(`"${text.trim()}" cannot open at 24:00`);
  return { own: { startMin, endMin: 1440 }, ...(endMin > 0 ? { spill: { startMin: 0, endMin } } : {}) };
}

function parseValue(value: string | string[]): { own: OpenInterval[]; spill: OpenInterval[] } {
  const texts = (Array.isArray(value) ? value : [value]).flatMap((text) => text.split(','));
  const own: OpenInterval[] = [];
  const spill: OpenInterval[] = [];
  for (const text of texts) {
    const trimmed = text.trim().toLowerCase();
    if (trimmed === 'closed' || trimmed === '') continue;
    const parsed = trimmed === '24h' ? { own: { startMin: 0, endMin: 1440 } } : parseInterval(text);
    own.push(parsed.own);
    if (parsed.spill) spill.push(parsed.spill);
  }
  return { own, spill };
}

function sortAndMerge(intervals: OpenInterval[]): OpenInterval[] {
  const sorted = [...intervals].sort((a, b) => a.startMin - b.startMin);
  const merged: OpenInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.startMin <= last.endMin) last.endMin = Math.max(last.endMin, interval.endMin);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Parse the hours mapping; problems are returned per key, not thrown. */
export function parseWeeklyHours(
  spec: Record<string, string | string[]>,
): { hours: WeeklyHours } | { issues: HoursIssue[] } {
  const own: OpenInterval[][] = DAY_NAMES.map(() => []);
  const spillFrom: OpenInterval[][] = DAY_NAMES.map(() => []);
  const issues: HoursIssue[] = [];
  for (const [key, value] of Object.entries(spec)) {
    try {
      const days = parseDays(key);
      const parsed = parseValue(value);
      for (const day of days) {
        own[day] = parsed.own;
        spillFrom[day] = parsed.spill;
      }
    } catch (error) {
      issues.push({ key, message: (error as Error).message });
    }
  }
  if (issues.length > 0) return { issues };
  const spillInto = (day: number) => spillFrom[(day + 6) % 7] ?? [];
  return { hours: own.map((intervals, day) => sortAndMerge([...intervals, ...spillInto(day)])) };
}
