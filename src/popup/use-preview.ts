// The live preview: asks the worker to compose the reply whenever the form changes (the worker holds
// the templates; see compose-request.ts), keeping only the newest answer.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PreviewReply } from '../background/preview-flow';
import browser from '../platform/browser';
import { composeInputs, type DeclineForm } from './decline-form';

/** Asks the worker for the reply this form gives. */
export function requestPreview(tabId: number | null, form: DeclineForm): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'preview-decline', tabId, ...composeInputs(form) });
}

/**
 * `first`: the initial form's preview, stored by the worker (shown in the first render), or the
 * request for it, already sent while the popup was still rendering.
 */
export function usePreview(
  tabId: number | null,
  form: DeclineForm,
  first?: PreviewReply | Promise<unknown>,
): { preview: PreviewReply | null; error: string | null } {
  // A promise from another realm (Firefox) fails instanceof, so look for then().
  const ready = first && typeof (first as Partial<Promise<unknown>>).then !== 'function' ? (first as PreviewReply) : null;
  const [preview, setPreview] = useState<PreviewReply | null>(ready);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  // A layout effect: sent right after the render, not after the next animation frame.
  useLayoutEffect(() => {
    const ticket = ++latest.current;
    if (ticket === 1 && ready) return;
    const request = ticket === 1 && first ? (first as Promise<unknown>) : requestPreview(tabId, form);
    request.then(
      (reply) => {
        if (ticket !== latest.current) return;
        if (reply && typeof reply === 'object' && 'draft' in reply) {
          setPreview(reply as PreviewReply);
          setError(null);
        } else setError('The preview could not be composed. Reload the popup and try again.');
      },
      (e: unknown) => ticket === latest.current && setError(`The preview could not be composed (${e instanceof Error ? e.message : String(e)}).`),
    );
  }, [tabId, form.answers, form.fields, form.pasted]);
  return { preview, error };
}
