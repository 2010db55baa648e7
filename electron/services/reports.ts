// Report export: render from the stored project; write only where the user chose,
// atomically (a temp file beside the target, fsynced and renamed).
import type { ApiHandlers } from '../../shared/api/contract';
import { ServiceError } from '../../shared/api/errors';
import type { RenderedReport, ReportFormat } from '../../shared/api/types';
import { renderReport } from '../../shared/report';
import { claimReviewProblem } from '../../shared/report/claimreview';
import type { Store } from '../store';
import type { ServiceContext } from './context';
import { writeFileAtomic } from './files';
import { projectSnapshot } from './snapshot';

type Handlers = Pick<ApiHandlers, 'report.render' | 'dialog.saveReport'>;

export function buildReport(store: Store, projectId: number, format: ReportFormat, version: string, generatedAt = new Date().toISOString()): RenderedReport {
  const input = store.read(() => projectSnapshot(store, projectId, version, generatedAt));
  if (format === 'claimreview') {
    const problem = claimReviewProblem(input);
    if (problem) throw new ServiceError('refused', problem);
  }
  return renderReport(input, format);
}

export function reportHandlers(ctx: ServiceContext): Handlers {
  return {
    'report.render': (a) => buildReport(ctx.store, a.projectId, a.format, ctx.version),
    'dialog.saveReport': async (a) => {
      if (!ctx.dialogs) throw new ServiceError('unavailable', 'Saving through a dialog is only available in the desktop app; the browser downloads the file.');
      const format: ReportFormat = a.format === 'pdf' ? 'html' : a.format;
      const report = buildReport(ctx.store, a.projectId, format, ctx.version);
      const extension = a.format === 'pdf' ? 'pdf' : (report.filename.split('.').pop() ?? format);
      const defaultName = report.filename.replace(/\.[^.]+$/, `.${extension}`);
      // The native save dialog asks before replacing an existing file.
      const target = await ctx.dialogs.saveFile(defaultName, extension);
      if (!target) return { path: null };
      const content = a.format === 'pdf' ? await ctx.dialogs.htmlToPdf(report.content) : report.content;
      writeFileAtomic(target, content, true);
      return { path: target };
    },
  };
}
