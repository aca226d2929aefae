// Switchboard web chat widget: <script src="https://HOST/webchat/widget.js" async></script>
// Adds a floating launcher that opens the chat page (HOST/?embed=1) in an iframe panel.
// Runs inside other sites' pages: no globals besides one guard flag, styles isolated in a shadow root.
(() => {
  'use strict';
  if (window.__switchboardWebchatWidget) return;
  window.__switchboardWebchatWidget = true;

  // The chat lives wherever this script came from; document.currentScript is set for classic async scripts.
  const script =
    document.currentScript ||
    Array.from(document.scripts).find((s) => /\/webchat\/widget\.js(\?|$)/.test(s.src));
  if (!script || !script.src) return;
  const origin = new URL(script.src, location.href).origin;
  const zh = /^zh\b/i.test(navigator.language || '');
  const text = zh
    ? { open: '打开在线客服', close: '关闭在线客服', title: '在线客服' }
    : { open: 'Open customer chat', close: 'Close customer chat', title: 'Customer chat' };

  const css = `
    :host { all: initial; }
    .launcher {
      position: fixed; right: 20px; bottom: 20px; z-index: 2147483647;
      width: 60px; height: 60px; border: 0; border-radius: 50%; cursor: pointer;
      display: grid; place-items: center; color: #fff; background: #4f46e5;
      box-shadow: 0 10px 30px -8px rgba(49, 46, 129, 0.6); transition: transform 0.15s, background 0.15s;
    }
    .launcher:hover { background: #4338ca; transform: translateY(-1px); }
    .launcher:focus-visible { outline: 3px solid #a5b4fc; outline-offset: 3px; }
    .panel {
      position: fixed; right: 20px; bottom: 92px; z-index: 2147483646;
      width: 380px; height: min(640px, calc(100vh - 120px)); border-radius: 18px; overflow: hidden;
      background: #fff; box-shadow: 0 24px 60px -12px rgba(15, 23, 42, 0.45);
    }
    .panel[hidden] { display: none; }
    iframe { width: 100%; height: 100%; border: 0; display: block; }
    @media (max-width: 480px) {
      .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }
      .launcher.is-open { display: none; }
    }
  `;

  const host = document.createElement('div');
  host.setAttribute('data-switchboard-webchat', '');
  const root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  // A constructed stylesheet is not inline style as far as the host page's CSP is concerned.
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function icon(paths) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '28');
    svg.setAttribute('height', '28');
    svg.setAttribute('fill', 'none');
    svg.setAttribute('stroke', 'currentColor');
    svg.setAttribute('stroke-width', '2');
    svg.setAttribute('stroke-linecap', 'round');
    svg.setAttribute('stroke-linejoin', 'round');
    svg.setAttribute('aria-hidden', 'true');
    for (const d of paths) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', d);
      svg.append(path);
    }
    return svg;
  }
  const chatIcon = icon([
    'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z',
    'M8.5 12h.01M12 12h.01M15.5 12h.01',
  ]);
  const closeIcon = icon(['M6 6l12 12', 'M18 6L6 18']);

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.id = 'switchboard-webchat-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', text.title);

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-controls', panel.id);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-label', text.open);
  button.append(chatIcon);

  let frame = null;
  function setOpen(open) {
    // The iframe is created on first open, so sites pay nothing until a visitor wants to chat.
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.title = text.title;
      frame.src = origin + '/?embed=1';
      frame.allow = 'clipboard-write';
      panel.append(frame);
    }
    panel.hidden = !open;
    button.classList.toggle('is-open', open);
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? text.close : text.open);
    button.replaceChildren(open ? closeIcon : chatIcon);
    if (open && frame) frame.focus();
    else if (!open) button.focus();
  }

  button.addEventListener('click', () => setOpen(panel.hidden));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) setOpen(false);
  });
  window.addEventListener('message', (event) => {
    // Only our own iframe may close the panel.
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    if (event.data && event.data.type === 'switchboard-webchat:close') setOpen(false);
  });

  root.append(panel, button);
  const mount = () => document.body.append(host);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
