// The office's users page: list, add (name, role, unit, password), remove.
'use strict';

App.pages.users = async ({ session }) => {
  const { t, el } = App;
  const body = document.getElementById('users-body');
  const form = document.getElementById('user-form');
  const role = form.elements.role;
  const unit = form.elements.unit;
  const syncUnit = () => { unit.required = role.value === 'unit'; unit.closest('.field').hidden = role.value !== 'unit'; };
  role.addEventListener('change', syncUnit);
  syncUnit();

  async function load() {
    const list = (await App.api('GET', '/api/users')).body || [];
    body.replaceChildren(...list.map((user) => el('tr', {},
      el('th', { scope: 'row', text: user.name }), el('td', { text: App.roleLabel(user.role) }), el('td', { text: user.unit || '' }),
      el('td', {}, user.name === session.user.name ? null : el('button', { type: 'button', class: 'small danger', text: t('users.remove'),
        'aria-label': t('users.remove.label', user.name), onclick: () => remove(user.name) })))));
  }

  async function remove(name) {
    if (!window.confirm(t('users.remove.confirm', name))) return;
    try {
      await App.api('DELETE', `/api/users/${encodeURIComponent(name)}`);
      App.status(t('users.removed', name), 'ok');
      await load();
      form.elements.name.focus();
    } catch (error) {
      App.status(error.message, 'error');
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const request = { name: form.elements.name.value.trim(), role: role.value, password: form.elements.password.value };
    if (role.value === 'unit') request.unit = unit.value.trim();
    const missing = [['name', !request.name], ['unit', role.value === 'unit' && !request.unit], ['password', request.password.length < 8]]
      .filter(([, bad]) => bad).map(([name]) => name);
    for (const name of ['name', 'unit', 'password']) {
      if (missing.includes(name)) form.elements[name].setAttribute('aria-invalid', 'true');
      else form.elements[name].removeAttribute('aria-invalid');
    }
    if (missing.length) {
      App.status(t('users.invalid'), 'error');
      form.elements[missing[0]].focus();
      return;
    }
    try {
      await App.api('POST', '/api/users', request);
      App.status(t('users.added', request.name), 'ok');
      form.reset();
      syncUnit();
      await load();
    } catch (error) {
      App.status(error.message, 'error');
    }
  });

  await load();
};
