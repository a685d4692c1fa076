import { formatInstant } from '../portal/format.js';
import { Pager, type PageContext } from '../portal/render.js';
import { ideaSorts, type PublicIdea, type PublicIdeaListItem, type PublicIdeaQuery } from './ideas.public.js';

/**
 * The idea bank's public pages as plain HTML. Interactive parts (support, follow, comment) are
 * markup for the portal script (ADR 013: `data-portal-action`, `data-portal-form`); without
 * JavaScript they fall back to links to the sign-in page.
 */

type T = PageContext['t'];

/**
 * The address of a list page (`/ide?q=…&urut=dukungan&halaman=2`, the portal's parameter names),
 * keeping the visitor's search and sort; defaults are left out.
 */
export function ideasHref(query: Partial<PublicIdeaQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.sort && query.sort !== 'terbaru') params.set('urut', query.sort);
  if (query.page && query.page > 1) params.set('halaman', String(query.page));
  const search = params.toString();
  return search ? `/ide?${search}` : '/ide';
}

const formatDate = (value: Date, ctx: PageContext) => formatInstant(value, ctx.lang, ctx.region?.timeZone ?? 'Asia/Jakarta');

/** Free text as paragraphs: the line breaks people typed are kept. */
function Paragraphs({ text }: { text: string }) {
  const parts = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((part, i) => (
        <p key={i}>
          {part.split(/\r?\n/).map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

function StatusText({ idea, t }: { idea: PublicIdeaListItem; t: T }) {
  if (idea.status === 'terbit') return <span className="status">{t('portal.ideas.status.terbit')}</span>;
  return (
    <>
      <span className="status status-ditugaskan">
        {idea.unitName ? t('portal.ideas.status.ditugaskan', { unit: idea.unitName }) : t('portal.ideas.status.ditugaskanNoUnit')}
      </span>
      {idea.innovationSlug ? (
        <>
          {' · '}
          <a href={`/inovasi/${encodeURIComponent(idea.innovationSlug)}`}>{t('portal.ideas.status.innovationLink')}</a>
        </>
      ) : null}
    </>
  );
}

type ListResult = { items: PublicIdeaListItem[]; total: number; page: number; pageSize: number };

/** `/ide`: how the idea bank works, the call to send an idea, and the published ideas. */
export function IdeasIndexView({ ctx, result, query, signedIn }: { ctx: PageContext; result: ListResult; query: PublicIdeaQuery; signedIn: boolean }) {
  const { t } = ctx;
  return (
    <div className="ideas">
      <h1>{t('portal.ideas.title')}</h1>
      <section aria-labelledby="cara-kerja" className="callout">
        <h2 id="cara-kerja">{t('portal.ideas.how.heading')}</h2>
        <ol>
          <li>{t('portal.ideas.how.step1')}</li>
          <li>{t('portal.ideas.how.step2')}</li>
          <li>{t('portal.ideas.how.step3')}</li>
          <li>{t('portal.ideas.how.step4')}</li>
        </ol>
        <p>
          <a className="button" href="/ide-saya">
            {t('portal.ideas.submit')}
          </a>
        </p>
        {signedIn ? null : (
          <p className="hint">
            {t('portal.ideas.submitHint')} <a href="/masuk?kembali=%2Fide-saya">{t('portal.ideas.signIn')}</a> ·{' '}
            <a href="/daftar">{t('portal.ideas.register')}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="daftar-ide">
        <h2 id="daftar-ide">{t('portal.ideas.list.heading')}</h2>
        <form method="get" action="/ide" role="search" className="filters" data-autosubmit="">
          <div className="search">
            <label htmlFor="ide-q">{t('portal.ideas.list.search')}</label>
            <div className="search-row">
              <input id="ide-q" type="search" name="q" defaultValue={query.q} maxLength={200} />
              <button type="submit">{t('portal.ideas.list.searchButton')}</button>
            </div>
          </div>
          <div className="facet">
            <label htmlFor="ide-sort">{t('portal.ideas.list.sort')}</label>
            <select id="ide-sort" name="urut" defaultValue={query.sort}>
              {ideaSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`portal.ideas.list.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </form>
        <p className="result-count">
          {query.q ? t('portal.ideas.list.totalFor', { q: query.q, count: result.total }) : t('portal.ideas.list.total', { count: result.total })}
        </p>
        {result.items.length === 0 ? (
          <p className="empty">{query.q ? t('portal.ideas.list.emptySearch', { q: query.q }) : t('portal.ideas.list.empty')}</p>
        ) : (
          <ul className="cards">
            {result.items.map((idea) => (
              <li key={idea.id} className="card">
                <article>
                  <h3>
                    <a href={`/ide/${idea.id}`}>{idea.title}</a>
                  </h3>
                  <p className="card-meta">
                    <span>{idea.affair ?? t('portal.ideas.list.noAffair')}</span>
                    {' · '}
                    <span>{t('portal.ideas.list.supports', { count: idea.supportCount })}</span>
                    {' · '}
                    <span>{t('portal.ideas.list.comments', { count: idea.commentCount })}</span>
                  </p>
                  <p>
                    <StatusText idea={idea} t={t} />
                  </p>
                </article>
              </li>
            ))}
          </ul>
        )}
        <Pager t={t} page={result.page} pages={Math.max(1, Math.ceil(result.total / result.pageSize))} href={(page) => ideasHref({ ...query, page })} />
      </section>
    </div>
  );
}

/** The signed-in visitor's relation to the idea; `own` when they wrote it (no support for one's own idea). */
type Visitor = { signedIn: boolean; own: boolean; supported: boolean; following: boolean };

/** `/ide/<id>`: one published idea, its support, attachments and published comments. */
export function IdeaView({ ctx, idea, visitor }: { ctx: PageContext; idea: PublicIdea; visitor: Visitor }) {
  const { t } = ctx;
  const here = `/ide/${idea.id}`;
  const signInHref = `/masuk?kembali=${encodeURIComponent(here)}`;
  const followBody = JSON.stringify({ subject: 'idea', subjectId: idea.id });
  return (
    <article className="idea">
      <p className="breadcrumb">
        <a href="/ide">{t('portal.ideas.detail.back')}</a>
      </p>
      <h1>{idea.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t('portal.ideas.detail.status')}</dt>
          <dd>
            <StatusText idea={idea} t={t} />
          </dd>
        </div>
        <div>
          <dt>{t('portal.ideas.detail.affair')}</dt>
          <dd>{idea.affair ?? t('portal.ideas.list.noAffair')}</dd>
        </div>
        {idea.location ? (
          <div>
            <dt>{t('portal.ideas.detail.location')}</dt>
            <dd>{idea.location}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('portal.ideas.detail.author')}</dt>
          <dd>{idea.authorName}</dd>
        </div>
        <div>
          <dt>{t('portal.ideas.detail.submittedOn')}</dt>
          <dd>
            <time dateTime={idea.createdAt.toISOString()}>{formatDate(idea.createdAt, ctx)}</time>
          </dd>
        </div>
      </dl>

      <section aria-labelledby="masalah">
        <h2 id="masalah">{t('portal.ideas.detail.problem')}</h2>
        <Paragraphs text={idea.problem} />
      </section>
      <section aria-labelledby="usulan">
        <h2 id="usulan">{t('portal.ideas.detail.solution')}</h2>
        <Paragraphs text={idea.solution} />
      </section>

      {idea.files.length > 0 ? (
        <section aria-labelledby="lampiran">
          <h2 id="lampiran">{t('portal.ideas.detail.attachments')}</h2>
          <ul>
            {idea.files.map((f) => (
              <li key={f.id}>
                <a href={`/api/ideas/${idea.id}/files/${f.id}`} download="">
                  {f.name}
                </a>{' '}
                ({formatSize(f.size)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="dukungan" className="support">
        <h2 id="dukungan">{t('portal.ideas.detail.supportsHeading')}</h2>
        <p>{t('portal.ideas.detail.supports', { count: idea.supportCount })}</p>
        <p>
          {visitor.supported ? (
            <span>{t('portal.ideas.detail.supported')}</span>
          ) : idea.status === 'terbit' && !visitor.own ? (
            <button type="button" hidden data-portal-action={`POST /api/ideas/${idea.id}/support`}>
              {t('portal.ideas.detail.support')}
            </button>
          ) : null}{' '}
          {visitor.following ? (
            <span>{t('portal.ideas.detail.following')}</span>
          ) : (
            <button type="button" className="secondary" hidden data-portal-action="POST /api/follows" data-body={followBody}>
              {t('portal.ideas.detail.follow')}
            </button>
          )}
        </p>
        {visitor.signedIn ? null : (
          <noscript>
            <p>
              <a href={signInHref}>{t('portal.ideas.detail.signInToSupport')}</a>
            </p>
          </noscript>
        )}
      </section>

      <section aria-labelledby="komentar" className="comments">
        <h2 id="komentar">{t('portal.ideas.comments.heading')}</h2>
        {idea.comments.length === 0 ? (
          <p className="muted">{t('portal.ideas.comments.empty')}</p>
        ) : (
          <ol className="cards">
            {idea.comments.map((c) => (
              <li key={c.id} className="card">
                <p className="card-meta">{t('portal.ideas.comments.by', { name: c.authorName, date: formatDate(c.createdAt, ctx) })}</p>
                <Paragraphs text={c.body} />
              </li>
            ))}
          </ol>
        )}
        {visitor.signedIn ? (
          <form method="post" data-portal-form={`POST /api/ideas/${idea.id}/comments`} data-success={t('portal.ideas.comments.success')}>
            <h3>{t('portal.ideas.comments.form')}</h3>
            <p>
              <label htmlFor="komentar-isi">{t('portal.ideas.comments.body')}</label>
              <textarea id="komentar-isi" name="body" rows={4} required maxLength={2000} aria-describedby="komentar-petunjuk" />
              <span className="hint" id="komentar-petunjuk">
                {t('portal.ideas.comments.bodyHint')}
              </span>
            </p>
            <p>
              <button type="submit">{t('portal.ideas.comments.submit')}</button>
            </p>
          </form>
        ) : (
          <p>
            <a href={signInHref}>{t('portal.ideas.comments.signIn')}</a> {t('portal.ideas.comments.signInPrompt')}{' '}
            <a href="/daftar">{t('portal.ideas.comments.register')}</a>
          </p>
        )}
      </section>
    </article>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** An unknown or unpublished idea: said plainly, with a way back. */
export function IdeaNotFoundView({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <div className="not-found">
      <h1>{t('portal.ideas.notFound.title')}</h1>
      <p>{t('portal.ideas.notFound.body')}</p>
      <p>
        <a href="/ide">{t('portal.ideas.notFound.back')}</a>
      </p>
    </div>
  );
}
