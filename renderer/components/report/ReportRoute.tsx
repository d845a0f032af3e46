import { useEffect, useState } from 'react';
import { compare, localizedScenarioName, seedChipScenarios, sensitivity } from '../../../src/analysis';
import { parsePlanText } from '../../../src/plan/load';
import type { Plan } from '../../../src/plan/schema';
import { simulate, type SimulationResult } from '../../../src/sim/simulate';
import exampleJson from '../../../examples/optimus-class-dx-m1.powerplan.json';
import { I18nContext, makeI18n, type Lang } from '../../i18n';
import type { Platform } from '../../platform/types';
import { Report, type ReportOptions } from './Report';

/** The #/report route: gets the plan to print from the platform, renders, signals readiness, prints if asked. */
export function ReportRoute({ platform }: { platform: Platform }) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const [job, setJob] = useState<
    { plan: Plan; result: SimulationResult; options: ReportOptions } | { error: string } | null
  >(null);
  useEffect(() => {
    document.body.classList.add('print-body');
    void platform
      .reportJob()
      .then((j) => {
        const parsed = parsePlanText(j?.planText ?? JSON.stringify(exampleJson));
        if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
        const plan = parsed.plan;
        const paper = j?.paper ?? (params.get('paper') === 'letter' ? 'letter' : 'a4');
        const lang: Lang = j?.lang ?? (params.get('lang') === 'ko' ? 'ko' : 'en');
        const device = plan.compute[0]?.id;
        const own = plan.scenarios ?? [];
        const ownNames = new Set(own.map((s) => s.name));
        const asked = (j?.contents?.scenarios ?? []).filter((s) => !ownNames.has(s.name));
        setJob({
          plan,
          result: simulate(plan),
          options: {
            paper,
            lang,
            // What the user ran and chose to include (the desktop job or the web hand-over); the CLI asks
            // through the URL (--compare-seed, --sensitivity).
            // The plan's own scenarios always; what else the user compared, when asked for.
            scenarios: own.length ? compare(plan, own) : null,
            comparison: asked.length
              ? compare(
                  plan,
                  asked.map((s) => ({ ...s, name: localizedScenarioName(plan, s, lang) })),
                )
              : device && params.get('compare') === 'seed'
                ? compare(plan, seedChipScenarios(device, lang))
                : null,
            sensitivity:
              j?.contents?.sensitivity || params.get('sensitivity') === '1' ? sensitivity(plan) : null,
          },
        });
      })
      .catch((e: Error) => {
        setJob({ error: e.message });
        document.body.dataset.reportReady = 'error';
      });
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!job || 'error' in job) return;
    document.documentElement.lang = job.options.lang;
    document.title = `${job.plan.name} — PowerPlan report`;
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          document.body.dataset.reportReady = '1';
          if (params.get('print') === '1' && platform.kind === 'web') window.print();
        }),
      ),
    );
  }, [job]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!job) return null;
  if ('error' in job) return <pre className="error">{job.error}</pre>;
  return (
    <I18nContext.Provider value={makeI18n(job.options.lang)}>
      <style>{`@page { size: ${job.options.paper === 'a4' ? 'A4' : 'Letter'}; margin: 15mm 15mm 18mm 15mm; }`}</style>
      <Report plan={job.plan} result={job.result} options={job.options} />
    </I18nContext.Provider>
  );
}
