// The chat's transport and session. A WebSocket to /webchat is preferred; while it is down (or
// blocked by a proxy), messages go by POST /webchat/messages and new ones arrive by polling.
// Unconfirmed messages are resent with the same clientMessageId, so the gateway never sees a
// message twice.

const SESSION_KEY = 'switchboard.webchat.session';
const POLL_MS = 3000;
const PING_MS = 25000;
/** Errors after which resending the same message cannot help. */
const FINAL_ERRORS = [
  'SB_ERR_EMPTY_MESSAGE',
  'SB_ERR_PAYLOAD_TOO_LARGE',
  'SB_ERR_INVALID_UTF8',
  'SB_ERR_BAD_REQUEST',
];

/** A random id for one customer message. randomUUID needs a secure context; getRandomValues does not. */
export function newClientId() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ChatConnection {
  /**
   * @param {object} hooks onMessage(message, clientMessageId), onStatus('online'|'fallback'|'offline'),
   *   onLoaded() once the transcript first loaded, onSessionReplaced(), onFailed(clientMessageId,
   *   retryable), onWaiting(boolean), lastId(), locale()
   */
  constructor(storage, hooks) {
    this.storage = storage;
    this.hooks = hooks;
    this.sessionId = storage.get(SESSION_KEY);
    /** Messages not yet confirmed, in order: {clientMessageId, text, status: queued|sent|failed}. */
    this.queue = [];
    this.ws = null;
    this.ready = false;
    this.mode = 'ws';
    this.attempts = 0;
    this.posting = false;
    this.loadedOnce = false;
    this.timers = { retry: 0, ping: 0, poll: 0 };
  }

  start() {
    window.addEventListener('online', () => this.reconnectNow());
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden && !this.ws) this.reconnectNow();
    });
    this.connect();
  }

  send(clientMessageId, text) {
    this.queue.push({ clientMessageId, text, status: 'queued' });
    this.changed();
    this.flush();
  }

  retry(clientMessageId) {
    const item = this.queue.find((i) => i.clientMessageId === clientMessageId);
    if (!item) return;
    item.status = 'queued';
    this.changed();
    this.flush();
  }

  // ---------- shared ----------

  changed() {
    this.hooks.onWaiting(this.queue.some((item) => item.status !== 'failed'));
  }

  confirm(clientMessageId) {
    this.queue = this.queue.filter((item) => item.clientMessageId !== clientMessageId);
    this.changed();
  }

  fail(clientMessageId, code) {
    const item = this.queue.find((i) => i.clientMessageId === clientMessageId);
    if (!item) return;
    const retryable = !FINAL_ERRORS.includes(code);
    if (retryable) item.status = 'failed';
    else this.queue.splice(this.queue.indexOf(item), 1);
    this.hooks.onFailed(clientMessageId, retryable);
    this.changed();
  }

  receive(message, clientMessageId) {
    this.hooks.onMessage(message, clientMessageId);
    if (clientMessageId) this.confirm(clientMessageId);
  }

  loaded() {
    if (this.loadedOnce) return;
    this.loadedOnce = true;
    this.hooks.onLoaded();
  }

  adoptSession(sessionId) {
    if (sessionId && sessionId !== this.sessionId) {
      this.sessionId = sessionId;
      this.storage.set(SESSION_KEY, sessionId);
    }
  }

  /** The stored id was refused (the server's secret changed, or it was tampered with): start over. */
  dropSession() {
    this.sessionId = null;
    this.storage.remove(SESSION_KEY);
    this.hooks.onSessionReplaced();
  }

  /** Send whatever is queued over the transport that is up. */
  flush() {
    if (this.ready && this.ws) {
      for (const item of this.queue) {
        if (item.status !== 'queued') continue;
        item.status = 'sent';
        this.ws.send(
          JSON.stringify({ type: 'message', text: item.text, clientMessageId: item.clientMessageId }),
        );
      }
    } else if (this.mode === 'http') {
      void this.postNext();
    }
  }

  // ---------- WebSocket ----------

  connect() {
    clearTimeout(this.timers.retry);
    if (this.ws) return;
    if (typeof window.WebSocket !== 'function') {
      this.useHttp();
      return;
    }
    let ws;
    try {
      ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/webchat');
    } catch (_) {
      this.useHttp();
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.addEventListener('open', () => this.hello());
    ws.addEventListener('message', (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch (_) {
        return;
      }
      this.handleFrame(frame);
    });
    ws.addEventListener('close', () => {
      this.ws = null;
      this.ready = false;
      clearInterval(this.timers.ping);
      // Unconfirmed messages go again (same clientMessageId) over whatever comes up next.
      for (const item of this.queue) if (item.status === 'sent') item.status = 'queued';
      this.useHttp();
      this.scheduleReconnect();
    });
  }

  hello() {
    const hello = { type: 'hello', locale: this.hooks.locale() };
    const lastId = this.hooks.lastId();
    if (this.sessionId) hello.sessionId = this.sessionId;
    if (this.sessionId && lastId) hello.after = lastId;
    this.ws.send(JSON.stringify(hello));
  }

  handleFrame(frame) {
    if (frame.type === 'session') {
      this.adoptSession(frame.sessionId);
      for (const message of frame.messages || []) this.receive(message);
      this.loaded();
      this.ready = true;
      this.attempts = 0;
      this.mode = 'ws';
      clearInterval(this.timers.poll);
      this.hooks.onStatus('online');
      clearInterval(this.timers.ping);
      this.timers.ping = setInterval(() => this.ws && this.ws.send('{"type":"ping"}'), PING_MS);
      this.flush();
    } else if (frame.type === 'message') {
      this.receive(frame.message, frame.clientMessageId);
    } else if (frame.type === 'error') {
      if (frame.code === 'SB_ERR_SESSION_FORGED') {
        this.dropSession();
        this.hello();
      } else if (frame.clientMessageId) {
        this.fail(frame.clientMessageId, frame.code);
      }
    }
  }

  scheduleReconnect() {
    clearTimeout(this.timers.retry);
    const delay = Math.min(30000, 1000 * 2 ** this.attempts) * (0.75 + Math.random() * 0.5);
    this.attempts += 1;
    this.timers.retry = setTimeout(() => this.connect(), delay);
  }

  reconnectNow() {
    this.attempts = 0;
    this.connect();
  }

  // ---------- HTTP fallback ----------

  useHttp() {
    if (this.mode === 'http') return;
    this.mode = 'http';
    this.hooks.onStatus('fallback');
    clearInterval(this.timers.poll);
    this.timers.poll = setInterval(() => void this.poll(), POLL_MS);
    void this.poll();
    this.flush();
  }

  async postNext() {
    const item = this.queue.find((i) => i.status === 'queued');
    if (this.posting || !item) return;
    this.posting = true;
    item.status = 'sent';
    try {
      const body = { text: item.text, clientMessageId: item.clientMessageId, locale: this.hooks.locale() };
      if (this.sessionId) body.sessionId = this.sessionId;
      const response = await fetch('/webchat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const data = await response.json().catch(() => ({}));
      if (response.ok) {
        this.adoptSession(data.sessionId);
        this.receive({ id: data.messageId, direction: 'in', text: item.text }, item.clientMessageId);
        for (const reply of data.replies || []) this.receive({ direction: 'out', ...reply });
        this.hooks.onStatus('fallback');
      } else if (data.error && data.error.code === 'SB_ERR_SESSION_FORGED') {
        this.dropSession();
        item.status = 'queued';
      } else {
        this.fail(item.clientMessageId, data.error && data.error.code);
      }
    } catch (_) {
      // Network down: keep the message queued; the next poll or reconnect sends it.
      item.status = 'queued';
      this.hooks.onStatus('offline');
      this.posting = false;
      return;
    }
    this.posting = false;
    if (this.mode === 'http') void this.postNext();
  }

  async poll() {
    if (this.mode !== 'http' || !this.sessionId || document.hidden) return;
    let url = '/webchat/messages?sessionId=' + encodeURIComponent(this.sessionId);
    const lastId = this.hooks.lastId();
    if (lastId) url += '&after=' + encodeURIComponent(lastId);
    try {
      const response = await fetch(url, { cache: 'no-store' });
      const data = await response.json().catch(() => ({}));
      if (response.status === 403) {
        this.dropSession();
        return;
      }
      if (!response.ok) return;
      this.hooks.onStatus('fallback');
      for (const message of data.messages || []) this.receive(message);
      this.loaded();
      this.flush();
    } catch (_) {
      this.hooks.onStatus('offline');
    }
  }
}
