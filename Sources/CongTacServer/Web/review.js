// The office's review queue of a month: accept (the item goes into that day) or reject with a reason.
'use strict';

App.pages.review = async ({ month }) => {
  const { t, el } = App;
  const body = document.getElementById('review-body');
  const empty = document.getElementById('review-empty');

  async function load(focusId) {
    const list = (await App.api('GET', `/api/months/${month}/proposals`)).body || [];
    const order = { pending: 0, accepted: 1, rejected: 2 };
    list.sort((a, b) => (order[a.state] - order[b.state]) || String(a.createdAt).localeCompare(String(b.createdAt)));
    body.replaceChildren(...list.map(row));
    empty.hidden = list.some((p) => p.state === 'pending');
    const target = focusId ? document.getElementById(`proposal-${focusId}`) : null;
    if (target) target.focus();
  }

  function row(p) {
    const cells = [
      el('td', { text: String(p.day) }), el('td', { text: p.time || '' }), el('td', { text: p.text }),
      el('td', { text: p.unit || '' }), el('td', { text: p.leader || '' }),
      el('td', { text: `${p.proposer || ''} · ${App.formatTime(p.createdAt)}` }),
    ];
    let decision;
    if (p.state === 'pending') {
      const reasonId = `reason-${p.id}`;
      const reason = el('input', { type: 'text', id: reasonId, name: 'reason', autocomplete: 'off' });
      const accept = el('button', { type: 'button', class: 'primary small', 'data-accept': p.id, text: t('review.accept'),
        'aria-label': t('review.accept.label', p.day, p.text) });
      const reject = el('button', { type: 'button', class: 'small danger', 'data-reject': p.id, text: t('review.reject'),
        'aria-label': t('review.reject.label', p.day, p.text) });
      accept.addEventListener('click', () => decide(p, 'accept'));
      reject.addEventListener('click', () => {
        if (!reason.value.trim()) {
          App.status(t('review.reason.missing'), 'error');
          reason.setAttribute('aria-invalid', 'true');
          reason.focus();
          return;
        }
        decide(p, 'reject', reason.value.trim());
      });
      decision = el('td', {}, el('div', { class: 'decision' }, accept,
        el('label', { for: reasonId, class: 'reason-label', text: t('review.reason') }), reason, reject));
    } else {
      decision = el('td', {}, el('span', { class: 'state state-' + p.state, text: t('proposal.state.' + p.state) }),
        p.reason ? el('span', { text: ' — ' + p.reason }) : null,
        p.decidedBy ? el('span', { class: 'hint', text: ' ' + t('review.decided', p.decidedBy, App.formatTime(p.decidedAt)) }) : null);
    }
    return el('tr', { id: `proposal-${p.id}`, tabindex: '-1', class: 'proposal-' + p.state }, ...cells, decision);
  }

  async function decide(p, action, reason) {
    try {
      const result = await App.api('POST', `/api/proposals/${p.id}/${action}`, action === 'reject' ? { reason } : {});
      App.status(action === 'accept' ? t('review.accepted', p.text, result.body && result.body.version ? result.body.version : '') : t('review.rejected', p.text), 'ok');
      await load(p.id);
    } catch (error) {
      App.status(error.message, 'error');
    }
  }

  await load();
};
