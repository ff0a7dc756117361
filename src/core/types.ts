// Shapes shared by every part of the extension. Pure data: no DOM, no browser APIs.

export const LANGS = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type Lang = (typeof LANGS)[number];
export type DetectedLang = Lang | 'other';

/** What the detector and extractor read: the newest message of the open email. */
export interface EmailInput {
  from?: { name?: string | null; email?: string | null } | null;
  subject?: string | null;
  body?: string | null;
}

export const INVITE_KINDS = ['schedule', 'confirmation', 'reschedule', 'outreach', 'follow-up', 'none'] as const;
export type InviteKind = (typeof INVITE_KINDS)[number];

export interface Detection {
  invite: boolean;
  /** 0..1 */
  score: number;
  kind: InviteKind;
  lang: DetectedLang;
  /** Short human-readable reasons, e.g. "asks for your availability". */
  signals: string[];
}

export interface Extraction {
  company: string | null;
  role: string | null;
  contactFirstName: string | null;
  contactName: string | null;
  schedulingLinks: string[];
  proposedTimes: string[];
  lang: DetectedLang;
}

export const REASON_IDS = [
  'career-goals',
  'culture-fit',
  'compensation',
  'content-current-role',
  'relocation',
  'other',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];

export const TONES = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof TONES)[number];

export interface DeclineAnswers {
  reasons: ReasonId[];
  customReason: string;
  mentionReason: boolean;
  keepDoorOpen: boolean;
  offerReferral: boolean;
  specificArea: string;
  tone: Tone;
  /** Absent: the invitation's language, else English. */
  lang?: Lang;
}

/** What the composer knows about the invitation; any field may be null. */
export interface InvitationContext {
  company?: string | null;
  role?: string | null;
  contactFirstName?: string | null;
  contactName?: string | null;
  lang?: DetectedLang | null;
  /** The thread's subject: a reply keeps it. Absent: a new message. */
  subject?: string | null;
  /** Seed for the choice of phrasings (e.g. the message id). */
  messageId?: string | null;
}

export interface SignatureSettings {
  fullName?: string;
  contactInfo?: string;
}

export interface ToneFinding {
  rule: string;
  start: number;
  end: number;
  message: string;
  suggestion: string;
}

export interface ComposedDraft {
  subject: string;
  text: string;
  html: string;
  lang: Lang;
  findings: ToneFinding[];
}

export type SiteId = 'gmail' | 'outlook' | 'generic';

/** The open message as a site adapter reads it. */
export interface OpenMessage extends EmailInput {
  from: { name: string; email: string };
  subject: string;
  body: string;
  messageId: string;
  threadId: string | null;
  /** ISO 8601, when the page shows it. */
  receivedAt: string | null;
}

export type InsertStatus = 'inserted' | 'copied' | 'failed';
export interface InsertResult {
  status: InsertStatus;
  /** Which strategy worked, e.g. "execCommand", "paste", "range", "clipboard". */
  strategy?: string;
  /** Human-readable: what happened and what to do next. */
  message: string;
}
