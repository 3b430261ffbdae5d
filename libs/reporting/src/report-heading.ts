import type { ReportLanguage, ReportOptions } from './report.types';

/** The organization as it heads its documents (structurally the commanding OrganizationProfile). */
export interface HeadingProfile {
  name: string;
  yearlyReports: Readonly<Record<number, string>>;
}

export interface ReportHeading {
  /** Title and 文号 inside the report. */
  options: ReportOptions;
  /** The printed page's running header: the organization left, the 文号 (or the title) right. */
  headerLeft: string;
  headerRight: string;
}

/** How a year's report is headed: the registered name (the tenant id before registration) and the year's 文号 once issued. */
export function reportHeading(profile: HeadingProfile | undefined, tenant: string, year: number, lang: ReportLanguage): ReportHeading {
  const documentNumber = profile?.yearlyReports[year];
  return {
    options: { ...(profile ? { organizationName: profile.name } : {}), ...(documentNumber ? { documentNumber } : {}) },
    headerLeft: profile?.name ?? tenant,
    headerRight: documentNumber ?? (lang === 'zh' ? `${year}年度工作总结` : `Work summary ${year}`),
  };
}
