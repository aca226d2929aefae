// Switchboard web chat page. Plain ES2020, no dependencies.
// Transport: a WebSocket to /webchat; while it is down, POST /webchat/messages plus polling.
// Every customer and bot text goes through textContent: never innerHTML.
(() => {
  'use strict';

  const STRINGS = {
    en: {
      title: 'Customer service',
      welcome:
        'Hi! Ask me anything about your booking, refunds or account. A colleague can take over whenever you need a person.',
      placeholder: 'Type your question…',
      inputLabel: 'Your message',
      send: 'Send',
      close: 'Close chat',
      transcript: 'Conversation',
      typing: 'The assistant is typing…',
      statusConnecting: 'Connecting…',
      statusOnline: 'Online · replies in seconds',
      statusFallback: 'Online (basic connection)',
      statusOffline: 'Offline · retrying',
      bannerOffline: 'Connection lost. Your messages will be sent when we are back.',
      bannerNewSession: 'Your previous chat could not be restored, so a new one was started.',
      agent: 'Agent',
      bot: 'Assistant',
      failed: 'Not sent.',
      retry: 'Retry',
      sending: 'Sending…',
      langToggle: 'Switch to Chinese',
    },
    zh: {
      title: '在线客服',
      welcome: '您好！关于预订、退款或账户的问题都可以问我。需要人工服务时，随时为您转接客服同事。',
      placeholder: '请输入您的问题…',
      inputLabel: '您的消息',
      send: '发送',
      close: '关闭对话',
      transcript: '对话记录',
      typing: '客服正在输入…',
      statusConnecting: '正在连接…',
      statusOnline: '在线 · 秒级回复',
      statusFallback: '在线（基础连接）',
      statusOffline: '已离线 · 正在重试',
      bannerOffline: '连接已断开。恢复连接后将自动发送您的消息。',
      bannerNewSession: '无法恢复之前的对话，已为您开始新的对话。',
      agent: '人工客服',
      bot: '智能助手',
      failed: '发送失败。',
      retry: '重试',
      sending: '发送中…',
      langToggle: '切换到英文',
    },
  };
  const SESSION_KEY = 'switchboard.webchat.session';
  const LANG_KEY = 'switchboard.webchat.lang';
  const POLL_MS = 3000;
  const PING_MS = 25000;
  /** Errors after which resending the same message cannot help. */
  const FINAL_ERRORS = [
    'SB_ERR_EMPTY_MESSAGE',
    'SB_ERR_PAYLOAD_TOO_LARGE',
    'SB_ERR_INVALID_UTF8',
    'SB_ERR_BAD_REQUEST',
  ];

  const $ = (id) => document.getElementById(id);
  const ui = {
    transcript: $('transcript'),
    scroller: $('scroller'),
    typing: $('typing'),
    banner: $('banner'),
    form: $('composer'),
    input: $('input'),
    statusDot: $('status-dot'),
    statusText: $('status-text'),
    langToggle: $('lang-toggle'),
    closeEmbed: $('close-embed'),
  };

  // localStorage throws in some sandboxed iframes and private modes; the chat still works without it.
  const storage = {
    get(key) {
      try {
        return window.localStorage.getItem(key);
      } catch (_) {
        return null;
      }
    },
    set(key, value) {
      try {
        window.localStorage.setItem(key, value);
      } catch (_) {
        /* not persisted: a reload starts a new session */
      }
    },
    remove(key) {
      try {
        window.localStorage.removeItem(key);
      } catch (_) {
        /* nothing stored */
      }
    },
  };

  const state = {
    lang: pickLanguage(),
    sessionId: storage.get(SESSION_KEY),
    /** Newest server message id seen, for `after=` on polls and reconnects. */
    lastId: null,
    /** Server message id → its list item, for dedupe. */
    seen: new Map(),
    /** Messages typed but not yet confirmed by the server, in order. */
    pending: [],
    status: 'connecting',
  };

  // ---------- language ----------

  function pickLanguage() {
    const saved = storage.get(LANG_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
    return /^zh\b/i.test(navigator.language || '') ? 'zh' : 'en';
  }

  function t(key) {
    return STRINGS[state.lang][key] || STRINGS.en[key] || key;
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll('[data-i18n-placeholder]')) {
      el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder));
    }
    for (const el of document.querySelectorAll('[data-i18n-aria-label]')) {
      el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
    }
    ui.langToggle.textContent = state.lang === 'zh' ? 'EN' : '中';
    ui.langToggle.setAttribute('lang', state.lang === 'zh' ? 'en' : 'zh-CN');
    ui.langToggle.setAttribute('aria-label', t('langToggle'));
    setStatus(state.status);
  }

  function toggleLanguage() {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    storage.set(LANG_KEY, state.lang);
    applyLanguage();
  }

  // ---------- status, banner, typing ----------

  function setStatus(status) {
    state.status = status;
    const key = {
      connecting: 'statusConnecting',
      online: 'statusOnline',
      fallback: 'statusFallback',
      offline: 'statusOffline',
    }[status];
    ui.statusText.dataset.i18n = key;
    ui.statusText.textContent = t(key);
    ui.statusDot.dataset.state =
      status === 'offline' ? 'offline' : status === 'connecting' ? 'connecting' : 'online';
  }

  function showBanner(key) {
    if (!key) {
      ui.banner.hidden = true;
      delete ui.banner.dataset.i18n;
      return;
    }
    ui.banner.dataset.i18n = key;
    ui.banner.textContent = t(key);
    ui.banner.hidden = false;
  }

  function updateTyping() {
    const waiting = state.pending.some((item) => item.status !== 'failed');
    ui.typing.hidden = !waiting;
    if (waiting) scrollToEnd(true);
  }

  function nearBottom() {
    const s = ui.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 120;
  }

  function scrollToEnd(force) {
    if (force || nearBottom()) ui.scroller.scrollTop = ui.scroller.scrollHeight;
  }

  // ---------- rendering (textContent only) ----------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function i18nEl(tag, className, key) {
    const node = el(tag, className, t(key));
    node.dataset.i18n = key;
    return node;
  }

  /** The bot avatar: a copy of the static one in the page (no markup is ever built from strings). */
  function avatar() {
    return document.querySelector('.welcome .avatar').cloneNode(true);
  }

  function formatTime(iso) {
    const date = iso ? new Date(iso) : new Date();
    return date.toLocaleTimeString(state.lang === 'zh' ? 'zh-CN' : 'en', {
      hour: '2-digit',
      minute: '2-digit',
    });
  }

  /** Build one transcript item. `display` is what the customer sees (a quick reply's label). */
  function renderMessage(message, display) {
    const incoming = message.direction === 'in';
    const system = !incoming && message.author === 'system';
    const li = el('li', 'msg ' + (incoming ? 'msg--in' : system ? 'msg--system' : 'msg--out'));
    const content = el('div', 'msg__content');
    const meta = el('div', 'msg__meta');
    const time = el('time', '', formatTime(message.createdAt));
    if (message.createdAt) time.dateTime = message.createdAt;
    if (!incoming && !system) {
      // Bots and agents: "Assistant · 10:42" above the bubble; the customer's own time goes below.
      li.append(avatar());
      meta.append(i18nEl('span', 'msg__author', message.author === 'agent' ? 'agent' : 'bot'), time);
      content.append(meta);
    }
    content.append(
      el('p', 'bubble ' + (incoming ? 'bubble--customer' : 'bubble--bot'), display || message.text),
    );
    if (incoming) {
      meta.append(time);
      content.append(meta);
    }
    if (Array.isArray(message.options) && message.options.length > 0)
      content.append(renderOptions(message.options));
    li.append(content);
    li.optionsOffered = message.options || [];
    return li;
  }

  function renderOptions(options) {
    const group = el('div', 'quick');
    group.setAttribute('role', 'group');
    for (const option of options) {
      const button = el('button', 'quick__option', option.label);
      button.type = 'button';
      button.addEventListener('click', () => sendText(option.value, option.label));
      group.append(button);
    }
    return group;
  }

  /** Quick replies only make sense on the newest message; older ones are removed. */
  function refreshQuickReplies() {
    const last = ui.transcript.lastElementChild;
    for (const group of ui.transcript.querySelectorAll('.quick')) {
      if (!last || !last.contains(group)) group.remove();
    }
  }

  /** The label of a quick reply whose value the customer sent, so history reads as it was tapped. */
  function labelFor(text) {
    const previous = ui.transcript.lastElementChild;
    const offered = (previous && previous.optionsOffered) || [];
    const match = offered.find((option) => option.value === text);
    return match ? match.label : undefined;
  }

  /** Add a message from the server unless already shown; adopt the matching pending bubble if any. */
  function addServerMessage(message, clientMessageId) {
    if (!message || typeof message.id !== 'string' || state.seen.has(message.id)) return;
    if (!state.lastId || message.id > state.lastId) state.lastId = message.id;
    const pendingIndex = clientMessageId
      ? state.pending.findIndex((p) => p.clientMessageId === clientMessageId)
      : -1;
    if (pendingIndex >= 0) {
      const item = state.pending[pendingIndex];
      state.pending.splice(pendingIndex, 1);
      markSent(item, message);
      state.seen.set(message.id, item.li);
      updateTyping();
      return;
    }
    const li = renderMessage(message, message.direction === 'in' ? labelFor(message.text) : undefined);
    state.seen.set(message.id, li);
    ui.transcript.append(li);
    refreshQuickReplies();
    scrollToEnd(false);
  }

  function clearTranscript() {
    ui.transcript.replaceChildren();
    state.seen.clear();
    state.lastId = null;
  }

  // ---------- sending ----------

  function newClientId() {
    // randomUUID needs a secure context; getRandomValues works on plain http too.
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function sendText(text, label) {
    if (!text || !text.trim()) return;
    const item = { clientMessageId: newClientId(), text, status: 'queued', li: null };
    item.li = renderMessage({ direction: 'in', author: 'customer', text }, label);
    item.li.classList.add('msg--pending');
    item.meta = item.li.querySelector('.msg__meta');
    item.meta.replaceChildren(i18nEl('span', '', 'sending'));
    ui.transcript.append(item.li);
    state.pending.push(item);
    refreshQuickReplies();
    updateTyping();
    scrollToEnd(true);
    flush();
  }

  function markSent(item, message) {
    item.li.classList.remove('msg--pending', 'msg--failed');
    const time = el('time', '', formatTime(message.createdAt));
    if (message.createdAt) time.dateTime = message.createdAt;
    item.meta.replaceChildren(time);
  }

  function markFailed(item, retryable) {
    item.status = 'failed';
    item.li.classList.remove('msg--pending');
    item.li.classList.add('msg--failed');
    const parts = [i18nEl('span', 'msg__error', 'failed')];
    if (retryable) {
      const retry = i18nEl('button', 'link-button', 'retry');
      retry.type = 'button';
      retry.addEventListener('click', () => {
        // Same clientMessageId: if the first attempt did arrive, the gateway dedupes it.
        item.status = 'queued';
        item.li.classList.remove('msg--failed');
        item.li.classList.add('msg--pending');
        item.meta.replaceChildren(i18nEl('span', '', 'sending'));
        updateTyping();
        flush();
      });
      parts.push(retry);
    }
    item.meta.replaceChildren(...parts);
    updateTyping();
  }

  function failPending(clientMessageId, code) {
    const item = state.pending.find((p) => p.clientMessageId === clientMessageId);
    if (!item) return;
    markFailed(item, !FINAL_ERRORS.includes(code));
    if (FINAL_ERRORS.includes(code)) state.pending.splice(state.pending.indexOf(item), 1);
  }

  /** Send whatever is queued over the transport that is up. */
  function flush() {
    if (conn.ready && conn.ws) {
      for (const item of state.pending) {
        if (item.status !== 'queued') continue;
        item.status = 'sent';
        conn.ws.send(
          JSON.stringify({ type: 'message', text: item.text, clientMessageId: item.clientMessageId }),
        );
      }
    } else if (conn.mode === 'http') {
      void postNext();
    }
  }

  // ---------- session ----------

  function adoptSession(sessionId) {
    if (sessionId && sessionId !== state.sessionId) {
      state.sessionId = sessionId;
      storage.set(SESSION_KEY, sessionId);
    }
  }

  /** The stored id was refused (server secret changed, or tampered): forget it and start over. */
  function dropSession() {
    state.sessionId = null;
    storage.remove(SESSION_KEY);
    clearTranscript();
    for (const item of state.pending) ui.transcript.append(item.li);
    showBanner('bannerNewSession');
  }

  // ---------- WebSocket transport ----------

  const conn = {
    ws: null,
    ready: false,
    mode: 'ws',
    attempts: 0,
    retryTimer: 0,
    pingTimer: 0,
    pollTimer: 0,
    posting: false,
  };

  function socketUrl() {
    return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/webchat';
  }

  function connect() {
    clearTimeout(conn.retryTimer);
    if (conn.ws || typeof window.WebSocket !== 'function') {
      if (!conn.ws) useHttp();
      return;
    }
    let ws;
    try {
      ws = new WebSocket(socketUrl());
    } catch (_) {
      useHttp();
      scheduleReconnect();
      return;
    }
    conn.ws = ws;
    ws.addEventListener('open', () => sendHello());
    ws.addEventListener('message', (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch (_) {
        return;
      }
      handleFrame(frame);
    });
    ws.addEventListener('close', () => {
      conn.ws = null;
      conn.ready = false;
      clearInterval(conn.pingTimer);
      // Unconfirmed messages go again (same clientMessageId) over whatever comes up next.
      for (const item of state.pending) if (item.status === 'sent') item.status = 'queued';
      useHttp();
      scheduleReconnect();
    });
  }

  function sendHello() {
    const hello = { type: 'hello', locale: state.lang === 'zh' ? 'zh-CN' : 'en' };
    if (state.sessionId) hello.sessionId = state.sessionId;
    if (state.sessionId && state.lastId) hello.after = state.lastId;
    conn.ws.send(JSON.stringify(hello));
  }

  function handleFrame(frame) {
    if (frame.type === 'session') {
      adoptSession(frame.sessionId);
      for (const message of frame.messages || []) addServerMessage(message);
      conn.ready = true;
      conn.attempts = 0;
      conn.mode = 'ws';
      stopPolling();
      if (ui.banner.dataset.i18n === 'bannerOffline') showBanner(null);
      setStatus('online');
      clearInterval(conn.pingTimer);
      conn.pingTimer = setInterval(() => conn.ws && conn.ws.send('{"type":"ping"}'), PING_MS);
      flush();
    } else if (frame.type === 'message') {
      addServerMessage(frame.message, frame.clientMessageId);
    } else if (frame.type === 'error') {
      if (frame.code === 'SB_ERR_SESSION_FORGED') {
        dropSession();
        sendHello();
      } else if (frame.clientMessageId) {
        failPending(frame.clientMessageId, frame.code);
      }
    }
  }

  function scheduleReconnect() {
    clearTimeout(conn.retryTimer);
    const delay = Math.min(30000, 1000 * 2 ** conn.attempts) * (0.75 + Math.random() * 0.5);
    conn.attempts += 1;
    conn.retryTimer = setTimeout(connect, delay);
  }

  // ---------- HTTP fallback ----------

  function useHttp() {
    if (conn.mode === 'http') return;
    conn.mode = 'http';
    setStatus('fallback');
    startPolling();
    flush();
  }

  async function postNext() {
    if (conn.posting) return;
    const item = state.pending.find((p) => p.status === 'queued');
    if (!item) return;
    conn.posting = true;
    item.status = 'sent';
    try {
      const body = {
        text: item.text,
        clientMessageId: item.clientMessageId,
        locale: state.lang === 'zh' ? 'zh-CN' : 'en',
      };
      if (state.sessionId) body.sessionId = state.sessionId;
      const response = await fetch('/webchat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const data = await response.json().catch(() => ({}));
      if (response.ok) {
        adoptSession(data.sessionId);
        addServerMessage({ id: data.messageId, direction: 'in', text: item.text }, item.clientMessageId);
        for (const reply of data.replies || []) addServerMessage({ direction: 'out', ...reply });
        setStatus('fallback');
      } else {
        const code = data.error && data.error.code;
        if (code === 'SB_ERR_SESSION_FORGED') {
          dropSession();
          item.status = 'queued';
        } else {
          failPending(item.clientMessageId, code);
        }
      }
    } catch (_) {
      // Network down: keep the message queued and say so; the next poll or reconnect retries.
      item.status = 'queued';
      setStatus('offline');
      showBanner('bannerOffline');
      conn.posting = false;
      return;
    }
    conn.posting = false;
    if (conn.mode === 'http') void postNext();
  }

  function startPolling() {
    stopPolling();
    conn.pollTimer = setInterval(() => void poll(), POLL_MS);
    void poll();
  }

  function stopPolling() {
    clearInterval(conn.pollTimer);
  }

  async function poll() {
    if (!state.sessionId || document.hidden) return;
    let url = '/webchat/messages?sessionId=' + encodeURIComponent(state.sessionId);
    if (state.lastId) url += '&after=' + encodeURIComponent(state.lastId);
    try {
      const response = await fetch(url, { cache: 'no-store' });
      const data = await response.json().catch(() => ({}));
      if (response.status === 403) {
        dropSession();
        return;
      }
      if (!response.ok) return;
      if (state.status === 'offline') {
        setStatus('fallback');
        showBanner(null);
      }
      for (const message of data.messages || []) addServerMessage(message);
      flush();
    } catch (_) {
      setStatus('offline');
    }
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

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  ui.input.addEventListener('keydown', (event) => {
    // Enter sends; Shift+Enter breaks the line; Enter that confirms an IME composition (Chinese input) does neither.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      submit();
    }
  });
  ui.input.addEventListener('input', autoGrow);
  ui.langToggle.addEventListener('click', toggleLanguage);
  window.addEventListener('online', () => {
    conn.attempts = 0;
    connect();
  });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && !conn.ws) {
      conn.attempts = 0;
      connect();
    }
  });

  if (new URLSearchParams(location.search).get('embed') === '1') {
    document.documentElement.classList.add('embed');
    ui.closeEmbed.hidden = false;
    // The widget script in the host page listens for this and hides its panel.
    ui.closeEmbed.addEventListener('click', () =>
      window.parent.postMessage({ type: 'switchboard-webchat:close' }, '*'),
    );
  }

  applyLanguage();
  connect();
})();
