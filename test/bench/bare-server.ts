/**
 * The baseline of the benchmark: a bare Fastify server, run in its own process, whose
 * `POST /webchat/messages` parses the same JSON body as the real web chat route and answers with a
 * body of the same shape and about the same size — but does no work in between. The ratio of the
 * real server's throughput to this one's is the cost of the whole pipeline.
 *
 * Listens on 127.0.0.1, on `PORT` when given (so it can stand in for the real server through
 * `--target-cmd`), else on a free port; prints the port alone on stdout once listening.
 */
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';

interface WebChatBody {
  sessionId?: unknown;
  text?: unknown;
}

const ANSWER_EN =
  'You can request a refund in "My orders": open the flight order, choose Refund, and confirm. ' +
  'The money returns to your original payment method within 7 working days.';
const ANSWER_ZH =
  '在“我的订单”中找到机票订单，点击“退票”并确认即可。退款将在7个工作日内原路退回到您的支付账户。如需发票，请在订单详情页申请电子发票，提交后一般在24小时内发送到您的邮箱。';
const HAN = /\p{Script=Han}/u;

/** A message id as long as the gateway's (`msg_` + 26 characters). */
function fakeMessageId(): string {
  return `msg_${randomBytes(13).toString('hex')}`;
}

/** A session id as long as the web chat's tokens (`<32 random bytes>.<32-byte MAC>`, base64url). */
function fakeSessionId(): string {
  return `${randomBytes(32).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
}

function buildBareApp() {
  const app = Fastify({ logger: false });
  app.get('/healthz', () => ({ status: 'ok' }));
  app.post<{ Body: WebChatBody }>('/webchat/messages', async (request, reply) => {
    const { sessionId, text } = request.body ?? {};
    if (typeof text !== 'string' || (sessionId !== undefined && typeof sessionId !== 'string')) {
      return reply.code(400).send({ error: 'text must be a string' });
    }
    return {
      sessionId: sessionId ?? fakeSessionId(),
      messageId: fakeMessageId(),
      replies: [{ id: fakeMessageId(), author: 'bot', text: HAN.test(text) ? ANSWER_ZH : ANSWER_EN }],
    };
  });
  return app;
}

const app = buildBareApp();
const port = Number(process.env.PORT ?? 0);
await app.listen({ host: '127.0.0.1', port: Number.isInteger(port) ? port : 0 });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : port}\n`);

// Close cleanly on SIGTERM, as the real server is expected to, so both are stopped the same way.
process.once('SIGTERM', () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
