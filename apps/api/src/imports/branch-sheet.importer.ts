import { branch, type DomainCommand, type DomainEvent } from '@assocflow/domain';
import { tenantCalendarOf } from '@assocflow/commanding';
import { projectAll, type ProjectedEvent } from '@assocflow/projections';
import { branchRegistryProjection, listBranches } from '@assocflow/projections/registers';
import { BRANCH_KIND, BRANCH_ORIGIN, YES_NO, branchesSheet, textOf, valueOfCell, wholeOf, yesNoOf } from '@assocflow/spreadsheets';
import { branchAggregate, branchDeciderOf } from '../branches/branch.aggregate';
import { BRANCH_ENTRY } from '../branches/branch-commands';
import type { FoundBranchDto, RegisterBranchDto } from '../branches/branch.dto';
import { columnOfPath, type Recording, type RowCells, type RowRequest, type SheetImporter } from './sheet-importer';

const COLUMNS = branchesSheet([]).columns;

const COLUMN_OF_FIELD: Record<string, string> = {
  branchId: '分支机构编号',
  name: '名称',
  kind: '类别',
  foundedOn: '记录日期',
  registeredOn: '记录日期',
  termNumber: '届次',
  termStartedOn: '本届起始',
  termEndsOn: '本届届满',
  termYears: '本届届满',
  hasPartyGroup: '党的工作小组',
};

const stated = (body: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));

/** The whole years from one date to the same day years later (a founded branch's first term), else none. */
function termYearsOf(startedOn: string | undefined, endsOn: string | undefined): number | undefined {
  if (!startedOn || !endsOn || !/^\d{4}-\d{2}-\d{2}$/.test(startedOn) || !/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) return undefined;
  if (startedOn.slice(4) !== endsOn.slice(4)) return undefined;
  const years = Number(endsOn.slice(0, 4)) - Number(startedOn.slice(0, 4));
  return years > 0 ? years : undefined;
}

function foundRequest(tenant: string, c: RowCells): RowRequest {
  const body = stated({
    branchId: textOf(c['分支机构编号']),
    name: textOf(c['名称']),
    kind: valueOfCell(BRANCH_KIND, c['类别']),
    foundedOn: textOf(c['记录日期']),
    termYears: termYearsOf(textOf(c['本届起始']), textOf(c['本届届满'])),
  });
  return {
    dto: BRANCH_ENTRY.founded.dto,
    body,
    recording: (dto: FoundBranchDto) => recordingOf(tenant, dto.branchId, BRANCH_ENTRY.founded.command(dto)),
  } as RowRequest;
}

function registerRequest(tenant: string, c: RowCells): RowRequest {
  const body = stated({
    branchId: textOf(c['分支机构编号']),
    name: textOf(c['名称']),
    kind: valueOfCell(BRANCH_KIND, c['类别']),
    registeredOn: textOf(c['记录日期']),
    termNumber: wholeOf(c['届次']),
    termStartedOn: textOf(c['本届起始']),
    termEndsOn: textOf(c['本届届满']),
    hasPartyGroup: yesNoOf(c['党的工作小组']),
  });
  return {
    dto: BRANCH_ENTRY.registered.dto,
    body,
    recording: (dto: RegisterBranchDto) => recordingOf(tenant, dto.branchId, BRANCH_ENTRY.registered.command(dto)),
  } as RowRequest;
}

const recordingOf = (tenant: string, branchId: string, command: branch.BranchCommand): Recording => ({
  id: branchId,
  streamId: branch.toBranchStreamId(tenant, branchId),
  command,
});

/** The events of one branch as the registry projection takes them. */
const projected = (tenant: string, streamId: string, events: DomainEvent[]): ProjectedEvent[] =>
  events.map((e, i) => ({
    type: e.type,
    data: e.data,
    streamId,
    position: String(i),
    metadata: { tenant, occurredAt: String(e.data.occurredOn ?? ''), recordedAt: '' },
  }));

/** 分支机构名册: the roster export read back row by row into the found and register endpoints. */
export const branchSheetImporter: SheetImporter = {
  register: 'branches',
  columns: COLUMNS,
  idColumn: '分支机构编号',
  derived: ['状态'],
  defaulted: ['届次', '本届起始', '本届届满', '换届期限', '党的工作小组'],
  wordings: { 类别: BRANCH_KIND, 来源: BRANCH_ORIGIN, 党的工作小组: YES_NO },
  columnOf: (field) => columnOfPath(COLUMN_OF_FIELD, field),
  aggregate: branchAggregate,
  async forTenant(tenant, store) {
    const decider = await branchDeciderOf(store, tenant);
    const { today } = await tenantCalendarOf(store, tenant);
    const stateOf = (events: DomainEvent[]) => events.reduce((s, e) => decider.evolve(s, e as branch.BranchEvent), decider.initialState());
    return {
      requestOf(c) {
        const origin = valueOfCell(BRANCH_ORIGIN, c['来源']);
        if (origin === 'founded') return foundRequest(tenant, c);
        if (origin === 'registered') return registerRequest(tenant, c);
        return [{ column: '来源', rule: 'isIn', message: `来源 must be ${Object.values(BRANCH_ORIGIN).join(' or ')}` }];
      },
      rowOf(events, streamId) {
        const doc = [...projectAll(branchRegistryProjection, projected(tenant, streamId, events)).values()][0];
        const views = doc ? listBranches(doc, { today }) : [];
        return views.length ? branchesSheet(views).rows[0] : undefined;
      },
      decide: (command: DomainCommand, events: DomainEvent[]) => decider.decide(command as branch.BranchCommand, stateOf(events)),
    };
  },
};
