// The questions from the guide: why, whether to say why, keep the door open, a referral, something
// you admire, tone and language. Tone findings on the user's own words show right under them.
import type { DeclineAnswers, DetectedLang, Lang, Tone, ToneFinding } from '../core/types';
import { Checkbox } from '../ui/Checkbox';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ReasonPicker } from '../ui/ReasonPicker';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { ToneFindings } from '../ui/ToneFindings';
import { LANG_NAMES, LANG_OPTIONS, followLang } from '../ui/languages';

export const TONE_CHOICES: { value: Tone; label: string }[] = [
  { value: 'warm', label: 'Warm' },
  { value: 'formal', label: 'Formal' },
  { value: 'brief', label: 'Brief' },
];

export interface DeclineQuestionsProps {
  answers: DeclineAnswers;
  detectedLang: DetectedLang | null;
  /** Tone findings on the user's own words, from the worker's preview. */
  findings: { customReason: ToneFinding[]; specificArea: ToneFinding[] } | null;
  onChange: (patch: Partial<DeclineAnswers>) => void;
}

export function DeclineQuestions({ answers, detectedLang, findings, onChange }: DeclineQuestionsProps) {
  const otherOn = answers.reasons.includes('other');
  const reasonFindings = otherOn && answers.customReason ? (findings?.customReason ?? []) : [];
  const areaFindings = answers.specificArea ? (findings?.specificArea ?? []) : [];
  const langValue: Lang | 'auto' = answers.lang ?? 'auto';
  return (
    <section class="section" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Your answer</h2>
      <ReasonPicker idPrefix="reason" legend="Why are you declining?" selected={answers.reasons} onChange={(reasons) => onChange({ reasons })} />
      {otherOn ? (
        <TextField
          id="custom-reason"
          label="Your reason, in a few words"
          value={answers.customReason}
          maxLength={1000}
          onInput={(customReason) => onChange({ customReason })}
        >
          <ToneFindings findings={reasonFindings} />
        </TextField>
      ) : null}
      {answers.reasons.length > 0 && !answers.mentionReason ? (
        <p class="hint" data-testid="reason-hint">
          The reply only gives a reason when “Mention the reason” is ticked; many people keep it private.
        </p>
      ) : null}
      <Checkbox
        id="mention-reason"
        label="Mention the reason in the reply"
        checked={answers.mentionReason}
        onChange={(mentionReason) => onChange({ mentionReason })}
      />
      <Checkbox
        id="keep-door-open"
        label="Keep the door open for future roles"
        checked={answers.keepDoorOpen}
        onChange={(keepDoorOpen) => onChange({ keepDoorOpen })}
      />
      <Checkbox
        id="offer-referral"
        label="Offer to refer someone from my network"
        checked={answers.offerReferral}
        onChange={(offerReferral) => onChange({ offerReferral })}
      />
      <TextField
        id="specific-area"
        label="Something you admire about them (optional)"
        value={answers.specificArea}
        placeholder="e.g. your work on accessible design"
        maxLength={1000}
        onInput={(specificArea) => onChange({ specificArea })}
      >
        <ToneFindings findings={areaFindings} />
      </TextField>
      <ChoiceGroup name="tone" legend="Tone" choices={TONE_CHOICES} value={answers.tone} onChange={(tone) => onChange({ tone })} />
      <SelectField<Lang | 'auto'>
        id="reply-lang"
        label="Language of the reply"
        value={langValue}
        options={[{ value: 'auto', label: `Same as the invitation (${LANG_NAMES[followLang(detectedLang)]})` }, ...LANG_OPTIONS]}
        onChange={(v) => onChange({ lang: v === 'auto' ? undefined : v })}
      />
    </section>
  );
}
