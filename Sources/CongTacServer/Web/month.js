// /months/YYYY-MM: the office gets the editor (editor.js); a unit or a leader reads the saved programme,
// downloads it, and a unit proposes items and follows what became of them.
'use strict';

App.pages.month = async ({ month, session }) => {
  const root = document.getElementById('month-root');
  if (session.user.role === 'office') {
    await Editor.start(root, month);
    return;
  }
  const { t, el } = App;
  const result = await App.api('GET', `/api/months/${month}`);
  const schedule = result.body.schedule;
  const parts = [];
  if (session.user.role === 'unit') parts.push(proposalForm(month, schedule, session), proposalList());
  if (session.user.role === 'leader') {
    const mine = await leaderItems(month);
    if (mine) parts.push(mine);
  }
  parts.push(App.downloads(month),
    el('section', { class: 'panel preview-pane read', 'aria-labelledby': 'read-heading' },
      el('h2', { id: 'read-heading', text: t('read.heading') }),
      el('iframe', { id: 'preview', title: t('preview.title'), src: `/api/months/${month}/preview` })));
  root.replaceChildren(...parts);
  if (session.user.role === 'unit') {
    await loadProposals(month);
    const days = agendaDays(schedule);
    const list = document.getElementById('days-list');
    list.replaceChildren(...days.map((day) => el('option', { value: String(day) })));
    try {
      const suggestions = (await App.api('GET', '/api/suggestions')).body;
      document.getElementById('leaders-list').replaceChildren(...(suggestions.leaders || []).map((value) => el('option', { value })));
    } catch (error) { /* a help only */ }
  }
};

function agendaDays(schedule) {
  const days = [];
  const walk = (sections) => (sections || []).forEach((section) => {
    if (section.agenda && Array.isArray(section.agenda.days)) section.agenda.days.forEach((day) => days.push(day.day));
    walk(section.sections);
  });
  walk(schedule && schedule.sections);
  return days;
}

function proposalForm(month, schedule, session) {
  const { t, el } = App;
  const field = (name, label, attrs = {}, tag = 'input', hint = null) => el('div', { class: tag === 'textarea' ? 'field field-wide' : 'field' },
    el('label', { for: 'p-' + name }, label, attrs.required ? el('span', { class: 'required', 'aria-hidden': 'true', text: ' *' }) : null),
    el(tag, Object.assign({ id: 'p-' + name, name, autocomplete: 'off' }, tag === 'input' ? { type: 'text' } : { rows: 3 },
      hint ? { 'aria-describedby': `p-${name}-hint` } : {}, attrs)),
    hint ? el('span', { class: 'hint', id: `p-${name}-hint`, text: hint }) : null,
    el('div', { class: 'field-diags', id: `p-${name}-diags` }));
  const form = el('form', { id: 'proposal-form', class: 'grid', novalidate: true },
    el('p', { class: 'hint', text: t('proposal.unit', session.user.unit || '') }),
    field('day', t('field.day'), { required: true, list: 'days-list', inputmode: 'numeric' }, 'input', t('proposal.day.hint')),
    field('time', t('field.time'), { list: 'times-list' }),
    field('leader', t('field.leader'), { list: 'leaders-list' }),
    field('text', t('field.text'), { required: true }, 'textarea'),
    field('note', t('field.proposal.note'), {}, 'textarea'),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', text: t('proposal.submit') })),
    el('datalist', { id: 'days-list' }), el('datalist', { id: 'leaders-list' }),
    el('datalist', { id: 'times-list' }, ['Sáng', 'Chiều', 'Tối', 'Cả ngày'].map((value) => el('option', { value }))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(['day', 'time', 'text', 'leader', 'note'].map((name) => [name, form.elements[name].value.trim()]));
    let bad = null;
    for (const name of ['day', 'text']) {
      const input = form.elements[name];
      const diags = document.getElementById(`p-${name}-diags`);
      diags.replaceChildren();
      input.removeAttribute('aria-invalid');
      const wrong = name === 'day' ? !/^\d{1,2}(-\d{1,2})?$/.test(values.day) : !values.text;
      if (wrong) {
        input.setAttribute('aria-invalid', 'true');
        diags.append(el('p', { class: 'diag diag-error', id: `p-${name}-error`, text: t('proposal.invalid.' + name) }));
        input.setAttribute('aria-describedby', `p-${name}-error` + (name === 'day' ? ' p-day-hint' : ''));
        bad = bad || input;
      }
    }
    if (bad) { bad.focus(); App.status(t('proposal.invalid'), 'error'); return; }
    const body = { day: /^\d+$/.test(values.day) ? Number(values.day) : values.day, time: values.time, text: values.text };
    if (values.leader) body.leader = values.leader;
    if (values.note) body.note = values.note;
    try {
      await App.api('POST', `/api/months/${month}/proposals`, body);
      form.reset();
      App.status(t('proposal.sent'), 'ok');
      await loadProposals(month);
    } catch (error) {
      App.status(error.message, 'error');
    }
  });
  return el('section', { class: 'panel', 'aria-labelledby': 'proposal-heading' },
    el('h2', { id: 'proposal-heading', text: t('proposal.heading') }), form);
}

