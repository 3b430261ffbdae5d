import { t, type DashboardLanguage } from './i18n';
import { h, layout } from './layout';

/** The sign-in form: an API key, sent once by POST; the error, when the last try failed. */
export function signInPage(lang: DashboardLanguage, error?: 'wrongKey' | 'rateLimited'): string {
  const alert = error ? `<p class="error" role="alert" id="sign-in-error">${h(t(lang, error))}</p>` : '';
  return layout({
    lang,
    title: t(lang, 'signInTitle'),
    body: `<p>${h(t(lang, 'signInIntro'))}</p>
${alert}
<form class="sign-in" method="post" action="/dashboard/session">
<input type="hidden" name="lang" value="${lang}">
<label for="api-key">${h(t(lang, 'apiKey'))}</label>
<input id="api-key" name="key" type="password" autocomplete="current-password" required autofocus spellcheck="false"${error ? ' aria-describedby="sign-in-error" aria-invalid="true"' : ''}>
<button type="submit">${h(t(lang, 'signIn'))}</button>
</form>`,
  });
}
