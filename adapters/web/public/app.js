// Switchboard web chat page: wires the transcript view, the connection and the composer.
// Plain ES2020 modules, no dependencies, no bundler.
import { ChatConnection, newClientId } from './connection.js';
import { Translator } from './i18n.js';
import { safeStorage } from './storage.js';
import { TranscriptView } from './transcript.js';

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'),
  banner: $('banner'),
  statusDot: $('status-dot'),
  statusText: $('status-text'),
};
const STATUS_KEYS = {
  connecting: 'statusConnecting',
  online: 'statusOnline',
  fallback: 'statusFallback',
  offline: 'statusOffline',
};

const i18n = new Translator(safeStorage);
const view = new TranscriptView({
  list: $('transcript'),
  scroller: $('scroller'),
  typing: $('typing'),
  i18n,
  onQuickReply: (value, label) => sendText(value, label),
});
const connection = new ChatConnection(safeStorage, {
  onMessage: (message, clientMessageId) => view.addServerMessage(message, clientMessageId),
  onStatus: setStatus,
  onLoaded: () => view.scrollToEnd(true),
  onSessionReplaced: () => {
    view.clear();
    showBanner('bannerNewSession');
  },
  onFailed: (clientMessageId, retryable) =>
    view.markFailed(
      clientMessageId,
      retryable
        ? () => {
            // Same clientMessageId: if the first attempt did arrive, the gateway dedupes it.
            view.markSending(clientMessageId);
            connection.retry(clientMessageId);
          }
        : undefined,
    ),
  onWaiting: (waiting) => view.setWaiting(waiting),
  lastId: () => view.lastId,
  locale: () => i18n.locale,
});

function setStatus(status) {
  ui.statusText.dataset.i18n = STATUS_KEYS[status];
  ui.statusText.textContent = i18n.t(STATUS_KEYS[status]);
  ui.statusDot.dataset.state =
    status === 'offline' ? 'offline' : status === 'connecting' ? 'connecting' : 'online';
  if (status === 'offline') showBanner('bannerOffline');
  else if (ui.banner.dataset.i18n === 'bannerOffline') showBanner(null);
}

function showBanner(key) {
  ui.banner.hidden = !key;
  if (key) {
    ui.banner.dataset.i18n = key;
    ui.banner.textContent = i18n.t(key);
  } else {
    delete ui.banner.dataset.i18n;
  }
}

function sendText(text, label) {
  if (!text || !text.trim()) return;
  const clientMessageId = newClientId();
  view.addPending(clientMessageId, text, label);
  connection.send(clientMessageId, text);
}

// ---------- composer ----------

function autoGrow() {
  ui.input.style.height = 'auto';
  ui.input.style.height = Math.min(ui.input.scrollHeight + 3, 140) + 'px';
}

function submit() {
  const text = ui.input.value;
  if (!text.trim()) return;
  ui.input.value = '';
  autoGrow();
  sendText(text);
  ui.input.focus();
}

$('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
ui.input.addEventListener('keydown', (event) => {
  // Enter sends, Shift+Enter breaks the line, and Enter that confirms an IME composition (Chinese
  // input) does neither.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault();
    submit();
  }
});
ui.input.addEventListener('input', autoGrow);
$('lang-toggle').addEventListener('click', () => i18n.toggle());

// ---------- embedded in the widget's iframe ----------

if (new URLSearchParams(location.search).get('embed') === '1') {
  document.documentElement.classList.add('embed');
  const closeButton = $('close-embed');
  closeButton.hidden = false;
  // The widget script in the host page listens for this and hides its panel.
  const closePanel = () => window.parent.postMessage({ type: 'switchboard-webchat:close' }, '*');
  closeButton.addEventListener('click', closePanel);
  // Keys typed in the iframe never reach the host page, so Escape is forwarded from here.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePanel();
  });
}

i18n.apply();
setStatus('connecting');
connection.start();
