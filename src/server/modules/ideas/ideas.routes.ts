import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, Ok } from '../../../domain/contracts/common.js';
import {
  AssignmentInput,
  CommentInput,
  Idea,
  IdeaComment,
  IdeaCommentList,
  IdeaCommentListQuery,
  IdeaFile,
  IdeaFileParams,
  IdeaInput,
  IdeaList,
  IdeaListQuery,
  IdeaUpdate,
  ModerationInput,
  MyIdeas,
  SupportState,
} from '../../../domain/contracts/ideas.js';
import { IDEA_FILE_MAX_BYTES } from '../../../domain/ideas/ideas.js';
import { filePart, sendAttachment } from '../../lib/http-files.js';
import { anyone, signedIn, withRole } from '../../lib/policy.js';
import {
  addComment,
  addIdeaFile,
  assignIdea,
  getIdea,
  ideaFile,
  listComments,
  listIdeas,
  listMyIdeas,
  moderateComment,
  moderateIdea,
  removeIdeaFile,
  submitIdea,
  supportIdea,
  updateIdea,
  withdrawSupport,
} from './ideas.service.js';

/** The region's admins moderate and curate the idea bank. */
const canModerateIdeas = withRole('admin');

/** API: the idea bank (submit, moderate, support, comment, assign). */
export const ideaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, storage: app.deps.storage, env: app.deps.env };
  const tags = ['ideas'];

  app.get('/ideas', { config: { policy: canModerateIdeas }, schema: { tags, querystring: IdeaListQuery, response: { 200: IdeaList } } }, async (req) => listIdeas(db, req.actor!, req.query));

  app.get('/ideas/mine', { config: { policy: signedIn }, schema: { tags, response: { 200: MyIdeas } } }, async (req) => listMyIdeas(db, req.actor!));

  app.post('/ideas', { config: { policy: signedIn }, schema: { tags, body: IdeaInput, response: { 201: Idea } } }, async (req, reply) =>
    reply.status(201).send(await submitIdea(db, req.actor!, req.body, req.id)),
  );

  app.get('/ideas/:id', { config: { policy: signedIn }, schema: { tags, params: IdParams, response: { 200: Idea } } }, async (req) => getIdea(db, req.actor!, req.params.id));

  app.patch('/ideas/:id', { config: { policy: signedIn }, schema: { tags, params: IdParams, body: IdeaUpdate, response: { 200: Idea } } }, async (req) =>
    updateIdea(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.post('/ideas/:id/files', { config: { policy: signedIn }, schema: { tags, params: IdParams, consumes: ['multipart/form-data'], response: { 201: IdeaFile } } }, async (req, reply) => {
    const part = await filePart(req, IDEA_FILE_MAX_BYTES);
    return reply.status(201).send(await addIdeaFile(deps, req.actor!, req.params.id, { stream: part.file, fileName: part.filename }, req.id));
  });

  // Public: the /ide pages link the attachments of published ideas; the service hides the others.
  app.get('/ideas/:id/files/:fileId', { config: { policy: anyone }, schema: { tags, params: IdeaFileParams } }, async (req, reply) => {
    const file = await ideaFile(db, req.actor ?? null, req.params.id, req.params.fileId);
    return sendAttachment(reply, { mime: file.mime, name: file.originalName, size: file.size }, await deps.storage.get(file.storageKey));
  });

  app.delete('/ideas/:id/files/:fileId', { config: { policy: signedIn }, schema: { tags, params: IdeaFileParams, response: { 200: Ok } } }, async (req) => {
    await removeIdeaFile(db, req.actor!, req.params.id, req.params.fileId, req.id);
    return { ok: true as const };
  });

  app.post('/ideas/:id/moderation', { config: { policy: canModerateIdeas }, schema: { tags, params: IdParams, body: ModerationInput, response: { 200: Idea } } }, async (req) =>
    moderateIdea(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.post('/ideas/:id/support', { config: { policy: signedIn }, schema: { tags, params: IdParams, response: { 200: SupportState } } }, async (req) => supportIdea(db, req.actor!, req.params.id));

  app.delete('/ideas/:id/support', { config: { policy: signedIn }, schema: { tags, params: IdParams, response: { 200: SupportState } } }, async (req) => withdrawSupport(db, req.actor!, req.params.id));

  app.post('/ideas/:id/comments', { config: { policy: signedIn }, schema: { tags, params: IdParams, body: CommentInput, response: { 201: IdeaComment } } }, async (req, reply) =>
    reply.status(201).send(await addComment(db, req.actor!, req.params.id, req.body, req.id)),
  );

  app.get('/idea-comments', { config: { policy: canModerateIdeas }, schema: { tags, querystring: IdeaCommentListQuery, response: { 200: IdeaCommentList } } }, async (req) =>
    listComments(db, req.actor!, req.query),
  );

  app.post('/idea-comments/:id/moderation', { config: { policy: canModerateIdeas }, schema: { tags, params: IdParams, body: ModerationInput, response: { 200: IdeaComment } } }, async (req) =>
    moderateComment(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.post('/ideas/:id/assignment', { config: { policy: canModerateIdeas }, schema: { tags, params: IdParams, body: AssignmentInput, response: { 200: Idea } } }, async (req) =>
    assignIdea(db, req.actor!, req.params.id, req.body.unitId, req.id),
  );
};
