// Report export: render from the stored project; write only where the user chose.
import { writeFileSync } from 'node:fs';
import type { ApiHandlers } from '../../shared/api/contract';
import type { RenderedReport, ReportFormat } from '../../shared/api/types';
import { renderReport } from '../../shared/report';
import type { Store } from '../store';
import type { ServiceContext } from './context';
import { projectSnapshot } from './snapshot';

type Handlers = Pick<ApiHandlers, 'report.render' | 'dialog.saveReport'>;

export function buildReport(store: Store, projectId: number, format: ReportFormat, version: string, generatedAt = new Date().toISOString()): RenderedReport {
  return renderReport(projectSnapshot(store, projectId, version, generatedAt), format);
}

export function reportHandlers(ctx: ServiceContext): Handlers {
  return {
    'report.render': (a) => buildReport(ctx.store, a.projectId, a.format, ctx.version),
    'dialog.saveReport': async (a) => {
      if (!ctx.dialogs) throw new Error('Saving through a dialog is only available in the desktop app; the browser downloads the file.');
      const format: ReportFormat = a.format === 'pdf' ? 'html' : a.format;
      const report = buildReport(ctx.store, a.projectId, format, ctx.version);
      const extension = a.format === 'pdf' ? 'pdf' : (report.filename.split('.').pop() ?? format);
      const defaultName = report.filename.replace(/\.[^.]+$/, `.${extension}`);
      // The native save dialog asks before replacing an existing file.
      const target = await ctx.dialogs.saveFile(defaultName, extension);
      if (!target) return { path: null };
      if (a.format === 'pdf') writeFileSync(target, await ctx.dialogs.htmlToPdf(report.content));
      else writeFileSync(target, report.content, 'utf8');
      return { path: target };
    },
  };
}
