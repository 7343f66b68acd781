// congtac serve: what every page shares — the texts (from the server's catalog, in a JSON block),
// the session, calls to /api with the CSRF token, the status line and small DOM helpers.
// Each page's script registers `App.pages[NAME]`, run once the session is known.
'use strict';

const App = (() => {
  const textBlock = document.getElementById('texts');
  const texts = textBlock ? JSON.parse(textBlock.textContent) : {};
  const pages = {};
  let session = null;

  /** A text of the catalog by key, `{0}`, `{1}` … replaced by the arguments. */
  function t(key, ...args) {
    let text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    args.forEach((arg, index) => { text = text.split('{' + index + '}').join(String(arg)); });
    return text;
  }

  /** An element with attributes (`class`, `text`, `on…` handlers, booleans) and children. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else if (value === true) node.setAttribute(name, '');
      else node.setAttribute(name, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, body, response) {
      super((body && body.error && body.error.message) || t('error.http', status));
      this.status = status;
      this.body = body;
      this.response = response;
    }
  }

  /** A call to the JSON API. Resolves to `{status, body, response}`; rejects with ApiError on 4xx/5xx
   *  unless the status is in `options.accept`. */
  async function api(method, url, body, options = {}) {
    const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
    if (method !== 'GET' && method !== 'HEAD' && session) headers['X-CSRF-Token'] = session.csrfToken;
    let payload;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = options.rawBody ? body : JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin', signal: options.signal });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      throw new ApiError(0, { error: { message: t('error.network') } });
    }
    const type = response.headers.get('Content-Type') || '';
    let result = null;
    if (options.text) result = await response.text();
    else if (type.includes('json')) result = await response.json().catch(() => null);
    else await response.text().catch(() => '');
    const accepted = (options.accept || []).includes(response.status);
    if (response.status === 401 && !options.allowAnonymous) {
      goToLogin();
      throw new ApiError(401, result, response);
    }
    if (!response.ok && !accepted) {
      const parsed = options.text && type.includes('json') ? safeJSON(result) : result;
      throw new ApiError(response.status, parsed, response);
    }
    return { status: response.status, body: result, response };
  }

  function safeJSON(text) {
    try { return JSON.parse(text); } catch (error) { return null; }
  }

  function goToLogin() {
    if (document.body.dataset.page === 'login') return;
    const next = location.pathname + location.search;
    location.assign('/login?next=' + encodeURIComponent(next));
  }

  /** The page's status line (role=status): `kind` is info, ok or error. */
  function status(message, kind = 'info', ...actions) {
    const box = document.getElementById('status');
    if (!box) return;
    box.replaceChildren();
    box.className = 'status status-' + kind;
    if (!message) return;
    box.append(el('span', { text: message }), ...actions);
  }

  function formatTime(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return String(iso);
    const two = (n) => String(n).padStart(2, '0');
    return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
  }

  function monthLabel(month) {
    const [year, number] = String(month).split('-');
    return t('month.label', number, year);
  }

  function roleLabel(role) { return t('role.' + role); }

  function setupHeader() {
    const who = document.getElementById('who');
    if (who && session) {
      const user = session.user;
      who.textContent = user.unit ? t('nav.who.unit', user.name, roleLabel(user.role), user.unit) : t('nav.who', user.name, roleLabel(user.role));
    }
    for (const node of document.querySelectorAll('[data-role]')) {
      node.hidden = !session || !node.dataset.role.split(' ').includes(session.user.role);
    }
    const logout = document.getElementById('logout');
    if (logout) {
      logout.hidden = !session;
      logout.addEventListener('click', async () => {
        try { await api('POST', '/api/logout', undefined, { accept: [401] }); } catch (error) { /* leaving anyway */ }
        location.assign('/login');
      });
    }
  }

  async function start() {
    const page = document.body.dataset.page;
    if (page !== 'login') {
      try {
        const result = await api('GET', '/api/session');
        session = result.body;
      } catch (error) {
        if (error.status !== 401) status(error.message, 'error');
        return;
      }
    }
    setupHeader();
    const run = pages[page];
    if (!run) return;
    try {
      await run({ month: document.body.dataset.month || null, session });
    } catch (error) {
      if (error.status !== 401) status(error.message, 'error');
    }
  }

  /** Downloads of a month: the three documents and a week (ISO weeks that touch the month). */
  function downloads(month) {
    const base = `/api/months/${month}`;
    const list = el('ul', { class: 'downloads' },
      el('li', {}, el('a', { href: `${base}/document.docx`, download: true, text: t('download.docx') })),
      el('li', {}, el('a', { href: `${base}/document.html`, download: true, text: t('download.html') })),
      el('li', {}, el('a', { href: `${base}/document.pdf`, download: true, text: t('download.pdf') })));
    const weeks = isoWeeks(month);
    const select = el('select', { id: 'week-select', name: 'week' },
      weeks.map((week) => el('option', { value: week.id, text: t('week.option', week.number, week.from, week.to) })));
    const format = el('select', { id: 'week-format', name: 'format' },
      ['docx', 'pdf', 'html'].map((f) => el('option', { value: f, text: f.toUpperCase() })));
    const link = el('a', { class: 'button', download: true, text: t('download.week') });
    const update = () => { link.href = `${base}/week/${select.value}.${format.value}`; };
    select.addEventListener('change', update);
    format.addEventListener('change', update);
    update();
    const week = el('div', { class: 'week-download' },
      el('label', { for: 'week-select', text: t('download.week.label') }), select,
      el('label', { for: 'week-format', class: 'visually-hidden', text: t('download.week.format') }), format, link);
    return el('section', { class: 'panel', 'aria-labelledby': 'downloads-heading' },
      el('h2', { id: 'downloads-heading', text: t('download.heading') }), list, week);
  }

  /** ISO weeks (YYYY-Www) that hold a weekday of the month. */
  function isoWeeks(month) {
    const [year, number] = month.split('-').map(Number);
    const weeks = [];
    const seen = new Set();
    const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
    for (let day = 1; day <= days; day++) {
      const date = new Date(Date.UTC(year, number - 1, day));
      const weekday = (date.getUTCDay() + 6) % 7;
      if (weekday > 4) continue;
      const thursday = new Date(date);
      thursday.setUTCDate(date.getUTCDate() + 3 - weekday);
      const weekYear = thursday.getUTCFullYear();
      const week = 1 + Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / 86400000 / 7);
      const id = `${weekYear}-W${String(week).padStart(2, '0')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const monday = new Date(date);
      monday.setUTCDate(date.getUTCDate() - weekday);
      const friday = new Date(monday);
      friday.setUTCDate(monday.getUTCDate() + 4);
      const short = (d) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
      weeks.push({ id, number: String(week).padStart(2, '0'), from: short(monday), to: short(friday) });
    }
    return weeks;
  }

  /** "Lỗi: …" / "Cảnh báo: …"; with `where`, the line and column first (of a saved file's YAML: a
   *  draft's lines are those of the JSON the page sent, which the clerk never sees). */
  function diagnosticText(diagnostic, where = false) {
    const at = where && diagnostic.line ? t('diag.where', diagnostic.line, diagnostic.column || 1) + ' — ' : '';
    return `${at}${t('diag.' + diagnostic.severity)}: ${diagnostic.message}`;
  }

  document.addEventListener('DOMContentLoaded', start);

  return {
    t, el, api, ApiError, status, pages, formatTime, monthLabel, roleLabel, downloads, isoWeeks,
    diagnosticText, get session() { return session; },
  };
})();
