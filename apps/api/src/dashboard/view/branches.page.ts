import type { BranchView } from '@assocflow/projections/registers';
import { statusWord, t, type DashboardLanguage } from './i18n';
import { badge, h, section, table } from './layout';

const termLabel = (lang: DashboardLanguage, b: BranchView) => (lang === 'zh' ? `第${b.term.number}届` : `term ${b.term.number}`);

/** Branches due for renewal or overdue, the earliest due first. */
export function dueBranchesTable(lang: DashboardLanguage, branches: BranchView[]): string {
  const rows = [...branches]
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .map((b) => [
      h(b.name),
      h(termLabel(lang, b)),
      h(b.term.endsOn),
      `<time datetime="${h(b.dueOn)}">${h(b.dueOn)}</time>`,
      badge(b.status, statusWord(lang, b.status)),
    ]);
  return table(
    t(lang, 'branchesDue'),
    [t(lang, 'branch'), t(lang, 'term'), t(lang, 'termEnds'), t(lang, 'dueOn'), t(lang, 'status')],
    rows,
    { id: 'due-table' },
  );
}

/** Every branch with its term, due date and status today. */
export function branchesBody(lang: DashboardLanguage, branches: BranchView[]): string {
  const due = branches.filter((b) => b.status === 'due-soon' || b.status === 'overdue');
  const rows = [...branches]
    .sort((a, b) => a.recordedOn.localeCompare(b.recordedOn) || a.name.localeCompare(b.name))
    .map((b) => [
      h(b.name),
      h(b.recordedOn),
      h(termLabel(lang, b)),
      h(b.term.endsOn),
      `<time datetime="${h(b.dueOn)}">${h(b.dueOn)}</time>`,
      badge(b.status, statusWord(lang, b.status)),
    ]);
  return [
    section('due', t(lang, 'branchesDue'), due.length ? dueBranchesTable(lang, due) : `<p>${h(t(lang, 'noneDue'))}</p>`),
    section(
      'all',
      t(lang, 'allBranches'),
      table(
        `${t(lang, 'allBranches')}（${branches.length}）`,
        [t(lang, 'branch'), t(lang, 'founded'), t(lang, 'term'), t(lang, 'termEnds'), t(lang, 'dueOn'), t(lang, 'status')],
        rows,
        { id: 'branches-table' },
      ),
    ),
  ].join('\n');
}
