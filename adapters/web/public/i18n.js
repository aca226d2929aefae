// UI strings (English and Chinese) and the language switch. The page's static text carries
// data-i18n* attributes; dynamic text is created with data-i18n so a switch relabels it too.

export const STRINGS = {
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
const LANG_KEY = 'switchboard.webchat.lang';

/** Picks the language (saved choice, else the browser's) and applies it to the document. */
export class Translator {
  constructor(storage) {
    this.storage = storage;
    const saved = storage.get(LANG_KEY);
    this.lang =
      saved === 'zh' || saved === 'en' ? saved : /^zh\b/i.test(navigator.language || '') ? 'zh' : 'en';
  }

  /** BCP 47 tag of the current language, sent to the server with messages. */
  get locale() {
    return this.lang === 'zh' ? 'zh-CN' : 'en';
  }

  t(key) {
    return STRINGS[this.lang][key] || STRINGS.en[key] || key;
  }

  toggle() {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
    this.storage.set(LANG_KEY, this.lang);
    this.apply();
  }

  /** Relabel everything marked for translation. */
  apply() {
    document.documentElement.lang = this.locale;
    document.title = this.t('title');
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = this.t(el.dataset.i18n);
    for (const el of document.querySelectorAll('[data-i18n-placeholder]')) {
      el.setAttribute('placeholder', this.t(el.dataset.i18nPlaceholder));
    }
    for (const el of document.querySelectorAll('[data-i18n-aria-label]')) {
      el.setAttribute('aria-label', this.t(el.dataset.i18nAriaLabel));
    }
    const toggle = document.getElementById('lang-toggle');
    toggle.textContent = this.lang === 'zh' ? 'EN' : '中';
    toggle.setAttribute('lang', this.lang === 'zh' ? 'en' : 'zh-CN');
    toggle.setAttribute('aria-label', this.t('langToggle'));
  }
}
