// The login page: POST /api/login, then on to `next` (a path of this site only) or the months.
'use strict';

App.pages.login = async () => {
  const form = document.getElementById('login-form');
  const button = form.querySelector('button[type=submit]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const username = form.elements.username.value.trim();
    const password = form.elements.password.value;
    if (!username || !password) {
      App.status(App.t('login.missing'), 'error');
      (username ? form.elements.password : form.elements.username).focus();
      return;
    }
    button.disabled = true;
    App.status(App.t('login.pending'));
    try {
      const result = await App.api('POST', '/api/login', { username, password }, { accept: [401, 429], allowAnonymous: true });
      if (result.status === 200) {
        const next = new URLSearchParams(location.search).get('next') || '';
        location.assign(/^\/(?!\/)/.test(next) && !next.startsWith('/login') ? next : '/months');
        return;
      }
      if (result.status === 429) {
        const wait = result.response.headers.get('Retry-After');
        App.status(wait ? App.t('login.throttled.after', wait) : App.t('login.throttled'), 'error');
      } else {
        App.status(App.t('login.wrong'), 'error');
        form.elements.password.value = '';
        form.elements.password.focus();
      }
    } catch (error) {
      App.status(error.message, 'error');
    } finally {
      button.disabled = false;
    }
  });
};
