// The months of the workspace: state and counts of problems; the office adds a month (from the previous one).
'use strict';

App.pages.months = async ({ session }) => {
  const { t, el } = App;
  const body = document.getElementById('months-body');
  const result = await App.api('GET', '/api/months');
  const months = (result.body || []).slice().sort((a, b) => b.month.localeCompare(a.month));
  body.replaceChildren(...months.map((m) => el('tr', {},
    el('th', { scope: 'row' }, el('a', { href: `/months/${m.month}`, text: App.monthLabel(m.month) })),
    el('td', { class: 'file', text: m.file || '' }),
    el('td', {}, el('span', { class: 'state state-' + m.state, text: t('state.' + m.state) })),
    el('td', { class: 'number' + (m.errors ? ' has-errors' : ''), text: String(m.errors ?? 0) }),
    el('td', { class: 'number' + (m.warnings ? ' has-warnings' : ''), text: String(m.warnings ?? 0) }),
    el('td', { text: App.formatTime(m.updatedAt) }))));
  document.getElementById('months-empty').hidden = months.length > 0;
  document.getElementById('months-table').hidden = months.length === 0;

  if (session.user.role !== 'office') return;
  const form = document.getElementById('new-month-form');
  const input = form.elements.month;
  const from = form.elements.from;
  const next = nextMonth(months.length ? months[0].month : null);
  input.value = next;
  from.replaceChildren(el('option', { value: '', text: t('months.new.blank') }),
    ...months.map((m) => el('option', { value: m.month, text: App.monthLabel(m.month) })));
  const pickPrevious = () => {
    const previous = previousMonth(input.value.trim());
    from.value = months.some((m) => m.month === previous) ? previous : (months.length ? months[0].month : '');
  };
  pickPrevious();
  input.addEventListener('change', pickPrevious);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const month = input.value.trim();
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      App.status(t('months.new.invalid'), 'error');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    const request = { month };
    if (from.value) request.from = from.value;
    try {
      await App.api('POST', '/api/months', request);
      location.assign(`/months/${month}`);
    } catch (error) {
      App.status(error.message, 'error');
    }
  });
};

function previousMonth(month) {
  const match = /^(\d{4})-(\d\d)$/.exec(month || '');
  if (!match) return '';
  const [year, number] = [Number(match[1]), Number(match[2])];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

function nextMonth(month) {
  const match = /^(\d{4})-(\d\d)$/.exec(month || '');
  const now = new Date();
  if (!match) return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const [year, number] = [Number(match[1]), Number(match[2])];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}
