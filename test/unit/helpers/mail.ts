// A sender for invented test mails: `from('Dana Reyes', 'dana@northwind.example')`.
import type { EmailInput } from '../../../src/core/types';

export const from = (name: string, email: string) => ({ name, email });

/** A whole invented mail in one call: sender name, address, subject and body. */
export const mail = (name: string, email: string, subject: string, body: string): EmailInput => ({ from: from(name, email), subject, body });
