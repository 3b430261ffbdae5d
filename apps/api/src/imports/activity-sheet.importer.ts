import { activity, type DomainCommand, type DomainEvent } from '@assocflow/domain';
import { rowOfRecord } from '@assocflow/projections/registers';
import {
  ACTIVITY_KIND,
  ACTIVITY_MODE,
  ORGANIZATION_ORGANIZER,
  YES_NO,
  activitiesSheet,
  countOf,
  textOf,
  valueOfCell,
  valueOfWord,
  wholeOf,
  yesNoOf,
  type Cell,
} from '@assocflow/spreadsheets';
import { activityAggregate } from '../activities/activity.aggregate';
import { backfillRecording, HELD_ACTIVITY_RECORDING } from '../activities/activity-commands';
import { RecordActivitiesBackfillDto, type HeldActivityDto } from '../activities/activity.dto';
import { columnOfPath, type RowCells, type RowRequest, type SheetImporter, type TenantImporter } from './sheet-importer';

const COLUMNS = activitiesSheet(0, []).columns;

/** Which column each body field is read from, to name it when the field is refused. */
const COLUMN_OF_FIELD: Record<string, string> = {
  activityId: '活动编号',
  sequence: '活动编号',
  activityKind: '类别',
  title: '名称或说明',
  note: '名称或说明',
  heldOn: '日期',
  year: '日期',
  endedOn: '结束日期',
  organizer: '主办',
  sessions: '场次',
  sessionsApproximate: '场次',
  onlineSessions: '其中线上',
  mode: '形式',
  participants: '人次',
  passed: '通过考核',
  cmeCreditProject: '继续医学教育项目',
  cmeCreditProjects: '继续医学教育项目',
  teams: '参赛队伍',
  peopleServed: '服务群众',
  source: '来源文件',
  'source.document': '来源文件',
  'source.section': '来源章节',
};

/** Keeps only what the row states: an empty cell sends no field. */
const stated = (body: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));

function organizerOf(cell: Cell): unknown {
  const text = textOf(cell);
  if (text === undefined) return undefined;
  return text === ORGANIZATION_ORGANIZER || text === 'organization' ? { kind: 'organization' } : { kind: 'branch', branchId: text };
}

function heldRequest(tenant: string, kind: activity.ActivityKind, c: RowCells): RowRequest {
  const body = stated({
    activityId: textOf(c['活动编号']),
    title: textOf(c['名称或说明']),
    heldOn: textOf(c['日期']),
    endedOn: textOf(c['结束日期']),
    organizer: organizerOf(c['主办']),
    sessions: wholeOf(c['场次']),
    onlineSessions: wholeOf(c['其中线上']),
    mode: valueOfCell(ACTIVITY_MODE, c['形式']),
    participants: countOf(c['人次']),
    passed: wholeOf(c['通过考核']),
    cmeCreditProject: yesNoOf(c['继续医学教育项目']),
    teams: wholeOf(c['参赛队伍']),
    peopleServed: countOf(c['服务群众']),
    source:
      c['来源文件'] !== null || c['来源章节'] !== null ? { document: textOf(c['来源文件']), section: textOf(c['来源章节']) } : undefined,
  });
  const { dto, command } = HELD_ACTIVITY_RECORDING[kind] as {
    dto: new () => HeldActivityDto;
    command(d: HeldActivityDto): activity.ActivityCommand;
  };
  return {
    dto,
    body,
    recording: (valid: HeldActivityDto) => ({
      id: valid.activityId,
      streamId: activity.toActivityStreamId(tenant, valid.activityId),
      command: command(valid),
    }),
  } as RowRequest;
}

/** A total's id is backfill-<kind>-<year>-<n>: the n-th total of its kind and year (1 when the cell is empty). */
function backfillRequest(tenant: string, kind: activity.ActivityKind, c: RowCells): RowRequest {
  const date = textOf(c['日期']);
  const year = date && /^\d{4}(-12-31)?$/.test(date) ? Number(date.slice(0, 4)) : date;
  const id = textOf(c['活动编号']);
  const sequence = id === undefined ? undefined : (new RegExp(`^backfill-${kind}-${String(year)}-(\\d+)$`).exec(id)?.[1] ?? id);
  const sessions = countOf(c['场次']);
  return {
    dto: RecordActivitiesBackfillDto,
    recording: (valid: RecordActivitiesBackfillDto) => {
      const { activityId, command } = backfillRecording(valid);
      return { id: activityId, streamId: activity.toActivityStreamId(tenant, activityId), command };
    },
    body: stated({
      activityKind: kind,
      year,
      sequence: sequence === undefined ? undefined : wholeOf(sequence),
      sessions: sessions?.value,
      sessionsApproximate: sessions?.approximate || undefined,
      onlineSessions: wholeOf(c['其中线上']),
      participants: countOf(c['人次']),
      peopleServed: countOf(c['服务群众']),
      cmeCreditProjects: wholeOf(c['继续医学教育项目']),
      note: textOf(c['名称或说明']),
      source: stated({ document: textOf(c['来源文件']), section: textOf(c['来源章节']) }),
      // A total has none of these: sent when filled in, for the body's validation to refuse by name.
      endedOn: textOf(c['结束日期']),
      organizer: organizerOf(c['主办']),
      mode: textOf(c['形式']),
      passed: textOf(c['通过考核']),
      teams: textOf(c['参赛队伍']),
    }),
  } as RowRequest;
}

function stateOf(events: DomainEvent[]): activity.ActivityState {
  return events.reduce((s, e) => activity.activityDecider.evolve(s, e as activity.ActivityEvent), activity.activityDecider.initialState());
}

function rulesFor(tenant: string): TenantImporter {
  return {
    requestOf(c) {
      const kind = valueOfCell(ACTIVITY_KIND, c['类别']);
      if (typeof kind !== 'string' || !(kind in HELD_ACTIVITY_RECORDING)) {
        return [{ column: '类别', rule: 'isIn', message: `类别 must be one of ${Object.values(ACTIVITY_KIND).join(', ')}` }];
      }
      const total = valueOfWord(YES_NO, textOf(c['年度汇总']) ?? '否');
      if (total === undefined) return [{ column: '年度汇总', rule: 'isIn', message: '年度汇总 must be 是 or 否' }];
      return total === 'true'
        ? backfillRequest(tenant, kind as activity.ActivityKind, c)
        : heldRequest(tenant, kind as activity.ActivityKind, c);
    },
    rowOf(events) {
      const state = stateOf(events);
      if (state.status !== 'held' && state.status !== 'backfilled') return undefined;
      return activitiesSheet(0, [rowOfRecord(state)]).rows[0];
    },
    decide: (command: DomainCommand, events: DomainEvent[]) =>
      activity.activityDecider.decide(command as activity.ActivityCommand, stateOf(events)),
  };
}

/** 活动台账: the ledger export of a year, read back row by row into the activities endpoints. */
export const activitySheetImporter: SheetImporter = {
  register: 'activities',
  columns: COLUMNS,
  idColumn: '活动编号',
  derived: [],
  defaulted: ['其中线上'],
  wordings: { 类别: ACTIVITY_KIND, 形式: ACTIVITY_MODE, 继续医学教育项目: YES_NO, 年度汇总: YES_NO },
  columnOf: (field) => columnOfPath(COLUMN_OF_FIELD, field),
  aggregate: activityAggregate,
  forTenant: async (tenant) => rulesFor(tenant),
};
