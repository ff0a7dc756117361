// A small Gmail-like page for what the shared imitations (test/fixtures/pages) do not have: a friend's
// forward whose quoted part is an invitation (the context menu's "selection" case), and a quick page
// for the popup benchmark. One conversation, the newest message expanded, and a Reply button that
// opens an inline reply like Gmail's (a contenteditable Closure field with the quoted history below).
export const GMAIL_URL = 'https://mail.google.com/mail/u/4/#inbox/FMfcgzQXJWDsKmRvplSbJpTnxbHdzNqk';
export const GMAIL_FORWARD_URL = 'https://mail.google.com/mail/u/3/#inbox/FMfcgzQXJWDsKmRvplSbJpTnxbHdzZZZ';

export const INVITE = {
  subject: 'Interview invitation: Senior Data Engineer at Globex',
  fromName: 'Priya Natarajan',
  fromEmail: 'priya.natarajan@globex.com',
  body: [
    'Hi Sam,',
    'Thank you for applying to the Senior Data Engineer position at Globex. We were impressed by your background and would like to invite you to an interview with our team.',
    'Could you let me know your availability for a 45-minute video call next Tuesday or Wednesday? Alternatively, you can pick a slot here: https://calendly.com/globex-talent/interview',
    'Best regards,<br>Priya Natarajan<br>Talent Acquisition Partner, Globex',
  ],
};

/** A friend forwards an invitation: the newest message is not one, the quoted text is. */
export const FORWARDED = {
  subject: 'Fwd: Interview for the Frontend Engineer role',
  fromName: 'Chris Doe',
  fromEmail: 'chris.doe@example.org',
  body: [
    'Hey Sam, this came to my old address, passing it on. Cheers, Chris',
    '<div id="forwarded">Hi Sam,<br><br>We would love to invite you to interview for the Frontend Engineer role at Initech. Please let us know which days next week suit you for a 30-minute call.<br><br>Best regards,<br>Marta Kowalski<br>Recruiter, Initech</div>',
  ],
};

export function gmailPage(mail: { subject: string; fromName: string; fromEmail: string; body: string[] }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Inbox - sam@example.com - Gmail</title></head>
<body><div role="main">
  <div class="ha"><h2 class="hP" data-legacy-thread-id="18c2f0a1b2c3d4e5">${esc(mail.subject)}</h2></div>
  <div class="adn ads" data-message-id="#msg-f:1790000000000000001" data-legacy-message-id="18c2f0a1b2c3d4e5">
    <div class="gs">
      <table><tr><td class="gF"><span class="gD" email="${esc(mail.fromEmail)}" name="${esc(mail.fromName)}">${esc(mail.fromName)}</span></td>
      <td class="gH"><span class="g3" title="Tue, Nov 25, 2026, 9:14 AM">Nov 25</span></td>
      <td class="acX"><div role="button" class="aaq" aria-label="Reply" tabindex="0">Reply</div></td></tr></table>
      <div class="ii gt"><div class="a3s aiL">${mail.body.map((p) => `<div>${p}</div><br>`).join('')}</div></div>
    </div>
  </div>
  <div id="reply-slot"></div>
</div>
<script>
  document.querySelector('.aaq').addEventListener('click', () => {
    if (document.querySelector('.M9')) return;
    setTimeout(() => {
      const wrap = document.createElement('div');
      wrap.className = 'ip adB';
      wrap.innerHTML = '<div class="M9"><input type="hidden" name="rm" value="18c2f0a1b2c3d4e5">' +
        '<div class="Am Al editable" g_editable="true" role="textbox" contenteditable="true" aria-label="Message Body">' +
        '<br><div class="gmail_quote">On Tue, Nov 25, 2026, Priya wrote:<blockquote>Thank you for applying…</blockquote></div></div></div>';
      document.getElementById('reply-slot').appendChild(wrap);
    }, 50);
  });
</script>
</body></html>`;
}
