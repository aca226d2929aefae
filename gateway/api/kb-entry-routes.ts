/**
 * `/api/v1/kb/entries`: the draft's entries. Every response carries the entry's revision (also as
 * the ETag); a change must name the revision it was made on (`If-Match` or `revision`), and a
 * stale one is refused with 409 `SB_ERR_KB_STALE`, so two editors never overwrite each other.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { EditedEntry } from '../../knowledge/kb-editor';
import type { EntryVersion } from '../../knowledge/kb-repository';
import { ENTRY_ID_PATTERN } from '../../knowledge/kb-schema';
import { ErrorCodes, SwitchboardError } from '../errors';
import { parseRequest } from './api-errors';
import type { KbRoutesOptions } from './kb-routes';

const idParams = z.object({ id: z.string().regex(ENTRY_ID_PATTERN, 'must match [a-z0-9-]+').max(200) });
const revisionQuery = z.object({ revision: z.coerce.number().int().min(0).optional() });
const ENTRY_BODY_LIMIT = 256 * 1024;
/** Fields of an entry's JSON that the server sets: a body read with GET may be sent back as it is. */
const READ_ONLY = ['revision', 'status', 'updatedAt', 'updatedBy', 'warnings'];

function entryInput(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => !READ_ONLY.includes(key)));
}

const listQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(['new', 'changed', 'published']).optional(),
  tag: z.string().max(100).optional(),
  locale: z.string().max(35).optional(),
});

/** Filters of the entry list: text in the id, a question or an answer; status; tag; locale. */
function matchesFilter(edited: EditedEntry, filter: z.infer<typeof listQuery>): boolean {
  const { entry } = edited;
  if (filter.status !== undefined && edited.status !== filter.status) return false;
  if (filter.tag !== undefined && !entry.tags.includes(filter.tag)) return false;
  if (filter.locale !== undefined && entry.locale !== filter.locale) return false;
  if (filter.q === undefined || filter.q === '') return true;
  const needle = filter.q.toLowerCase();
  const texts = [entry.id, ...entry.questions, ...Object.values(entry.answer).filter((t) => t !== undefined)];
  return texts.some((text) => text.toLowerCase().includes(needle));
}

/** An entry as the API shows it: its content beside revision, status and who saved it last. */
export function entryJson(edited: EditedEntry): Record<string, unknown> {
  const { source: _source, ...entry } = edited.entry;
  return {
    ...entry,
    revision: edited.revision,
    status: edited.status,
    updatedAt: edited.updatedAt.toISOString(),
    updatedBy: edited.updatedBy,
    warnings: edited.warnings,
  };
}

function versionJson(version: EntryVersion): Record<string, unknown> {
  const { source: _source, ...entry } = version.entry ?? { source: undefined };
  return {
    revision: version.revision,
    action: version.action,
    actor: version.actor,
    at: version.at.toISOString(),
    entry: version.entry === null ? null : entry,
  };
}

/** The revision a change is based on: `If-Match: "3"` (or W/"3"), else `revision` in the body or query. */
function expectedRevision(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  const fromHeader = typeof header === 'string' ? /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())?.[1] : undefined;
  const body = request.body as { revision?: unknown } | undefined;
  const fromBody = typeof body?.revision === 'number' ? body.revision : undefined;
  const fromQuery = parseRequest(revisionQuery, request.query, 'query').revision;
  const revision = fromHeader === undefined ? (fromBody ?? fromQuery) : Number(fromHeader);
  if (revision === undefined) {
    throw new SwitchboardError(
      ErrorCodes.BAD_REQUEST,
      'Name the revision you edited: send If-Match: "<revision>" (the ETag you read) or "revision" in the body.',
      { statusCode: 428 },
    );
  }
  return revision;
}

function sendEntry(reply: FastifyReply, edited: EditedEntry, status = 200): FastifyReply {
  return reply.status(status).header('etag', `"${edited.revision}"`).send(entryJson(edited));
}

/** Registers the entry routes on the `/kb` scope. */
export function registerEntryRoutes(app: FastifyInstance, options: KbRoutesOptions): void {
  const { kb } = options;
  const actor = (request: FastifyRequest) => request.principal?.id ?? 'unknown';

  app.get('/entries', async (request) => {
    const filter = parseRequest(listQuery, request.query, 'query');
    const entries = (await kb.editor.list()).filter((edited) => matchesFilter(edited, filter));
    return {
      liveVersion: kb.publisher.liveVersion,
      entries: entries.map(entryJson),
      removed: await kb.editor.removedSincePublish(),
    };
  });

  app.post('/entries', { bodyLimit: ENTRY_BODY_LIMIT }, async (request, reply) => {
    const created = await kb.editor.create(entryInput(request.body), actor(request));
    void reply.header('location', `${request.url.replace(/\/$/, '')}/${created.entry.id}`);
    return sendEntry(reply, created, 201);
  });

  app.get('/entries/:id', async (request, reply) => {
    const { id } = parseRequest(idParams, request.params, 'path');
    return sendEntry(reply, await kb.editor.get(id));
  });

  app.put('/entries/:id', { bodyLimit: ENTRY_BODY_LIMIT }, async (request, reply) => {
    const { id } = parseRequest(idParams, request.params, 'path');
    const revision = expectedRevision(request);
    const updated = await kb.editor.update(id, entryInput(request.body), revision, actor(request));
    return sendEntry(reply, updated);
  });

  app.delete('/entries/:id', async (request, reply) => {
    const { id } = parseRequest(idParams, request.params, 'path');
    await kb.editor.remove(id, expectedRevision(request), actor(request));
    return reply.status(204).send();
  });

  app.get('/entries/:id/versions', async (request) => {
    const { id } = parseRequest(idParams, request.params, 'path');
    return { id, versions: (await kb.editor.versions(id)).map(versionJson) };
  });
}
