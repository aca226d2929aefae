/**
 * The hub pushes a message to every open connection of a session, and builds the message's view
 * only when there is one to push to.
 */
import { describe, expect, it } from 'vitest';
import { LiveConnectionHub, type LiveClient } from '../../../adapters/web/live-connection-hub';
import type { WebChatMessageView } from '../../../adapters/web/wire-format';

const VIEW: WebChatMessageView = {
  id: 'm1',
  direction: 'out',
  author: 'bot',
  text: 'hello',
  createdAt: '2026-11-23T00:00:00.000Z',
};

function client(received: WebChatMessageView[]): LiveClient {
  return {
    push: () => undefined,
    deliver: (message) => {
      received.push(message);
      return true;
    },
    heartbeat: () => undefined,
    close: () => undefined,
  };
}

describe('LiveConnectionHub.deliver', () => {
  it('builds no view for a session with no open connection', () => {
    const hub = new LiveConnectionHub();
    let built = 0;
    const delivered = hub.deliver('web:a', () => {
      built += 1;
      return VIEW;
    });
    expect(delivered).toBe(0);
    expect(built).toBe(0);
  });

  it('builds the view once and gives it to every tab of the session, and to no other session', () => {
    const hub = new LiveConnectionHub();
    const first: WebChatMessageView[] = [];
    const second: WebChatMessageView[] = [];
    const other: WebChatMessageView[] = [];
    hub.join('web:a', client(first));
    hub.join('web:a', client(second));
    hub.join('web:b', client(other));
    let built = 0;
    const delivered = hub.deliver('web:a', () => {
      built += 1;
      return VIEW;
    });
    expect({ delivered, built }).toEqual({ delivered: 2, built: 1 });
    expect(first).toEqual([VIEW]);
    expect(second).toEqual([VIEW]);
    expect(other).toEqual([]);
  });

  it('still takes a ready view, and forgets a session whose last tab left', () => {
    const hub = new LiveConnectionHub();
    const received: WebChatMessageView[] = [];
    const tab = client(received);
    hub.join('web:a', tab);
    expect(hub.deliver('web:a', VIEW)).toBe(1);
    hub.leave('web:a', tab);
    expect(hub.count('web:a')).toBe(0);
    expect(hub.deliver('web:a', VIEW)).toBe(0);
    expect(received).toEqual([VIEW]);
  });
});
