/**
 * The load generator's one HTTP call. Uses `node:http` directly with a keep-alive agent: `fetch`
 * (undici) costs the generator several times more CPU per request, and on a 2-core machine that CPU
 * comes out of the server's budget and would understate both targets.
 */
import { type Agent, request } from 'node:http';

/** A completed HTTP exchange. */
export interface JsonResponse {
  status: number;
  body: string;
}

/** Where and how to post. */
export interface PostTarget {
  agent: Agent;
  port: number;
  path: string;
  timeoutMs: number;
}

/** POSTs a JSON body to 127.0.0.1 and resolves with the status and the whole response body. */
export function postJson(target: PostTarget, json: string): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent: target.agent,
        host: '127.0.0.1',
        port: target.port,
        path: target.path,
        method: 'POST',
        timeout: target.timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.once('error', reject);
      },
    );
    req.once('timeout', () => req.destroy(new Error(`no response within ${target.timeoutMs} ms`)));
    req.once('error', reject);
    req.end(json);
  });
}
