// A month's versions: who saved what when; view a version's YAML; the office restores one.
'use strict';

App.pages.history = async ({ month, session }) => {
  const { t, el } = App;
  const body = document.getElementById('history-body');
  const viewer = document.getElementById('version-view');
  const office = session.user.role === 'office';

  async function load() {
    const list = (await App.api('GET', `/api/months/${month}/history`)).body || [];
    list.sort((a, b) => b.version - a.version);
    body.replaceChildren(...list.map((v, index) => el('tr', {},
      el('th', { scope: 'row', text: String(v.version) }),
      el('td', { text: App.formatTime(v.at) }), el('td', { text: v.author || '' }),
      el('td', { text: t('history.kind.' + v.kind) + (index === 0 ? ' ' + t('history.current') : '') }),
      el('td', {}, el('div', { class: 'decision' },
        el('button', { type: 'button', class: 'small', text: t('history.view'), 'aria-label': t('history.view.label', v.version), onclick: () => view(v.version) }),
        office && index > 0 ? el('button', { type: 'button', class: 'small', 'data-restore': v.version, text: t('history.restore'), 'aria-label': t('history.restore.label', v.version), onclick: () => restore(v.version) }) : null)))));
    document.getElementById('history-empty').hidden = list.length > 0;
  }

  async function view(version) {
    const result = await App.api('GET', `/api/months/${month}/history/${version}`);
    viewer.hidden = false;
    document.getElementById('version-heading').textContent = t('history.version', version);
    document.getElementById('version-source').textContent = result.body.source || '';
    document.getElementById('version-heading').focus();
  }

  async function restore(version) {
    if (!window.confirm(t('history.restore.confirm', version))) return;
    try {
      const etag = (await App.api('GET', `/api/months/${month}`)).body.etag;
      const result = await App.api('POST', `/api/months/${month}/history/${version}/restore`, {}, { headers: { 'If-Match': etag } });
      App.status(t('history.restored', version, result.body.version), 'ok');
      await load();
    } catch (error) {
      App.status(error.message, 'error');
    }
  }

  await load();
};
