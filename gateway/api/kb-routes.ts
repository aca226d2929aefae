/**
 * `/api/v1/kb`: the knowledge base for editors. This file holds the publishing side (status,
 * publish, versions, rollback, import, export) and registers the entry and report routes.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Bot } from '../../bot/types';
import type { SnapshotSummary } from '../../knowledge/kb-repository';
import type { KbService } from '../../knowledge/kb-service';
import type { ChannelCapabilities } from '../adapter';
import { badRequest, ErrorCodes } from '../errors';
import type { Channel } from '../message';
import { parseRequest } from './api-errors';
import { registerEntryRoutes } from './kb-entry-routes';
import { registerReportRoutes } from './kb-report-routes';

/** What the knowledge base routes need. */
export interface KbRoutesOptions {
  kb: KbService<Bot>;
  /** The capabilities of a channel's adapter, when it runs here (for `kb/try`). */
  capabilitiesFor: (channel: Channel) => ChannelCapabilities | undefined;
}

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'text/plain'];
const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;
const publishBody = z.object({ note: z.string().max(500).optional() }).optional();
const rollbackBody = z.object({ version: z.number().int().min(1), note: z.string().max(500).optional() });
const versionsQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });
const importQuery = z.object({
  mode: z.enum(['replace', 'merge']).default('merge'),
  publish: z.enum(['true', 'false']).default('false'),
});
const exportQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

function summaryJson(summary: SnapshotSummary): Record<string, unknown> {
  return { ...summary, publishedAt: summary.publishedAt.toISOString() };
}

/** Knowledge files arrive as text; invalid UTF-8 is refused rather than silently replaced. */
function installYamlParser(app: FastifyInstance): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  app.addContentTypeParser(
    YAML_TYPES,
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => {
      try {
        done(null, decoder.decode(body as Buffer));
      } catch {
        done(badRequest('The knowledge file is not valid UTF-8.', ErrorCodes.INVALID_UTF8), undefined);
      }
    },
  );
}

const actor = (request: FastifyRequest) => request.principal?.id ?? 'unknown';

/** The `/kb` plugin; register it under `/api/v1` behind the API guard. */
export function kbRoutes(app: FastifyInstance, options: KbRoutesOptions): void {
  installYamlParser(app);
  app.get('/', async () => options.kb.status());
  registerPublishRoutes(app, options.kb);
  registerFileRoutes(app, options.kb);
  registerEntryRoutes(app, options);
  registerReportRoutes(app, options);
}

/** Publish, the list of published versions, rollback. */
function registerPublishRoutes(app: FastifyInstance, kb: KbService<Bot>): void {
  app.post('/publish', async (request) => {
    const body = parseRequest(publishBody, request.body, 'body');
    const result = await kb.publisher.publish(actor(request), body?.note ?? null);
    return { ...result, version: summaryJson(result.version) };
  });

  app.get('/versions', async (request) => {
    const { limit } = parseRequest(versionsQuery, request.query, 'query');
    const versions = await kb.publisher.listVersions(limit);
    return { liveVersion: kb.publisher.liveVersion, versions: versions.map(summaryJson) };
  });

  app.post('/rollback', async (request) => {
    const body = parseRequest(rollbackBody, request.body, 'body');
    const result = await kb.rollback(body.version, actor(request), body.note ?? null);
    return { ...result, version: summaryJson(result.version) };
  });
}

/** Knowledge files in and out. */
function registerFileRoutes(app: FastifyInstance, kb: KbService<Bot>): void {
  app.post('/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request) => {
    if (typeof request.body !== 'string') {
      throw badRequest(`Send the knowledge file as the body, with Content-Type: ${YAML_TYPES[0]}.`);
    }
    const query = parseRequest(importQuery, request.query, 'query');
    const imported = await kb.editor.importYaml(request.body, query.mode, actor(request));
    if (query.publish === 'false') return imported;
    const published = await kb.publisher.publish(actor(request), 'import');
    return { ...imported, published: { ...published, version: summaryJson(published.version) } };
  });

  app.get('/export', async (request, reply) => {
    const { version } = parseRequest(exportQuery, request.query, 'query');
    const yaml =
      version === undefined ? await kb.editor.exportYaml() : await kb.publisher.exportVersion(version);
    const name = version === undefined ? 'knowledge-draft.yaml' : `knowledge-v${version}.yaml`;
    return reply
      .type('application/yaml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(yaml);
  });
}
