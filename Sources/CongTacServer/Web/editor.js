// The office's month editor. The schedule is kept as the JSON of the file format; every form field
// carries the `data-path` of the value it edits (`sections[1].agenda.days[3].items[0].leader`), so an
// edit writes back into the schedule and a diagnostic's `path` finds its field. Keys the form does not
// show are kept as they are. While the clerk types, the draft is checked and previewed (debounced);
// saving is a PUT with If-Match.
'use strict';

const Editor = (() => {
  const { t, el } = App;
  const DEBOUNCE_MS = 400;

  // --- paths -------------------------------------------------------------------------------------
  function parsePath(path) {
    const parts = [];
    for (const piece of path.split('.')) {
      const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(piece);
      if (!match) return null;
      if (match[1]) parts.push(match[1]);
      for (const index of match[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
    }
    return parts;
  }

  function joinPath(parts) {
    return parts.reduce((text, part) => typeof part === 'number' ? `${text}[${part}]` : (text ? `${text}.${part}` : part), '');
  }

  function getAt(root, path) {
    let node = root;
    for (const part of parsePath(path) || []) {
      if (node === null || node === undefined) return undefined;
      node = node[part];
    }
    return node;
  }

  /** Writes `value` at `path`, creating objects on the way; `undefined` removes the key. */
  function setAt(root, path, value) {
    const parts = parsePath(path);
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      if (node[parts[i]] === null || typeof node[parts[i]] !== 'object') {
        if (value === undefined) return;
        node[parts[i]] = typeof parts[i + 1] === 'number' ? [] : {};
      }
      node = node[parts[i]];
    }
    const last = parts[parts.length - 1];
    if (value === undefined) {
      if (Array.isArray(node)) node.splice(last, 1); else delete node[last];
    } else {
      node[last] = value;
    }
    // An object left empty by removing its last optional key goes too (`signature: {}` says nothing).
    if (value === undefined && parts.length > 1 && !Array.isArray(node) && Object.keys(node).length === 0) {
      setAt(root, joinPath(parts.slice(0, -1)), undefined);
    }
  }

  /** The draft as the JSON text sent to the server, one value per line, with the field path of each
   *  line: a diagnostic's line (in the body the client sent) finds its field even without a `path`. */
  function encodeMapped(value) {
    const lines = [];
    const paths = [null];
    const emit = (text, path) => { lines.push(text); paths.push(path || null); };
    const walk = (node, path, indent, prefix, suffix) => {
      const pad = ' '.repeat(indent);
      if (Array.isArray(node) || (node && typeof node === 'object')) {
        const array = Array.isArray(node);
        const keys = array ? node.map((_, index) => index) : Object.keys(node);
        const [open, close] = array ? ['[', ']'] : ['{', '}'];
        if (!keys.length) { emit(pad + prefix + open + close + suffix, path); return; }
        emit(pad + prefix + open, path);
        keys.forEach((key, index) => {
          const childPath = array ? `${path}[${key}]` : (path ? `${path}.${key}` : key);
          walk(node[key], childPath, indent + 1, array ? '' : JSON.stringify(key) + ': ', index < keys.length - 1 ? ',' : '');
        });
        emit(pad + close + suffix, path);
      } else {
        emit(pad + prefix + JSON.stringify(node === undefined ? null : node) + suffix, path);
      }
    };
    walk(value, '', 0, '', '');
    return { text: lines.join('\n'), paths };
  }

  /** Diagnostics with a `path`: the server's, or the one of their line in the body that was sent. */
  function withPaths(diagnostics, paths) {
    return (diagnostics || []).map((d) => Object.assign({}, d, {
      path: d.path || (paths && d.line && paths[d.line]) || null,
    }));
  }

  // --- state -------------------------------------------------------------------------------------
  const state = {
    month: null, etag: null, schedule: null, dirty: false, saving: false,
    fields: new Map(), // data-path → element (inputs and the fieldsets of arrays' elements)
    timer: null, checkAbort: null, previewAbort: null, generation: 0, diagnostics: [],
  };
  let form, previewFrame, previewNote, diagList, diagSummary, saveButton, dirtyNote;

  // --- fields ------------------------------------------------------------------------------------
  function fieldId(path) { return 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-'); }

  /** A labelled field. kind: text, textarea, lines (one entry per line), day, docnumber. */
  function field(path, label, options = {}) {
    const kind = options.kind || 'text';
    const id = fieldId(path);
    const value = getAt(state.schedule, path);
    let input;
    if (kind === 'textarea' || kind === 'lines') {
      input = el('textarea', { id, rows: options.rows || 2 });
      input.value = kind === 'lines' ? (Array.isArray(value) ? value.join('\n') : '') : (value ?? '');
    } else {
      input = el('input', { id, type: 'text', list: options.list || null, inputmode: options.inputmode || null, autocomplete: 'off' });
      input.value = value ?? '';
    }
    input.dataset.path = path;
    input.dataset.kind = kind;
    if (options.optional) input.dataset.optional = 'true';
    if (options.required) input.setAttribute('aria-required', 'true');
    if (options.readonly) input.readOnly = true;
    const hint = options.hint ? el('span', { class: 'hint', id: id + '-hint', text: options.hint }) : null;
    if (hint) input.setAttribute('aria-describedby', hint.id);
    state.fields.set(path, input);
    return el('div', { class: 'field field-' + (options.size || kind) + (options.area ? ' area-' + options.area : '') },
      el('label', { for: id }, label, options.required ? el('span', { class: 'required', 'aria-hidden': 'true', text: ' *' }) : null),
      input, hint, el('div', { class: 'field-diags', id: id + '-diags' }));
  }

  function valueOf(input) {
    const raw = input.value;
    const kind = input.dataset.kind;
    if (kind === 'lines') {
      const lines = raw.split('\n').map((line) => line.trim()).filter(Boolean);
      return lines.length || !input.dataset.optional ? lines : undefined;
    }
    const text = kind === 'textarea' ? raw.replace(/\r/g, '') : raw.trim();
    if (text === '' && input.dataset.optional) return undefined;
    if ((kind === 'day' || kind === 'docnumber') && /^\d{1,9}$/.test(text)) return Number(text);
    return kind === 'textarea' ? text.trim() : text;
  }

  function button(action, target, label, text, extra = {}) {
    return el('button', Object.assign({ type: 'button', class: 'small', 'data-action': action, 'data-target': target, 'aria-label': label, title: label }, extra), text);
  }

  /** ↑ ↓ ✕ for the element at `path` of an array of `count` elements. */
  function moveButtons(path, index, count, noun) {
    return el('div', { class: 'row-actions' },
      button('up', path, t('editor.up', noun, index + 1), '↑', { disabled: index === 0 }),
      button('down', path, t('editor.down', noun, index + 1), '↓', { disabled: index === count - 1 }),
      button('remove', path, t('editor.remove', noun, index + 1), '✕', { class: 'small danger' }));
  }

  function headerFields() {
    return el('fieldset', { class: 'group', 'data-path': '' },
      el('legend', { text: t('editor.header') }),
      el('div', { class: 'grid' },
        field('agency.parent', t('field.agency.parent'), { optional: true }),
        field('agency.name', t('field.agency.name'), { required: true }),
        field('agency.code', t('field.agency.code'), { optional: true, size: 'short' }),
        field('number', t('field.number'), { kind: 'docnumber', optional: true, size: 'short', inputmode: 'numeric' }),
        field('place', t('field.place'), { required: true }),
        field('date', t('field.date'), { required: true, hint: t('field.date.hint'), size: 'short' }),
        field('month', t('field.month'), { readonly: true, size: 'short' }),
        field('banner', t('field.banner'), { optional: true }),
        field('title', t('field.title'), { kind: 'textarea', optional: true }),
        field('summary', t('field.summary'), { optional: true })));
  }

  function closingFields() {
    return el('fieldset', { class: 'group', 'data-path': 'signature' },
      el('legend', { text: t('editor.closing') }),
      el('div', { class: 'grid' },
        field('recipients', t('field.recipients'), { kind: 'lines', optional: true, rows: 5, hint: t('field.lines.hint') }),
        field('electronic', t('field.electronic'), { kind: 'lines', optional: true, rows: 2, hint: t('field.lines.hint') }),
        field('signature.authority', t('field.signature.authority'), { optional: true }),
        field('signature.position', t('field.signature.position'), { optional: true }),
        field('signature.name', t('field.signature.name'), { optional: true })));
  }

  const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

  function sectionFields(section, path, label, depth) {
    const box = el('fieldset', { class: 'group section depth-' + depth, 'data-path': path, tabindex: '-1' },
      el('legend', { text: t('editor.section', label, section.heading || '') }),
      field(`${path}.heading`, t('field.heading'), { required: true }));
    state.fields.set(path, box);
    if (Array.isArray(section.items)) {
      const list = el('ol', { class: 'tasks' });
      section.items.forEach((_, index) => {
        const itemPath = `${path}.items[${index}]`;
        const row = el('li', { class: 'task', 'data-path': itemPath, tabindex: '-1' },
          field(itemPath, t('field.task', index + 1), { kind: 'textarea', rows: 3, required: true }),
          moveButtons(itemPath, index, section.items.length, t('noun.task')));
        state.fields.set(itemPath + '#row', row);
        list.append(row);
      });
      box.append(el('h3', { class: 'subheading', text: t('editor.tasks') }), list,
        button('add-task', `${path}.items`, t('editor.add.task'), t('editor.add.task')));
    }
    (section.sections || []).forEach((child, index) => {
      box.append(sectionFields(child, `${path}.sections[${index}]`, `${label}.${index + 1}`, depth + 1));
    });
    if (section.agenda && Array.isArray(section.agenda.days)) box.append(agendaFields(section.agenda.days, `${path}.agenda.days`));
    return box;
  }

  function agendaFields(days, path) {
    const box = el('div', { class: 'agenda' }, el('h3', { class: 'subheading', text: t('editor.agenda') }));
    days.forEach((day, index) => {
      const dayPath = `${path}[${index}]`;
      const items = Array.isArray(day.items) ? day.items : [];
      const dayBox = el('fieldset', { class: 'day', 'data-path': dayPath, tabindex: '-1' },
        el('legend', { text: t('editor.day', day.day ?? '') }),
        el('div', { class: 'day-head' },
          field(`${dayPath}.day`, t('field.day'), { kind: 'day', required: true, size: 'short', hint: t('field.day.hint') }),
          field(`${dayPath}.note`, t('field.note'), { optional: true }),
          field(`${dayPath}.text`, t('field.daytext'), { optional: true }),
          moveButtons(dayPath, index, days.length, t('noun.day'))));
      state.fields.set(dayPath, dayBox);
      const list = el('ol', { class: 'items' });
      items.forEach((_, itemIndex) => {
        const itemPath = `${dayPath}.items[${itemIndex}]`;
        const row = el('li', { class: 'item', 'data-path': itemPath, tabindex: '-1' },
          el('div', { class: 'item-fields' },
            field(`${itemPath}.time`, t('field.time'), { optional: true, list: 'times-list', size: 'short', area: 'time' }),
            field(`${itemPath}.text`, t('field.text'), { kind: 'textarea', required: true, size: 'wide', area: 'text' }),
            field(`${itemPath}.unit`, t('field.unit'), { optional: true, list: 'units-list', area: 'unit' }),
            field(`${itemPath}.leader`, t('field.leader'), { optional: true, list: 'leaders-list', area: 'leader' })),
          moveButtons(itemPath, itemIndex, items.length, t('noun.item')));
        state.fields.set(itemPath, row);
        list.append(row);
      });
      dayBox.append(list, button('add-item', `${dayPath}.items`, t('editor.add.item.day', day.day ?? ''), t('editor.add.item')));
      box.append(dayBox);
    });
    box.append(button('add-day', path, t('editor.add.day'), t('editor.add.day')));
    return box;
  }

  /** Rebuilds the form from the schedule; focus goes to `focus` ({path, action}) or stays where it was. */
  function renderForm(focus) {
    const active = document.activeElement;
    const here = active && form.contains(active)
      ? { path: active.dataset.action ? active.dataset.target : active.dataset.path, action: active.dataset.action }
      : null;
    state.fields = new Map();
    const sections = Array.isArray(state.schedule.sections) ? state.schedule.sections : [];
    form.replaceChildren(headerFields(),
      ...sections.map((section, index) => sectionFields(section, `sections[${index}]`, ROMAN[index] || String(index + 1), 0)),
      closingFields());
    showDiagnostics(state.diagnostics);
    const want = focus || here;
    if (!want || want.path === undefined || want.path === null) return;
    if (want.action) {
      const opposite = { up: 'down', down: 'up' }[want.action];
      for (const action of [want.action, opposite]) {
        if (!action) continue;
        const target = form.querySelector(`[data-action="${action}"][data-target="${CSS.escape(want.path)}"]`);
        if (target && !target.disabled) { target.focus(); return; }
      }
    }
    focusPathOrAncestor(want.path);
  }

  function focusPathOrAncestor(path) {
    let parts = parsePath(path) || [];
    while (parts.length) {
      const node = state.fields.get(joinPath(parts));
      if (node) {
        node.focus();
        if (node.scrollIntoView) node.scrollIntoView({ block: 'center' });
        return node;
      }
      parts = parts.slice(0, -1);
    }
    return null;
  }

  // --- edits -------------------------------------------------------------------------------------
  function onInput(event) {
    const input = event.target;
    if (!input.dataset || input.dataset.path === undefined || input.readOnly) return;
    setAt(state.schedule, input.dataset.path, valueOf(input));
    changed();
  }

  function changed() {
    state.dirty = true;
    dirtyNote.textContent = t('editor.unsaved');
    clearTimeout(state.timer);
    state.timer = setTimeout(refresh, DEBOUNCE_MS);
  }

  function onClick(event) {
    const target = event.target.closest('button[data-action]');
    if (!target || !form.contains(target)) return;
    const action = target.dataset.action;
    const path = target.dataset.target;
    if (action === 'add-task' || action === 'add-item' || action === 'add-day') {
      let list = getAt(state.schedule, path);
      if (!Array.isArray(list)) { setAt(state.schedule, path, []); list = getAt(state.schedule, path); }
      if (action === 'add-task') list.push('');
      if (action === 'add-item') list.push({ time: '', text: '' });
      if (action === 'add-day') list.push({ day: nextDay(list), items: [{ time: 'Sáng', text: '' }] });
      const newPath = `${path}[${list.length - 1}]`;
      renderForm({ path: action === 'add-task' ? newPath : action === 'add-item' ? `${newPath}.time` : `${newPath}.day` });
      App.status(t('editor.added'));
      changed();
      return;
    }
    const parts = parsePath(path);
    const index = parts[parts.length - 1];
    const listPath = joinPath(parts.slice(0, -1));
    const list = getAt(state.schedule, listPath);
    if (!Array.isArray(list)) return;
    if (action === 'remove') {
      list.splice(index, 1);
      const next = list.length === 0 ? null : `${listPath}[${Math.min(index, list.length - 1)}]`;
      renderForm(next ? { path: next, action: 'remove' } : { path: listPath });
      App.status(t('editor.removed'));
    } else {
      const other = action === 'up' ? index - 1 : index + 1;
      if (other < 0 || other >= list.length) return;
      [list[index], list[other]] = [list[other], list[index]];
      renderForm({ path: `${listPath}[${other}]`, action });
      App.status(t(action === 'up' ? 'editor.moved.up' : 'editor.moved.down'));
    }
    changed();
  }

  function nextDay(days) {
    const last = days.length ? days[days.length - 1].day : 0;
    const number = typeof last === 'number' ? last : Number(String(last).split('-').pop());
    return Number.isFinite(number) ? number + 1 : '';
  }

  // --- check and preview -------------------------------------------------------------------------
  async function refresh() {
    clearTimeout(state.timer);
    const generation = ++state.generation;
    const draft = encodeMapped(state.schedule);
    if (state.checkAbort) state.checkAbort.abort();
    state.checkAbort = new AbortController();
    const check = App.api('POST', `/api/months/${state.month}/check`, draft.text, { rawBody: true, signal: state.checkAbort.signal })
      .then((result) => { if (generation === state.generation) showDiagnostics(withPaths(result.body.diagnostics, draft.paths)); })
      .catch((error) => { if (error.name !== 'AbortError') App.status(error.message, 'error'); });
    await Promise.all([check, preview(draft, generation)]);
  }

  async function preview(draft, generation) {
    if (state.previewAbort) state.previewAbort.abort();
    state.previewAbort = new AbortController();
    try {
      const result = await App.api('POST', `/api/months/${state.month}/preview`, draft.text,
        { rawBody: true, text: true, accept: [422], signal: state.previewAbort.signal });
      if (generation !== state.generation) return;
      if (result.status === 422) {
        previewNote.textContent = t('preview.stale');
        previewFrame.classList.add('stale');
        return;
      }
      showPreview(result.body);
      previewNote.textContent = t('preview.updated', new Date().toLocaleTimeString('vi-VN'));
      previewFrame.classList.remove('stale');
    } catch (error) {
      if (error.name !== 'AbortError') previewNote.textContent = error.message;
    }
  }

  /** Puts the preview page's body and styles into the frame. The frame is a page of ours under our CSP
   *  (no inline style), so the page's <style> texts are adopted as constructed style sheets. */
  function showPreview(html) {
    const frameWindow = previewFrame.contentWindow;
    const doc = previewFrame.contentDocument;
    if (!doc || !doc.body) return;
    // The <style> elements are cut out of the text before it is parsed: even a parsed, unshown document
    // reports them as CSP violations.
    const styles = [];
    const stripped = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_, text) => { styles.push(text); return ''; });
    const parsed = new DOMParser().parseFromString(stripped, 'text/html');
    const css = styles.join('\n');
    for (const node of parsed.querySelectorAll('script, style, link, iframe, object, embed')) node.remove();
    try {
      const sheet = new frameWindow.CSSStyleSheet();
      sheet.replaceSync(css.replace(/@font-face\s*{[^}]*}/g, ''));
      doc.adoptedStyleSheets = [sheet];
    } catch (error) { /* an old browser: the preview without its styles */ }
    const scroll = frameWindow.scrollY;
    doc.body.className = parsed.body.className;
    doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
    if (parsed.title) doc.title = parsed.title;
    frameWindow.scrollTo(0, scroll);
  }

  function showDiagnostics(diagnostics) {
    state.diagnostics = diagnostics;
    for (const node of form.querySelectorAll('.field-diags')) node.replaceChildren();
    for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
    for (const node of form.querySelectorAll('[data-diag-described]')) {
      node.setAttribute('aria-describedby', node.dataset.diagDescribed);
      if (!node.dataset.diagDescribed) node.removeAttribute('aria-describedby');
      delete node.dataset.diagDescribed;
    }
    const others = [];
    let atFields = 0;
    let firstField = null;
    diagnostics.forEach((diagnostic, index) => {
      const input = diagnostic.path ? state.fields.get(diagnostic.path) : null;
      if (input && input.matches('input, textarea, select')) {
        const id = `diag-${index}`;
        document.getElementById(input.id + '-diags').append(
          el('p', { class: 'diag diag-' + diagnostic.severity, id, text: App.diagnosticText(diagnostic) }));
        if (diagnostic.severity === 'error') input.setAttribute('aria-invalid', 'true');
        if (input.dataset.diagDescribed === undefined) input.dataset.diagDescribed = input.getAttribute('aria-describedby') || '';
        input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${id}`.trim());
        atFields++;
        firstField = firstField || input;
      } else {
        others.push(diagnostic);
      }
    });
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    diagSummary.replaceChildren(diagnostics.length === 0 ? t('diag.none') : t('diag.summary', errors, warnings));
    if (atFields) {
      diagSummary.append(' ', el('a', { href: '#' + firstField.id, text: t('diag.first.field', atFields),
        onclick: (event) => { event.preventDefault(); firstField.focus(); firstField.scrollIntoView({ block: 'center' }); } }));
    }
    diagList.replaceChildren(...others.map((diagnostic) => {
      const text = App.diagnosticText(diagnostic);
      const target = diagnostic.path ? focusTarget(diagnostic.path) : null;
      const content = target
        ? el('a', { href: '#' + (target.id || ''), text, onclick: (event) => { event.preventDefault(); focusPathOrAncestor(diagnostic.path); } })
        : text;
      return el('li', { class: 'diag diag-' + diagnostic.severity }, content);
    }));
    diagList.hidden = others.length === 0;
  }

  function focusTarget(path) {
    let parts = parsePath(path) || [];
    while (parts.length) {
      const node = state.fields.get(joinPath(parts));
      if (node) {
        if (!node.id) node.id = fieldId(joinPath(parts)) + '-box';
        return node;
      }
      parts = parts.slice(0, -1);
    }
    return null;
  }

  // --- saving ------------------------------------------------------------------------------------
  async function save(options = {}) {
    if (state.saving) return;
    clearTimeout(state.timer);
    state.saving = true;
    saveButton.disabled = true;
    App.status(t('save.pending'));
    try {
      let etag = state.etag;
      if (options.overwrite) etag = (await App.api('GET', `/api/months/${state.month}`)).body.etag;
      const sent = encodeMapped(state.schedule);
      const result = await App.api('PUT', `/api/months/${state.month}`, sent.text,
        { rawBody: true, headers: { 'If-Match': etag }, accept: [409, 412, 413, 422] });
      if (result.status === 200) {
        state.etag = result.body.etag;
        state.dirty = false;
        dirtyNote.textContent = t('editor.saved');
        showDiagnostics(withPaths(result.body.diagnostics, sent.paths));
        App.status(t('save.done', result.body.version ?? ''), 'ok');
        refresh();
      } else if (result.status === 412) {
        App.status(t('save.stale'), 'error',
          el('button', { type: 'button', class: 'small', text: t('save.stale.reload'), onclick: () => reload(true) }),
          el('button', { type: 'button', class: 'small', text: t('save.stale.overwrite'), onclick: () => save({ overwrite: true }) }),
          el('a', { href: `/api/months/${state.month}/preview`, target: '_blank', rel: 'noopener', text: t('save.stale.view') }));
      } else if (result.status === 422) {
        showDiagnostics(withPaths(result.body && result.body.diagnostics, sent.paths));
        App.status(t('save.invalid'), 'error');
        document.getElementById('diag-panel').focus();
      } else {
        App.status((result.body && result.body.error && result.body.error.message) || t('error.http', result.status), 'error');
      }
    } catch (error) {
      App.status(error.message, 'error');
    } finally {
      state.saving = false;
      saveButton.disabled = false;
    }
  }

  async function reload(confirmed) {
    if (!confirmed && state.dirty && !window.confirm(t('editor.reload.confirm'))) return;
    const result = await App.api('GET', `/api/months/${state.month}`);
    state.etag = result.body.etag;
    state.schedule = result.body.schedule;
    state.dirty = false;
    dirtyNote.textContent = t('editor.saved');
    renderForm();
    showDiagnostics(result.body.diagnostics || []);
    App.status(t('editor.reloaded'), 'ok');
    refresh();
  }

  // --- page --------------------------------------------------------------------------------------
  async function loadSuggestions() {
    try {
      const result = await App.api('GET', '/api/suggestions');
      const fill = (id, values) => document.getElementById(id).replaceChildren(...(values || []).map((value) => el('option', { value })));
      fill('units-list', result.body.units);
      fill('leaders-list', result.body.leaders);
    } catch (error) { /* suggestions are a help, not a need */ }
  }

  async function start(root, month) {
    state.month = month;
    const result = await App.api('GET', `/api/months/${month}`);
    state.etag = result.body.etag;
    if (!result.body.schedule) {
      root.replaceChildren(invalidFile(result.body));
      return;
    }
    state.schedule = result.body.schedule;
    form = el('form', { id: 'editor-form', class: 'editor-form', novalidate: true, 'aria-label': t('editor.form') });
    saveButton = el('button', { type: 'button', id: 'save', class: 'primary', text: t('save.button') });
    dirtyNote = el('span', { id: 'dirty', class: 'dirty', text: t('editor.saved') });
    diagSummary = el('p', { id: 'diag-summary' });
    diagList = el('ul', { id: 'diag-list', class: 'diag-list' });
    previewFrame = el('iframe', { id: 'preview', title: t('preview.title'), src: '/static/preview.html' });
    previewNote = el('p', { id: 'preview-note', class: 'hint', 'aria-live': 'polite' });
    const times = el('datalist', { id: 'times-list' }, ['Sáng', 'Chiều', 'Tối', 'Cả ngày'].map((value) => el('option', { value })));
    // The status line rides in the sticky toolbar, so that "saved" or "someone else changed it" is seen
    // wherever the clerk is in the form.
    const statusLine = document.getElementById('status');
    root.replaceChildren(
      el('div', { class: 'toolbar' }, saveButton, dirtyNote, statusLine),
      el('section', { id: 'diag-panel', class: 'panel diag-panel', tabindex: '-1', 'aria-labelledby': 'diag-heading' },
        el('h2', { id: 'diag-heading', text: t('diag.heading') }),
        el('div', { 'aria-live': 'polite', 'aria-atomic': 'false' }, diagSummary, diagList)),
      el('div', { class: 'editor-columns' }, form,
        el('aside', { class: 'preview-pane', 'aria-labelledby': 'preview-heading' },
          el('h2', { id: 'preview-heading', text: t('preview.heading') }), previewNote, previewFrame)),
      App.downloads(month), times, el('datalist', { id: 'units-list' }), el('datalist', { id: 'leaders-list' }));
    form.addEventListener('input', onInput);
    form.addEventListener('click', onClick);
    form.addEventListener('submit', (event) => { event.preventDefault(); save(); });
    saveButton.addEventListener('click', () => save());
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') { event.preventDefault(); save(); }
    });
    window.addEventListener('beforeunload', (event) => { if (state.dirty) { event.preventDefault(); event.returnValue = ''; } });
    renderForm();
    showDiagnostics(result.body.diagnostics || []);
    loadSuggestions();
    const ready = () => refresh();
    if (previewFrame.contentDocument && previewFrame.contentDocument.readyState === 'complete' && previewFrame.contentDocument.URL !== 'about:blank') ready();
    else previewFrame.addEventListener('load', ready, { once: true });
  }

  function invalidFile(body) {
    return el('section', { class: 'panel' },
      el('h2', { text: t('editor.invalid.heading') }),
      el('p', { text: t('editor.invalid.text') }),
      el('ul', { class: 'diag-list' }, (body.diagnostics || []).map((d) => el('li', { class: 'diag diag-' + d.severity, text: App.diagnosticText(d, true) }))),
      el('pre', { class: 'source', tabindex: '0', text: body.source || '' }),
      el('p', {}, el('a', { href: `/months/${body.month}/history`, text: t('nav.history') })));
  }

  return { start, parsePath, joinPath, getAt, setAt, state };
})();
