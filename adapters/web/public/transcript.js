// The transcript on screen: server messages (deduplicated by id), the customer's pending bubbles,
// quick replies and the typing indicator. Every text is set with textContent: never innerHTML.

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class TranscriptView {
  /**
   * @param {{list: HTMLElement, scroller: HTMLElement, typing: HTMLElement, i18n: object,
   *          onQuickReply: (value: string, label: string) => void}} options
   */
  constructor(options) {
    this.list = options.list;
    this.scroller = options.scroller;
    this.typing = options.typing;
    this.i18n = options.i18n;
    this.onQuickReply = options.onQuickReply;
    /** Server message id → list item. */
    this.seen = new Map();
    /** clientMessageId → list item of a message not yet confirmed by the server. */
    this.pending = new Map();
    /** Newest server message id shown, for `after=` on polls and reconnects. */
    this.lastId = null;
  }

  /** Show a message from the server unless it is already shown; a pending bubble becomes it. */
  addServerMessage(message, clientMessageId) {
    if (!message || typeof message.id !== 'string' || this.seen.has(message.id)) return;
    if (!this.lastId || message.id > this.lastId) this.lastId = message.id;
    const pendingLi = clientMessageId ? this.pending.get(clientMessageId) : undefined;
    if (pendingLi) {
      this.pending.delete(clientMessageId);
      pendingLi.classList.remove('msg--pending', 'msg--failed');
      pendingLi.meta.replaceChildren(this.time(message.createdAt));
      this.seen.set(message.id, pendingLi);
      return;
    }
    const li = this.render(message, message.direction === 'in' ? this.labelFor(message.text) : undefined);
    this.seen.set(message.id, li);
    this.list.append(li);
    this.refreshQuickReplies();
    this.scrollToEnd(false);
  }

  /** Show the customer's message at once, marked as sending. */
  addPending(clientMessageId, text, label) {
    const li = this.render({ direction: 'in', author: 'customer', text }, label);
    this.pending.set(clientMessageId, li);
    this.list.append(li);
    this.markSending(clientMessageId);
    this.refreshQuickReplies();
    this.scrollToEnd(true);
  }

  markSending(clientMessageId) {
    const li = this.pending.get(clientMessageId);
    if (!li) return;
    li.classList.remove('msg--failed');
    li.classList.add('msg--pending');
    li.meta.replaceChildren(this.i18nEl('span', '', 'sending'));
  }

  /** Mark a message as not sent, with a retry link when resending can help. */
  markFailed(clientMessageId, onRetry) {
    const li = this.pending.get(clientMessageId);
    if (!li) return;
    li.classList.remove('msg--pending');
    li.classList.add('msg--failed');
    const parts = [this.i18nEl('span', 'msg__error', 'failed')];
    if (onRetry) {
      const retry = this.i18nEl('button', 'link-button', 'retry');
      retry.type = 'button';
      retry.addEventListener('click', onRetry);
      parts.push(retry);
    }
    li.meta.replaceChildren(...parts);
  }

  /** Forget everything shown (the session was replaced); pending bubbles stay. */
  clear() {
    this.list.replaceChildren(...this.pending.values());
    this.seen.clear();
    this.lastId = null;
  }

  setWaiting(waiting) {
    this.typing.hidden = !waiting;
    if (waiting) this.scrollToEnd(true);
  }

  scrollToEnd(force) {
    const s = this.scroller;
    const nearBottom = s.scrollHeight - s.scrollTop - s.clientHeight < 120;
    if (force || nearBottom) s.scrollTop = s.scrollHeight;
  }

  // ---------- rendering ----------

  i18nEl(tag, className, key) {
    const node = el(tag, className, this.i18n.t(key));
    node.dataset.i18n = key;
    return node;
  }

  time(iso) {
    const date = iso ? new Date(iso) : new Date();
    const node = el(
      'time',
      '',
      date.toLocaleTimeString(this.i18n.locale, { hour: 'numeric', minute: '2-digit' }),
    );
    node.dateTime = date.toISOString();
    return node;
  }

  /** One list item. `display` is what the customer sees instead of the text (a quick reply's label). */
  render(message, display) {
    const incoming = message.direction === 'in';
    const system = !incoming && message.author === 'system';
    const li = el('li', 'msg ' + (incoming ? 'msg--in' : system ? 'msg--system' : 'msg--out'));
    const content = el('div', 'msg__content');
    const meta = el('div', 'msg__meta');
    if (!incoming && !system) {
      // Bots and agents: "Assistant · 10:42" above the bubble; the customer's own time goes below.
      li.append(document.querySelector('.welcome .avatar').cloneNode(true));
      meta.append(this.i18nEl('span', 'msg__author', message.author === 'agent' ? 'agent' : 'bot'));
      meta.append(this.time(message.createdAt));
      content.append(meta);
    }
    content.append(
      el('p', 'bubble ' + (incoming ? 'bubble--customer' : 'bubble--bot'), display || message.text),
    );
    if (incoming) {
      meta.append(this.time(message.createdAt));
      content.append(meta);
    }
    if (Array.isArray(message.options) && message.options.length > 0)
      content.append(this.renderOptions(message.options));
    li.append(content);
    li.meta = meta;
    li.optionsOffered = message.options || [];
    return li;
  }

  renderOptions(options) {
    const group = el('div', 'quick');
    group.setAttribute('role', 'group');
    for (const option of options) {
      const button = el('button', 'quick__option', option.label);
      button.type = 'button';
      button.addEventListener('click', () => this.onQuickReply(option.value, option.label));
      group.append(button);
    }
    return group;
  }

  /** Quick replies only make sense on the newest message; older ones are removed. */
  refreshQuickReplies() {
    const last = this.list.lastElementChild;
    for (const group of this.list.querySelectorAll('.quick')) {
      if (!last || !last.contains(group)) group.remove();
    }
  }

  /** The label of a quick reply whose value the customer sent, so history reads as it was tapped. */
  labelFor(text) {
    const previous = this.list.lastElementChild;
    const offered = (previous && previous.optionsOffered) || [];
    const match = offered.find((option) => option.value === text);
    return match ? match.label : undefined;
  }
}
