/**
 * The voice webhooks, all inside the Twilio scope (urlencoded form, `X-Twilio-Signature` checked
 * before any handler: a forged request gets 403 and reaches nothing). Each answers TwiML.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { badRequest } from '../../gateway/errors';
import { callFormSchema, twilioWebhookScope } from '../twilio';
import { answerCall, handleGather } from './bot-flow';
import { VOICE_PATHS, type FlowContext } from './flow-context';
import { callStatus, holdRound, queueLeft } from './queue-flow';
import { dialEnded, voicemailRecorded, voicemailTranscribed } from './voicemail-flow';
import { emptyTwiml } from './twiml';
import {
  dialResultFormSchema,
  gatherFormSchema,
  gatherQuerySchema,
  langQuerySchema,
  queueResultFormSchema,
  recordingFormSchema,
  statusFormSchema,
  transcriptionFormSchema,
  waitFormSchema,
} from './voice-forms';
import type { VoiceLanguage } from './voice-language';

export interface VoiceRoutesOptions {
  context: FlowContext;
  authToken: string;
  publicUrl: string;
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badRequest(`Invalid ${what}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'bad form'}.`);
  }
  return result.data;
}

function twiml(reply: FastifyReply, xml: string): FastifyReply {
  return reply.type('text/xml; charset=utf-8').send(xml);
}

/** The language a callback URL carries, else the call's, else English. */
function languageOf(context: FlowContext, query: unknown, callSid: string): VoiceLanguage {
  return parse(langQuerySchema, query, 'query').lang ?? context.calls.get(callSid)?.language ?? 'en-US';
}

function register(scope: FastifyInstance, context: FlowContext): void {
  // Runs after the signature check: only Twilio's own requests mark a call as alive.
  scope.addHook('preHandler', (request, _reply, done) => {
    const callSid = (request.body as Record<string, unknown> | undefined)?.CallSid;
    if (typeof callSid === 'string') context.calls.touch(callSid, context.clock());
    done();
  });
  scope.post(VOICE_PATHS.incoming, async (request, reply) =>
    twiml(reply, answerCall(context, parse(callFormSchema, request.body, 'call form'))),
  );
  scope.post(VOICE_PATHS.gather, async (request, reply) => {
    const form = parse(gatherFormSchema, request.body, 'gather form');
    const query = parse(gatherQuerySchema, request.query, 'query');
    return twiml(reply, await handleGather(context, form, query));
  });
  scope.post(VOICE_PATHS.wait, async (request, reply) => {
    const form = parse(waitFormSchema, request.body, 'queue wait form');
    return twiml(reply, await holdRound(context, form, languageOf(context, request.query, form.CallSid)));
  });
  scope.post(VOICE_PATHS.queueResult, async (request, reply) => {
    const form = parse(queueResultFormSchema, request.body, 'queue result form');
    return twiml(reply, await queueLeft(context, form, languageOf(context, request.query, form.CallSid)));
  });
  scope.post(VOICE_PATHS.recording, async (request, reply) => {
    const form = parse(recordingFormSchema, request.body, 'recording form');
    return twiml(
      reply,
      await voicemailRecorded(context, form, languageOf(context, request.query, form.CallSid)),
    );
  });
  scope.post(VOICE_PATHS.transcription, async (request, reply) => {
    const form = parse(transcriptionFormSchema, request.body, 'transcription form');
    await voicemailTranscribed(context, form, languageOf(context, request.query, form.CallSid));
    return twiml(reply, emptyTwiml());
  });
  scope.post(VOICE_PATHS.dialResult, async (request, reply) => {
    const form = parse(dialResultFormSchema, request.body, 'dial result form');
    return twiml(reply, await dialEnded(context, form, languageOf(context, request.query, form.CallSid)));
  });
  scope.post(VOICE_PATHS.status, async (request, reply) => {
    await callStatus(context, parse(statusFormSchema, request.body, 'call status form'));
    return twiml(reply, emptyTwiml());
  });
}

/** The voice channel's routes as a Fastify plugin. */
export function createVoiceRoutes(options: VoiceRoutesOptions): FastifyPluginAsync {
  return twilioWebhookScope({
    authToken: options.authToken,
    publicUrl: options.publicUrl,
    routes: (scope) => register(scope, options.context),
  });
}
