import type { meeting } from '@assocflow/domain';

/** How the documents name each body. */
export const BODY_NAMES: Readonly<Record<string, string>> = {
  'general-assembly': '会员代表大会',
  council: '理事会',
  'standing-council': '常务理事会',
  'president-office': '会长办公会',
};

/** 理事会; a branch's committee reads `<branchId> 委员会`; any other body, its id. */
export const bodyName = (body: meeting.MeetingBody): string =>
  BODY_NAMES[body] ?? (body.startsWith('branch-') ? `${body.slice('branch-'.length)} 委员会` : body);
