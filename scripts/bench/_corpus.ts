// The mails both detector benchmarks time: the labelled dev corpus and its extra set.
import { readFileSync } from 'node:fs';
import type { EmailInput } from '../../src/core/types';

const FILES = ['test/fixtures/corpus/dev.jsonl', 'test/fixtures/corpus/extra.jsonl'];

export function benchMails(): EmailInput[] {
  const mails: EmailInput[] = [];
  for (const f of FILES) {
    for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) mails.push(JSON.parse(line) as EmailInput);
  }
  return mails;
}
