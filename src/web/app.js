// canonym's page for editors: plain ES module, no build step, talks only to the server that serves it.
const $ = (id) => document.getElementById(id);
const state = { annotation: null, fileName: null, messages: {}, english: {}, seq: 0, locales: [] };

// ---- messages ---------------------------------------------------------------------------------------------
async function loadMessages(lng) {
  const get = async (l) => (await fetch(`/web/messages/${l}.json`)).json();
  if (!Object.keys(state.english).length) state.english = await get('en');
  state.messages = lng === 'en' ? state.english : await get(lng).catch(() => state.english);
  document.documentElement.lang = lng;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  document.title = t('title');
}

/** A message with its {placeholders} filled; English when the language lacks it. */
function t(key, values = {}) {
  const pattern = state.messages[key] ?? state.english[key] ?? key;
  return pattern.replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
}

function languageName(code) {
  try {
    return new Intl.DisplayNames([document.documentElement.lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

// ---- server -----------------------------------------------------------------------------------------------
async function api(path, body) {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(json.error?.message ?? `${res.status}`);
  return json;
}

function request() {
  const body = { text: $('source').value, format: $('format').value, lang: $('lang').value };
  if ($('locale').value) body.locale = $('locale').value;
  return body;
}

function setStatus(message) {
  $('status').textContent = message;
}

// ---- checking and rendering -------------------------------------------------------------------------------
async function check() {
  const seq = ++state.seq;
  const text = $('source').value;
  if (!text.trim()) {
    state.annotation = null;
    render();
    setStatus(t('empty'));
    return;
  }
  try {
    const annotation = await api('/v1/annotate', request());
    if (seq !== state.seq) return; // a newer check is on its way
    state.annotation = { ...annotation, text };
    render();
    const how = annotation.localeSource === 'option' ? 'locale.given' : annotation.localeSource === 'detected' ? 'locale.detected' : 'locale.fallback';
    setStatus(t(how, { locale: languageName(annotation.locale) }));
  } catch (error) {
    if (seq === state.seq) setStatus(t('error.request', { message: error.message }));
  }
}

function render() {
  const marked = $('marked');
  marked.replaceChildren();
  const a = state.annotation;
  for (const status of ['right', 'wrong', 'suspected', 'unknown']) {
    document.querySelector(`[data-count="${status}"]`).textContent = a ? a.counts[status] : 0;
  }
  renderEntities();
  if (!a) return;
  let cursor = 0;
  a.spans.forEach((span, i) => {
    if (span.start < cursor) return;
    marked.append(a.text.slice(cursor, span.start));
    const fixable = span.fix && span.status !== 'right';
    const el = document.createElement(fixable ? 'button' : 'mark');
    el.className = `name ${span.status}`;
    el.dataset.index = String(i);
    el.textContent = span.text;
    if (fixable) {
      el.type = 'button';
      el.setAttribute('aria-label', t('fix.aria', { found: span.text, written: span.fix.text }));
    } else {
      el.tabIndex = 0;
    }
    el.setAttribute('aria-describedby', 'tip');
    marked.append(el);
    cursor = span.end;
  });
  marked.append(a.text.slice(cursor));
}

function renderEntities() {
  const list = $('entities');
  list.replaceChildren();
  const a = state.annotation;
  if (!a || !a.entities.length) {
    const li = document.createElement('li');
    li.className = 'note';
    li.textContent = t('entities.none');
    list.append(li);
    return;
  }
  for (const e of a.entities) {
    const li = document.createElement('li');
    li.dataset.entity = e.id;
    const head = document.createElement('div');
    head.className = 'entity-head';
    const label = document.createElement('strong');
    label.textContent = e.label;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = t('entities.count', { mentions: e.count });
    head.append(label, ' ', count);
    // Two spellings are a problem only when one of them is not right (a full name and its short form are fine).
    if (e.spellings.length > 1 && e.spellings.some((s) => s.status !== 'right')) {
      const warn = document.createElement('span');
      warn.className = 'inconsistent';
      warn.textContent = t('entities.spellings', { spellings: e.spellings.length });
      head.append(' ', warn);
    }
    const spellings = document.createElement('ul');
    for (const s of e.spellings) {
      const item = document.createElement('li');
      const m = document.createElement('span');
      m.className = `name ${s.status}`;
      m.textContent = s.text;
      item.append(m, ` ×${s.count}`);
      spellings.append(item);
    }
    li.append(head, spellings);
    li.title = formsLine(e.forms);
    list.append(li);
  }
}

const formsLine = (forms) => Object.entries(forms).map(([l, f]) => `${l}: ${f}`).join(' · ');

// ---- hover / focus card -----------------------------------------------------------------------------------
function showTip(el) {
  const span = state.annotation?.spans[Number(el.dataset.index)];
  if (!span) return;
  const tip = $('tip');
  tip.replaceChildren();
  const add = (cls, text) => {
    const p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    tip.append(p);
  };
  add(`tip-status ${span.status}`, t(`status.${span.status}`));
  const entity = span.entity && state.annotation.entities.find((e) => e.id === span.entity);
  if (entity) {
    add('tip-entity', t('tip.entity', { name: entity.label, id: entity.id }));
    if (entity.description) add('tip-description', entity.description);
    add('tip-forms', `${t('tip.forms')} ${formsLine(entity.forms)}`);
  } else if (span.status === 'unknown') {
    add('tip-description', t('tip.unknown'));
  }
  for (const d of span.diagnostics) add('tip-rule', `${d.ruleId}: ${d.message}`);
  if (span.fix && span.status !== 'right') add('tip-fix', t('tip.fix', { written: span.fix.text }));
  tip.hidden = false;
  const r = el.getBoundingClientRect();
  tip.style.left = `${Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8))}px`;
  tip.style.top = `${window.scrollY + r.bottom + 6}px`;
}

function hideTip() {
  $('tip').hidden = true;
}

// ---- actions ----------------------------------------------------------------------------------------------
async function fixOne(index) {
  const a = state.annotation;
  const span = a?.spans[index];
  if (!span?.fix || $('source').value !== a.text) return;
  const { offset, length, text } = span.fix;
  $('source').value = a.text.slice(0, offset) + text + a.text.slice(offset + length);
  hideTip();
  await check();
  setStatus(t('fixed.one', { found: span.text, written: text }));
  // Keep the keyboard where it was: on the next name to fix after this one, else on the text.
  const after = offset + text.length;
  const next = [...document.querySelectorAll('#marked button.name')]
    .find((el) => state.annotation.spans[Number(el.dataset.index)].start >= after);
  (next ?? $('marked')).focus();
}

async function fixAll() {
  if (!$('source').value.trim()) return;
  try {
    const result = await api('/v1/fix', request());
    $('source').value = result.output;
    await check();
    setStatus(t('fixed.all', { applied: result.applied.length, left: result.remaining.length }));
  } catch (error) {
    setStatus(t('error.request', { message: error.message }));
  }
}

function download() {
  const name = state.fileName ?? `article.${{ markdown: 'md', html: 'html' }[$('format').value] ?? 'txt'}`;
  const blob = new Blob([$('source').value], { type: 'text/plain;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function openFile(file) {
  state.fileName = file.name;
  $('format').value = /\.(md|markdown)$/i.test(file.name) ? 'markdown' : /\.(html?|xhtml)$/i.test(file.name) ? 'html' : 'text';
  $('source').value = await file.text();
  await check();
}

async function preview() {
  const to = $('target').value;
  if (!to || !$('source').value.trim()) return;
  try {
    const body = request();
    const result = await api('/v1/localize', { text: body.text, format: body.format, to: [to], ...(body.locale ? { from: body.locale } : {}) });
    const version = result.results[0];
    $('preview-text').textContent = version.text;
    $('preview-note').textContent = version.kept.length
      ? t('preview.kept', { locale: languageName(to), names: version.kept.map((k) => k.found).join(', ') })
      : t('preview.done', { names: version.names.length, locale: languageName(to) });
  } catch (error) {
    $('preview-note').textContent = t('error.request', { message: error.message });
  }
}

// ---- wiring -----------------------------------------------------------------------------------------------
let timer;
function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 400);
}

async function start() {
  const params = new URLSearchParams(location.search);
  const preferred = params.get('lang') ?? (navigator.language || 'en').slice(0, 2);
  $('lang').value = [...$('lang').options].some((o) => o.value === preferred) ? preferred : 'en';
  await loadMessages($('lang').value);
  const info = await fetch('/v1/info').then((r) => r.json());
  state.locales = info.locales;
  for (const code of info.locales) {
    $('locale').append(new Option(`${code} · ${languageName(code)}`, code));
    $('target').append(new Option(`${code} · ${languageName(code)}`, code));
  }
  $('target').value = info.locales.includes('de') ? 'de' : info.locales[0];

  $('source').addEventListener('input', scheduleCheck);
  $('locale').addEventListener('change', check);
  $('format').addEventListener('change', check);
  $('check').addEventListener('click', check);
  $('fix-all').addEventListener('click', fixAll);
  $('download').addEventListener('click', download);
  $('preview').addEventListener('click', preview);
  $('file').addEventListener('change', (e) => e.target.files[0] && openFile(e.target.files[0]));
  $('lang').addEventListener('change', async () => {
    await loadMessages($('lang').value);
    await check();
  });
  const marked = $('marked');
  marked.addEventListener('click', (e) => {
    const el = e.target.closest('button.name');
    if (el) fixOne(Number(el.dataset.index));
  });
  for (const [type, fn] of [['mouseover', showTip], ['focusin', showTip]]) {
    marked.addEventListener(type, (e) => {
      const el = e.target.closest('.name');
      if (el) fn(el);
    });
  }
  marked.addEventListener('mouseout', hideTip);
  marked.addEventListener('focusout', hideTip);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTip();
  });
  if (!$('source').value) setStatus(t('empty'));
  else await check();
  document.body.dataset.ready = 'true';
}

start();
