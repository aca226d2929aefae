/**
 * What the customer is told when their case opens — their place in the queue and about how long a
 * person will take — and when that wait later changes much; short, in Chinese or English.
 */

/** Chinese when the case's locale says so, or the customer wrote Chinese. */
export function prefersChinese(locale: string | null, text: string): boolean {
  if (locale) return locale.toLowerCase().startsWith('zh');
  return /[\u3400-\u9fff]/.test(text);
}

/**
 * The queue notice; `waitMs` is rounded up to whole minutes (at least one). `update` words it as
 * news: the wait changed since the customer was last told.
 */
export function queueNotice(position: number, waitMs: number, chinese: boolean, update = false): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  if (chinese) {
    const wait = update ? `预计还需等待约 ${minutes} 分钟。` : `预计等待约 ${minutes} 分钟。`;
    const place =
      position <= 1
        ? update
          ? '下一位就是您，'
          : '人工客服马上为您服务，'
        : `您前面还有 ${position - 1} 位，`;
    return `${update ? '最新进度：' : ''}${place}${wait}`;
  }
  const place = position <= 1 ? "You're next for a person" : `You're number ${position} in the queue`;
  return update
    ? `Update: ${place.replace("You're", "you're")}; expected wait now about ${minutes} min.`
    : `${place}; expected wait about ${minutes} min.`;
}