function proposalList() {
  const { t, el } = App;
  return el('section', { class: 'panel', 'aria-labelledby': 'mine-heading' },
    el('h2', { id: 'mine-heading', text: t('proposal.mine') }),
    el('div', { class: 'table-scroll' }, el('table', { id: 'proposals-table' },
      el('thead', {}, el('tr', {}, ['proposal.col.day', 'proposal.col.time', 'proposal.col.text', 'proposal.col.state', 'proposal.col.reason', 'proposal.col.created']
        .map((key) => el('th', { scope: 'col', text: t(key) })))),
      el('tbody', { id: 'proposals-body' }))),
    el('p', { id: 'proposals-empty', class: 'hint', text: t('proposal.none'), hidden: true }));
}

async function loadProposals(month) {
  const { t, el } = App;
  const list = (await App.api('GET', `/api/months/${month}/proposals`)).body || [];
  list.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  document.getElementById('proposals-body').replaceChildren(...list.map((p) => el('tr', { 'data-id': p.id },
    el('td', { text: String(p.day) }), el('td', { text: p.time || '' }), el('td', { text: p.text }),
    el('td', {}, el('span', { class: 'state state-' + p.state, text: t('proposal.state.' + p.state) })),
    el('td', { text: p.reason || '' }), el('td', { text: App.formatTime(p.createdAt) }))));
  document.getElementById('proposals-empty').hidden = list.length > 0;
}

/** A leader's own items of the month (GET …/leader), or null when the schedule does not name them. */
async function leaderItems(month) {
  const { t, el } = App;
  let body;
  try {
    body = (await App.api('GET', `/api/months/${month}/leader`)).body;
  } catch (error) {
    return null;
  }
  const rows = [];
  for (const day of body.days || []) {
    const label = day.first === day.last ? String(day.first) : `${day.first}–${day.last}`;
    for (const item of day.items) {
      rows.push(el('tr', {}, el('td', { text: label }), el('td', { text: item.time || '' }), el('td', { text: item.text }),
        el('td', { text: item.unit || '' })));
    }
  }
  const leader = body.leader || {};
  return el('section', { class: 'panel', 'aria-labelledby': 'leader-heading' },
    el('h2', { id: 'leader-heading', text: t('leader.heading', leader.short || '') }),
    rows.length
      ? el('div', { class: 'table-scroll' }, el('table', {},
        el('thead', {}, el('tr', {}, ['proposal.col.day', 'proposal.col.time', 'proposal.col.text', 'leader.col.unit']
          .map((key) => el('th', { scope: 'col', text: t(key) })))),
        el('tbody', {}, rows)))
      : el('p', { class: 'hint', text: t('leader.none') }));
}
