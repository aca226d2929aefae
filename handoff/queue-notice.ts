/**
 * What the customer is told when their case opens: their place in the queue and about how long a
 * person will take, short, in Chinese or English.
 */

/** Chinese when the case's locale says so, or the customer wrote Chinese. */
export function prefersChinese(locale: string | null, text: string): boolean {
  if (locale) return locale.toLowerCase().startsWith('zh');
  return /[\u3400-\u9fff]/.test(text);
}

/** The queue notice; `waitMs` is rounded up to whole minutes (at least one). */
export function queueNotice(position: number, waitMs: number, chinese: boolean): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  if (chinese) {
    return position <= 1
      ? `人工客服马上为您服务，预计等待约 ${minutes} 分钟。`
      : `您前面还有 ${position - 1} 位，预计等待约 ${minutes} 分钟。`;
  }
  return position <= 1
    ? `You're next for a person; expected wait about ${minutes} min.`
    : `You're number ${position} in the queue; expected wait about ${minutes} min.`;
}
