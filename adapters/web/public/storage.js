// localStorage throws in some sandboxed iframes and private modes; the chat still works without it
// (a reload then starts a new session).
export const safeStorage = {
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
      /* not persisted */
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
