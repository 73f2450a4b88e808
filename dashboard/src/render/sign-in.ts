import { h } from '../element.js';

/** The sign-in form: a key goes to sessionStorage, never into the address. */
export function renderSignIn(panel: HTMLElement, message: string | null, onKey: (key: string) => void): void {
  const input = h('input', { type: 'password', name: 'key', autocomplete: 'off', required: '', 'aria-label': 'API key', placeholder: 'API key or JWT' });
  // POST, and handled here: even a browser that submitted it would not put the key in a URL.
  const form = h('form', { method: 'post', class: 'sign-in-form' }, h('label', {}, 'Sign in with an API key (role viewer or above; manager for alerts)'), input, h('button', { type: 'submit' }, 'Open dashboard'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (key) onKey(key);
  });
  panel.replaceChildren(h('h2', {}, 'Sign in'), ...(message ? [h('p', { class: 'refusal', role: 'alert' }, message)] : []), form);
  input.focus();
}
