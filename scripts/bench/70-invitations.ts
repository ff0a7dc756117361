// The invitation list at its size cap (MAX_ENTRIES): what one worker write costs (repair what was
// read + record one sighting + prune), the reminder check, and the CSV/JSON export, against a plain
// JSON round trip of the same list in the same process (the least any storage write could cost).
import {
  type InvitationEntry,
  MAX_ENTRIES,
  declinesToCsv,
  declinesToJson,
  dueReminders,
  parseDeclinesCsv,
  prune,
  recordSeen,
  repairInvitations,
  setStatus,
  toDeclineRecords,
} from '../../src/core/invitations';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const HOUR = 3600_000;

function seen(i: number) {
  return {
    site: 'gmail' as const,
    url: `https://mail.google.com/mail/u/0/#inbox/m${i}`,
    message: {
      from: { name: `Recruiter ${i}`, email: `r${i}@company${i % 97}.example` },
      subject: `Interview invitation: Data Engineer, team ${i}`,
      messageId: `m${i}`,
      threadId: `t${i}`,
      receivedAt: new Date(NOW - (i % 300) * HOUR).toISOString(),
    },
    extraction: { company: `Company ${i % 97}, Inc.`, role: 'Data Engineer', contactName: `Recruiter ${i}`, contactFirstName: 'R' },
  };
}

function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 3; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)] ?? 0;
}

function run(size: number): void {
  let list: InvitationEntry[] = [];
  for (let i = 0; i < size; i++) list = recordSeen(list, seen(i), NOW - HOUR).list;
  for (let i = 0; i < size; i += 3) list = setStatus(list, `gmail:m:m${i}`, 'declined', NOW, { reasons: ['relocation', 'compensation'] }).list;
  const stored = { version: 1, entries: list, notifications: {} };
  const runs = size > 500 ? 15 : 100;

  const baseline = median(() => JSON.parse(JSON.stringify(stored)), runs);
  const write = median(() => {
    const read = repairInvitations(JSON.parse(JSON.stringify(stored))).value;
    const r = recordSeen(read.entries, seen(7), NOW);
    return prune(r.list, NOW, 180);
  }, runs);
  const due = median(() => dueReminders(list, NOW, { ...DEFAULT_SETTINGS.reminders, quietStart: 0, quietEnd: 0 }), runs);
  const records = toDeclineRecords(list);
  const csv = median(() => declinesToCsv(records), runs);
  const json = median(() => declinesToJson(records, NOW), runs);
  const text = declinesToCsv(records);
  const parse = median(() => parseDeclinesCsv(text), runs);

  const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10);
  const ratio = (x: number) => `${(x / baseline).toFixed(2)}x the baseline`;
  console.log(`invitations: ${size} entries (${records.length} declined), ${(JSON.stringify(stored).length / 1024).toFixed(0)} KB as JSON`);
  console.log(`  baseline: JSON round trip             ${ms(baseline)}`);
  console.log(`  one worker write (repair+record+prune) ${ms(write)}  ${ratio(write)}`);
  console.log(`  reminder check                        ${ms(due)}  ${ratio(due)}`);
  console.log(`  CSV export (${(text.length / 1024).toFixed(0)} KB)`.padEnd(40) + `${ms(csv)}  ${ratio(csv)}`);
  console.log(`  JSON export                           ${ms(json)}  ${ratio(json)}`);
  console.log(`  CSV parse back                        ${ms(parse)}  ${ratio(parse)}`);
}

run(100); // a busy job search over the 180-day retention
run(MAX_ENTRIES); // the hard cap
