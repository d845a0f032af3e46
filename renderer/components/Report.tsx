/**
 * The printable report (report/Report.tsx) and its #/report route (report/ReportRoute.tsx): the app, the CLI's
 * PDF and the tests import them from here.
 */
export { contentWidthPx, Report, type ReportOptions } from './report/Report';
export { ReportRoute } from './report/ReportRoute';
