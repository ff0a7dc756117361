// Every message between the parts of the extension is a member of one of these unions, and every
// receiver validates what it gets with parseMessage() before acting on it.
import * as v from 'valibot';
import { INVITE_KINDS, LANGS, REASON_IDS, TONES } from './types';

const str = (max = 100_000) => v.pipe(v.string(), v.maxLength(max));
const nullableStr = (max = 2_000) => v.nullable(str(max));

export const OpenMessageSchema = v.object({
  from: v.object({ name: str(500), email: str(500) }),
  subject: str(2_000),
  body: str(2_000_000),
  messageId: str(500),
  threadId: nullableStr(500),
  receivedAt: nullableStr(100),
});

// The detector's and extractor's output contract: what the worker stores per tab (property tests
// check every output against it).
const langOrOther = v.picklist([...LANGS, 'other'] as const);
export const DetectionSchema = v.object({
  invite: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  kind: v.picklist(INVITE_KINDS),
  lang: langOrOther,
  signals: v.pipe(v.array(str(300)), v.maxLength(50)),
});

export const ExtractionSchema = v.object({
  company: nullableStr(),
  role: nullableStr(),
  contactFirstName: nullableStr(),
  contactName: nullableStr(),
  schedulingLinks: v.pipe(v.array(str(2_000)), v.maxLength(50)),
  proposedTimes: v.pipe(v.array(str(300)), v.maxLength(50)),
  lang: langOrOther,
});

export const AnswersSchema = v.object({
  reasons: v.pipe(v.array(v.picklist(REASON_IDS)), v.maxLength(REASON_IDS.length)),
  customReason: str(1_000),
  mentionReason: v.boolean(),
  keepDoorOpen: v.boolean(),
  offerReferral: v.boolean(),
  specificArea: str(1_000),
  tone: v.picklist(TONES),
  lang: v.optional(v.picklist(LANGS)),
});

export const InvitationOverridesSchema = v.object({
  company: nullableStr(),
  role: nullableStr(),
  contactFirstName: nullableStr(),
  contactName: nullableStr(),
});

export const DraftSchema = v.object({ subject: str(2_000), text: str(200_000), html: str(400_000) });

export const InsertResultSchema = v.object({
  status: v.picklist(['inserted', 'copied', 'failed'] as const),
  strategy: v.optional(str(100)),
  message: str(2_000),
});

const SiteSchema = v.picklist(['gmail', 'outlook', 'generic'] as const);

/** Content script -> worker. */
export const ContentToWorkerSchema = v.variant('type', [
  // An email is open in the page: what it says. The worker runs the detector and extractor (off the
  // page's main thread) and answers {invite} so the page can show the chip.
  v.object({
    type: v.literal('message-opened'),
    site: SiteSchema,
    url: str(4_000),
    message: OpenMessageSchema,
  }),
  // The page shows no open email any more (a list view, another folder).
  v.object({ type: v.literal('message-closed'), site: SiteSchema, url: str(4_000) }),
  // The user activated the in-page chip: open the decline form for this tab.
  v.object({ type: v.literal('chip-activated'), messageId: str(500) }),
]);

/** Worker -> content script. */
export const WorkerToContentSchema = v.variant('type', [
  // Open a reply on the given message (or the open one) and put the draft at its top.
  v.object({ type: v.literal('insert-draft'), messageId: v.nullable(str(500)), draft: DraftSchema }),
  // What the user has selected in the page, if anything (the context menu's "selection" case).
  v.object({ type: v.literal('get-selection') }),
  // Read the open message again (e.g. after the worker slept and lost nothing but wants fresh data).
  v.object({ type: v.literal('read-open-message') }),
  // Show a short notice in the page (e.g. "Draft copied to the clipboard").
  v.object({ type: v.literal('show-notice'), text: str(2_000), kind: v.picklist(['info', 'error'] as const) }),
]);

/** Popup / options page -> worker. */
export const PageToWorkerSchema = v.variant('type', [
  v.object({ type: v.literal('get-tab-state'), tabId: v.pipe(v.number(), v.integer()) }),
  // Compose with the worker (the same code that inserts) and insert into the tab's reply box.
  v.object({
    type: v.literal('insert-decline'),
    tabId: v.pipe(v.number(), v.integer()),
    answers: AnswersSchema,
    invitation: InvitationOverridesSchema,
    /** A pasted invitation when the page showed none. */
    pastedEmail: v.optional(v.object({ subject: str(2_000), body: str(2_000_000) })),
  }),
  // The popup's live preview: the worker composes it with the same code and inputs as
  // 'insert-decline' (the templates are too large for the popup's bundle), and tone-checks the
  // user's own words.
  v.object({
    type: v.literal('preview-decline'),
    tabId: v.nullable(v.pipe(v.number(), v.integer())),
    answers: AnswersSchema,
    invitation: InvitationOverridesSchema,
    pastedEmail: v.optional(v.object({ subject: str(2_000), body: str(2_000_000) })),
  }),
  v.object({
    type: v.literal('set-invitation-status'),
    key: str(1_000),
    status: v.picklist(['pending', 'declined', 'handled', 'dismissed'] as const),
  }),
  v.object({ type: v.literal('open-invitation'), key: str(1_000) }),
]);

export type ContentToWorker = v.InferOutput<typeof ContentToWorkerSchema>;
export type WorkerToContent = v.InferOutput<typeof WorkerToContentSchema>;
export type PageToWorker = v.InferOutput<typeof PageToWorkerSchema>;
export type DraftPayload = v.InferOutput<typeof DraftSchema>;

/** Returns the message when it has the expected shape, otherwise null (the caller logs and ignores). */
export function parseMessage<S extends v.GenericSchema>(schema: S, raw: unknown): v.InferOutput<S> | null {
  const r = v.safeParse(schema, raw);
  return r.success ? r.output : null;
}
