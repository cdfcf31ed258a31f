/** The working schedule as an iCalendar feed (src/lib/schedule/ical.ts), for officials to subscribe to. */
import { onePerLiveUnit } from '../../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import { allWeeks } from '../../../data/schedule.ts';
import { buildTime } from '../../../data/build-env.ts';
import { loadConfig } from '../../../data/config.ts';
import { calendar } from '../../../lib/schedule/ical.ts';
import { t } from '../../../i18n/vi.ts';

export const GET: APIRoute = async () => {
  const { site, leaders } = loadConfig();
  const host = new URL(site.site.url).host;
  const name = (slug: string) => leaders.find((l) => l.slug === slug)?.name ?? slug;
  const events = (await allWeeks()).flatMap((w) =>
    w.days.flatMap((d) =>
      d.entries.map((e, i) => ({
        uid: `${d.date}-${e.time.replace(':', '')}-${i + 1}@${host}`,
        date: d.date,
        time: e.time,
        summary: e.status ? `[${t.schedule.status[e.status]}] ${e.title}` : e.title,
        location: e.place,
        description: [
          `${t.schedule.leaders}: ${e.leaders.map(name).join(', ')}`,
          e.attendees && `${t.schedule.attendees}: ${e.attendees}`,
          e.preparer && `${t.schedule.preparer}: ${e.preparer}`,
          e.note,
        ]
          .filter(Boolean)
          .join('\n'),
        cancelled: e.status === 'hoan',
      })),
    ),
  );
  return new Response(calendar(`${t.schedule.title} – ${site.unit.name}`, events, buildTime), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};

export const getStaticPaths = onePerLiveUnit;
