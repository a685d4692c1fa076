import { barChart, lineChart, percentOf, topWithOthers, type Datum } from '../../../domain/portal/charts.js';
import type { PageContext } from '../portal/render.js';
import type { Count, IidPoint, PublishedCounts } from './catalogue.stats.js';

/*
 * The statistics page. Each chart is a `<figure>`: an inline SVG drawn on the server (hidden from
 * assistive technology, `aria-hidden`) and a real table with the same numbers (caption, `scope`d
 * headers) that screen readers, text browsers and anyone copying figures use. The SVGs carry their
 * own colours, so they read without the stylesheet too.
 */

type T = PageContext['t'];

const palette = { bar: '#1864ab', claimed: '#1864ab', verified: '#2b8a3e', axis: '#868e96', text: '#1a1b1e' };
const unitTop = 15;

const formatNumber = (n: number, lang: PageContext['lang']) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID').format(n);
const formatIndex = (n: number, lang: PageContext['lang']) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/** A label cut to fit the chart (the table beside it carries the whole name). */
const fit = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export type ChartName = 'affair' | 'unit' | 'stage' | 'kind' | 'year';

/** The items a chart draws: empty fields named, units cut to the top 15 plus "others". */
export function chartItems(name: ChartName, counts: Count[], t: T): Datum[] {
  const items = counts.map((c) => ({ key: c.code ?? '-', label: c.label ?? t('portal.statistics.unknown'), value: c.value }));
  return name === 'unit' ? topWithOthers(items, unitTop, { key: 'others', label: t('portal.statistics.others') }) : items;
}

/** Horizontal bars, each label on its own line above its bar (legible when a phone scales the SVG down). */
function BarSvg({ items, lang }: { items: Datum[]; lang: PageContext['lang'] }) {
  const labelLine = 18;
  const chart = barChart(items, { width: 480, labelWidth: 0, barHeight: 14, gap: 10 + labelLine });
  const height = chart.height + labelLine;
  return (
    <svg className="chart" viewBox={`0 0 ${chart.width} ${height}`} width="100%" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">
      {chart.bars.map((bar) => {
        const top = bar.y + labelLine;
        return (
          <g key={bar.key}>
            <text x={0} y={top - 5} fontSize={13} fill={palette.text}>
              {fit(bar.label)}
            </text>
            <rect x={0} y={top} width={bar.width} height={chart.barHeight} fill={palette.bar} />
            <text x={bar.width + 6} y={top + chart.barHeight - 2} fontSize={13} fill={palette.text}>
              {formatNumber(bar.value, lang)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One chart with its table: category, count and share of the total. */
export function CountFigure({ ctx, name, counts }: { ctx: PageContext; name: ChartName; counts: Count[] }) {
  const { t, lang } = ctx;
  const items = chartItems(name, counts, t);
  const total = items.reduce((s, d) => s + d.value, 0);
  const id = `grafik-${name}`;
  const title = t(`portal.statistics.charts.${name}.title`);
  return (
    <figure className="stat-figure" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      <BarSvg items={items} lang={lang} />
      <div className="table-scroll">
        <table className="stat-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`portal.statistics.charts.${name}.column`)}</th>
              <th scope="col">{t('portal.statistics.count')}</th>
              <th scope="col">{t('portal.statistics.share')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.key} data-key={d.key}>
                <th scope="row">{d.label}</th>
                <td>{formatNumber(d.value, lang)}</td>
                <td>{`${percentOf(d.value, total)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The IID per period: claimed (solid) and verified (dashed) lines on the 0–100 scale, and the table. */
export function IidFigure({ ctx, points }: { ctx: PageContext; points: IidPoint[] }) {
  const { t, lang, region } = ctx;
  const title = t('portal.statistics.iid.title', { region: region?.name ?? '' });
  const chart = lineChart(
    points.map((p) => ({ label: String(p.year), values: [p.claimed, p.verified] })),
    { width: 480, height: 220, max: 100, ticks: 4 },
  );
  const [claimed, verified] = chart.series;
  return (
    <figure className="stat-figure" aria-labelledby="grafik-iid">
      <figcaption id="grafik-iid">{title}</figcaption>
      {points.length === 0 ? (
        <p>{t('portal.statistics.iid.empty')}</p>
      ) : (
        <>
          <svg className="chart" viewBox={`0 0 ${chart.width} ${chart.height}`} width="100%" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">
            {chart.ticks.map((tick) => (
              <g key={tick.value}>
                <line x1={chart.plot.left} x2={chart.plot.right} y1={tick.y} y2={tick.y} stroke={palette.axis} strokeWidth={0.5} />
                <text x={chart.plot.left - 6} y={tick.y + 4} fontSize={12} textAnchor="end" fill={palette.text}>
                  {tick.value}
                </text>
              </g>
            ))}
            {chart.xLabels.map((l) => (
              <text key={l.label} x={l.x} y={chart.height - 8} fontSize={12} textAnchor="middle" fill={palette.text}>
                {l.label}
              </text>
            ))}
            {claimed ? <polyline points={claimed.polyline} fill="none" stroke={palette.claimed} strokeWidth={2} /> : null}
            {verified ? <polyline points={verified.polyline} fill="none" stroke={palette.verified} strokeWidth={2} strokeDasharray="6 4" /> : null}
            {claimed?.points.map((p) => <circle key={`c${p.label}`} cx={p.x} cy={p.y} r={3.5} fill={palette.claimed} />)}
            {verified?.points.map((p) => <rect key={`v${p.label}`} x={p.x - 3} y={p.y - 3} width={6} height={6} fill={palette.verified} />)}
          </svg>
          <p className="stat-legend">
            {t('portal.statistics.iid.legendClaimed')} · {t('portal.statistics.iid.legendVerified')}
          </p>
          <div className="table-scroll">
            <table className="stat-table">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('portal.statistics.iid.year')}</th>
                  <th scope="col">{t('portal.statistics.iid.claimed')}</th>
                  <th scope="col">{t('portal.statistics.iid.claimedPredicate')}</th>
                  <th scope="col">{t('portal.statistics.iid.verified')}</th>
                  <th scope="col">{t('portal.statistics.iid.verifiedPredicate')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">{p.year}</th>
                    <td>{formatIndex(p.claimed, lang)}</td>
                    <td>{t(`portal.statistics.predicates.${p.claimedPredicate}`)}</td>
                    <td>{formatIndex(p.verified, lang)}</td>
                    <td>{t(`portal.statistics.predicates.${p.verifiedPredicate}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="stat-note">{t('portal.statistics.iid.note')}</p>
    </figure>
  );
}

export function StatisticsPage({ ctx, counts, iid }: { ctx: PageContext; counts: PublishedCounts; iid: IidPoint[] | null }) {
  const { t, lang } = ctx;
  return (
    <article className="statistics">
      <h1>{t('portal.statistics.title')}</h1>
      {counts.total === 0 ? <p>{t('portal.statistics.empty')}</p> : <p>{t('portal.statistics.intro', { n: formatNumber(counts.total, lang) })}</p>}
      {counts.total > 0
        ? (['affair', 'unit', 'stage', 'kind', 'year'] as const).map((name) => <CountFigure key={name} ctx={ctx} name={name} counts={counts[name]} />)
        : null}
      {iid ? <IidFigure ctx={ctx} points={iid} /> : null}
    </article>
  );
}
