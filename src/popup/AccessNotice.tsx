// When host access to the mail sites was revoked (Firefox, or Chrome's "on click" access), say so and
// offer to grant it again; permissions.request must come from this click.
import { useState } from 'preact/hooks';
import browser from '../platform/browser';

export function AccessNotice({ origins, onGranted }: { origins: string[]; onGranted: () => void }) {
  const [denied, setDenied] = useState(false);
  const request = async () => {
    const granted = await browser.permissions.request({ origins }).catch(() => false);
    if (granted) onGranted();
    else setDenied(true);
  };
  return (
    <div class="notice warn" role="alert">
      <p>
        Graceful Decline has no access to Gmail and Outlook on the web right now, so it cannot read the open invitation or
        insert the reply there.
      </p>
      <button type="button" onClick={request}>
        Allow access to the mail sites
      </button>
      {denied ? <p>Access was not granted. You can still write the reply here and copy it.</p> : null}
    </div>
  );
}
