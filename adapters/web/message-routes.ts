/**
 * The HTTP side of web chat: `POST /webchat/messages` (send a message, get the turn's replies) and
 * `GET /webchat/messages` (transcript for reloads, and the polling fallback when WebSockets are blocked).
 */
import type { FastifyInstance } from 'fastify';
import type { WebChatService } from './chat-service';
import { historyQuerySchema, localeFromAcceptLanguage, parseWith, postMessageBodySchema } from './validation';
import { toReplyView, type WebChatMessageView, type WebChatReplyView } from './wire-format';

/** Response of `POST /webchat/messages`. */
export interface PostMessageResponse {
  sessionId: string;
  /** The stored id of the customer's message, so the client can match it in later history. */
  messageId: string;
  replies: WebChatReplyView[];
}

/** Response of `GET /webchat/messages`. */
export interface HistoryResponse {
  sessionId: string;
  messages: WebChatMessageView[];
}

/** Register the two message routes on a scope that already parses JSON strictly. */
export function registerMessageRoutes(
  app: FastifyInstance,
  service: WebChatService,
  bodyLimit: number,
): void {
  app.post('/webchat/messages', { bodyLimit }, async (request, reply): Promise<PostMessageResponse> => {
    const body = parseWith(postMessageBodySchema, request.body, 'body');
    // Kept for audit without the session id: it is the customer's credential, and whoever could
    // read the stored messages could otherwise take the chat over.
    const { sessionId: _credential, ...raw } = body;
    const session = service.openSession(body.sessionId);
    const headerLocale = localeFromAcceptLanguage(request.headers['accept-language']);
    const result = await service.receive(session, {
      text: body.text,
      ...(body.clientMessageId === undefined ? {} : { clientMessageId: body.clientMessageId }),
      ...(body.locale === undefined ? {} : { locale: body.locale }),
      ...(headerLocale === undefined ? {} : { headerLocale }),
      transport: 'http',
      raw,
    });
    void reply.header('cache-control', 'no-store');
    return {
      sessionId: session.token,
      messageId: result.message.id,
      replies: result.replies.map(toReplyView),
    };
  });

  app.get('/webchat/messages', async (request, reply): Promise<HistoryResponse> => {
    const query = parseWith(historyQuerySchema, request.query, 'query');
    const session = service.resumeSession(query.sessionId);
    const messages = await service.transcript(session.address, query.after ?? null);
    void reply.header('cache-control', 'no-store');
    return { sessionId: session.token, messages };
  });
}
