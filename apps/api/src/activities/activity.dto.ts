import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, Max, Min } from 'class-validator';
import type { activity } from '@assocflow/domain';
import { CountDto, IsEntityId, IsIsoDate, IsText, Nested, OnlyForBranch, Defined } from '../commands/dto/common.dto';

const MODES = ['online', 'offline', 'hybrid'] as const satisfies readonly activity.ActivityMode[];
const KINDS = ['academic', 'training', 'competition', 'welfare', 'exchange', 'study'] as const satisfies readonly activity.ActivityKind[];
const ORGANIZER_KINDS = ['organization', 'branch'] as const satisfies readonly activity.Organizer['kind'][];
/** Counts of sessions, teams, people: whole numbers, bounded so they stay exact. */
const MAX_COUNT = 100_000_000;

/** Optional, but not null: a field sent is a field validated. */

export class ActivityOrganizerDto {
  @ApiProperty({ enum: ORGANIZER_KINDS, description: 'The association itself (本会) or one of its branches (分会/专委会)' })
  @IsIn(ORGANIZER_KINDS)
  kind!: activity.Organizer['kind'];
  @ApiPropertyOptional({
    example: 'quality-mgmt',
    description: 'Only and always when kind is branch; a branch officer may record only its own branches',
  })
  @OnlyForBranch()
  @IsEntityId()
  branchId?: string;
}

/** Where a backfilled total was read: both the document and the section are stated. */
export class ActivitySourceDto {
  @ApiProperty({ example: '四川省医院协会2023年工作总结' }) @IsText(200) document!: string;
  @ApiProperty({ example: '二、（三）教育培训' }) @IsText(200) section!: string;
}

const REGION_LEVELS = ['province', 'city', 'county'] as const satisfies readonly activity.RegionLevel[];

export class RegionsReachedDto {
  @ApiProperty({ type: CountDto, description: 'How many places: 20余个省 is { value: 20, approximate: true }' })
  @IsDefined()
  @Nested(CountDto)
  count!: CountDto;
  @ApiProperty({ enum: REGION_LEVELS, description: '省 province, 市/市州 city, 县/区 county' })
  @IsIn(REGION_LEVELS)
  level!: activity.RegionLevel;
}

const SUBMISSION_KINDS = ['paper', 'case', 'work'] as const satisfies readonly activity.SubmissionKind[];

export class SubmissionsOfKindDto {
  @ApiProperty({ enum: SUBMISSION_KINDS, description: '论文 paper (篇), 案例 case (个), 作品 work (件/份)' })
  @IsIn(SUBMISSION_KINDS)
  kind!: activity.SubmissionKind;
  @ApiProperty({ type: CountDto, description: 'How many of that kind (161篇)' }) @IsDefined() @Nested(CountDto) count!: CountDto;
}

export class SubmissionsPublishedDto {
  @ApiProperty({ type: CountDto, description: 'How many of the works submitted were published (5篇)' })
  @IsDefined()
  @Nested(CountDto)
  count!: CountDto;
  @ApiProperty({ example: '“中国医院文化”微信公众号', description: 'Where they were published' }) @IsText(200) outlet!: string;
}

/** A figure the document names: 超声 613人次, 先心病患儿 8人, 成都市第三人民医院院前急救人员 3名. */
export class NamedCountDto {
  @ApiProperty({ example: '超声' }) @IsText(200) name!: string;
  @ApiProperty({ type: CountDto }) @IsDefined() @Nested(CountDto) count!: CountDto;
}

export class TeamSentDto {
  @ApiProperty({ example: '第七届全国急救技能大赛', description: 'The external contest the team went to' }) @IsText(200) contest!: string;
  @ApiProperty({ type: [NamedCountDto], description: 'Its members by unit, as stated' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Nested(NamedCountDto, { each: true })
  members!: NamedCountDto[];
  @ApiPropertyOptional({ example: '优胜奖', description: 'What it won there' }) @Defined() @IsText(200) result?: string;
}

export class ForumsDto {
  @ApiProperty({ example: 1, minimum: 0, description: '主论坛' }) @IsInt() @Min(0) @Max(MAX_COUNT) main!: number;
  @ApiProperty({ example: 8, minimum: 0, description: '平行论坛/分论坛' }) @IsInt() @Min(0) @Max(MAX_COUNT) parallel!: number;
}

/** What the source states of an activity beyond its sessions and participants, each apart from the participants. */
export class ActivityReachDto {
  @ApiPropertyOptional({ type: CountDto, description: '线上观看: viewers online (近20万人次), never added to the participants' })
  @Defined()
  @Nested(CountDto)
  viewersOnline?: CountDto;
  @ApiPropertyOptional({ type: CountDto, description: '专家: experts who taught, judged or served (200余位)' })
  @Defined()
  @Nested(CountDto)
  experts?: CountDto;
  @ApiPropertyOptional({ type: CountDto, description: '参与或覆盖的医疗机构/单位, 家 (151家)' })
  @Defined()
  @Nested(CountDto)
  institutions?: CountDto;
  @ApiPropertyOptional({ type: RegionsReachedDto, description: 'Places covered (20个地市州)' })
  @Defined()
  @Nested(RegionsReachedDto)
  regions?: RegionsReachedDto;
  @ApiPropertyOptional({ type: CountDto, description: '作品/论文/案例 submitted (800余项)' })
  @Defined()
  @Nested(CountDto)
  submissions?: CountDto;
  @ApiPropertyOptional({ type: CountDto, description: '获奖/晋级: entries that won or went on (4名晋级全国总决赛)' })
  @Defined()
  @Nested(CountDto)
  winners?: CountDto;
  @ApiPropertyOptional({ type: ForumsDto, description: "An academic event's forums (1个主论坛, 8个平行论坛)" })
  @Defined()
  @Nested(ForumsDto)
  forums?: ForumsDto;
  @ApiPropertyOptional({
    type: [RegionsReachedDto],
    description: 'The same places counted at other levels too (16个市 beside 112个县), each level once',
  })
  @Defined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @Nested(RegionsReachedDto, { each: true })
  regionsAtOtherLevels?: RegionsReachedDto[];
  @ApiPropertyOptional({
    type: [SubmissionsOfKindDto],
    description: 'Works submitted by kind, when stated apart (论文161篇、案例64个); never summed into submissions',
  })
  @Defined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @Nested(SubmissionsOfKindDto, { each: true })
  submissionsByKind?: SubmissionsOfKindDto[];
  @ApiPropertyOptional({
    type: SubmissionsPublishedDto,
    description: 'Of the works submitted, those published elsewhere (公众号上刊发5篇)',
  })
  @Defined()
  @Nested(SubmissionsPublishedDto)
  submissionsPublished?: SubmissionsPublishedDto;
  @ApiPropertyOptional({ type: CountDto, description: '媒体: news outlets that reported it (10家)' })
  @Defined()
  @Nested(CountDto)
  mediaOutlets?: CountDto;
  @ApiPropertyOptional({ type: CountDto, description: 'Teams that carried it out (9个党员志愿者分队)' })
  @Defined()
  @Nested(CountDto)
  teams?: CountDto;
  @ApiPropertyOptional({ type: [NamedCountDto], description: 'Services given within it, apart from the people served (超声613人次)' })
  @Defined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Nested(NamedCountDto, { each: true })
  services?: NamedCountDto[];
  @ApiPropertyOptional({ type: [NamedCountDto], description: 'What a screening found (先心病患儿8人)' })
  @Defined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Nested(NamedCountDto, { each: true })
  findings?: NamedCountDto[];
  @ApiPropertyOptional({ type: TeamSentDto, description: 'A team sent on to an external contest, its members by unit' })
  @Defined()
  @Nested(TeamSentDto)
  teamSent?: TeamSentDto;
}

/** What every recorded activity states. */
export class HeldActivityDto {
  @ApiProperty({ example: 'qcc-contest-2023', description: 'Chosen by the client; one stream per activity' })
  @IsEntityId()
  activityId!: string;
  @ApiProperty({ example: '四川省第八届医院品管圈大赛' }) @IsText(200) title!: string;
  @ApiProperty({ example: '2023-11-16', description: 'The (first) day it was held' }) @IsIsoDate() heldOn!: string;
  @ApiPropertyOptional({ example: '2023-11-17', description: 'The last day, for an activity over several days' })
  @Defined()
  @IsIsoDate()
  endedOn?: string;
  @ApiProperty({ type: ActivityOrganizerDto }) @IsDefined() @Nested(ActivityOrganizerDto) organizer!: ActivityOrganizerDto;
  @ApiProperty({ example: 2, minimum: 1, description: '场次' }) @IsInt() @Min(1) @Max(MAX_COUNT) sessions!: number;
  @ApiProperty({ enum: MODES, description: '线上 online, 线下 offline, 线上线下结合 hybrid' }) @IsIn(MODES) mode!: activity.ActivityMode;
  @ApiPropertyOptional({
    example: 1,
    minimum: 0,
    description: '其中线上场次: all sessions when online, none when offline; required when hybrid',
  })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  onlineSessions?: number;
  @ApiProperty({ type: CountDto, description: '参与人次, e.g. 30300余人次 is { value: 30300, approximate: true }' })
  @IsDefined()
  @Nested(CountDto)
  participants!: CountDto;
  @ApiPropertyOptional({ type: ActivityReachDto, description: 'Who and what else it reached, each only when stated' })
  @Defined()
  @Nested(ActivityReachDto)
  reach?: ActivityReachDto;
  @ApiPropertyOptional({
    example: '科普讲座',
    description: "The series it is one of, when the document states the series' total over several records (科普讲座7场)",
  })
  @Defined()
  @IsText(200)
  series?: string;
}

export class RecordTrainingDto extends HeldActivityDto {
  @ApiPropertyOptional({ example: true, description: '继续医学教育 (CME) credit project' })
  @Defined()
  @IsBoolean()
  cmeCreditProject?: boolean;
  @ApiPropertyOptional({
    example: 286,
    minimum: 0,
    description: 'Participants who passed the assessment (考核合格); at most the participants',
  })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  passed?: number;
}

export class RecordAcademicEventDto extends HeldActivityDto {}

export class RecordCompetitionDto extends HeldActivityDto {
  @ApiPropertyOptional({ example: 126, minimum: 0, description: 'Competing teams (参赛圈/队)' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  teams?: number;
}

export class RecordPublicWelfareActivityDto extends HeldActivityDto {
  @ApiPropertyOptional({ type: CountDto, description: '义诊 patients served, apart from the participants who served them' })
  @Defined()
  @Nested(CountDto)
  peopleServed?: CountDto;
}

export class RecordExchangeVisitDto extends HeldActivityDto {}

export class RecordStudySessionDto extends HeldActivityDto {}

/** A total a source gives only as a total ("培训 20 场次 18312 人次"). */
export class RecordActivitiesBackfillDto {
  @ApiProperty({
    enum: KINDS,
    description: '学术 academic, 培训 training, 竞赛/评选 competition, 公益/义诊 welfare, 交流/考察 exchange, 党建学习 study',
  })
  @IsIn(KINDS)
  activityKind!: activity.ActivityKind;
  @ApiProperty({ example: 2023 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiPropertyOptional({
    example: 1,
    minimum: 1,
    description: 'The n-th total of this kind and year (default 1): the record is backfill-<kind>-<year>-<n>',
  })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(99)
  sequence?: number;
  @ApiPropertyOptional({
    example: 20,
    minimum: 0,
    description: '场次; omit when the document does not state them (累计培训350余人次), which is not 0场',
  })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  sessions?: number;
  @ApiPropertyOptional({
    example: true,
    description: 'The total is of activities the branches organized (各专委会开展学术交流活动100余场)',
  })
  @Defined()
  @IsBoolean()
  byBranches?: boolean;
  @ApiProperty({ example: 0, minimum: 0, description: '其中线上, at most the sessions' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  onlineSessions!: number;
  @ApiProperty({ type: CountDto, description: '人次' }) @IsDefined() @Nested(CountDto) participants!: CountDto;
  @ApiPropertyOptional({ example: true, description: 'The sessions are a lower bound (100余场)' })
  @Defined()
  @IsBoolean()
  sessionsApproximate?: boolean;
  @ApiPropertyOptional({ type: CountDto, description: 'Welfare totals only: people served (义诊群众11000余人次)' })
  @Defined()
  @Nested(CountDto)
  peopleServed?: CountDto;
  @ApiPropertyOptional({
    example: 6,
    minimum: 0,
    description: 'Training totals only: CME credit projects among them (继续医学教育项目6项)',
  })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  cmeCreditProjects?: number;
  @ApiPropertyOptional({
    example: '各专委会学术活动',
    description: 'What the total is of, to name it in the report (其中); the figures stay in their fields',
  })
  @Defined()
  @IsText(200)
  title?: string;
  @ApiProperty({ example: '全年举办各类培训班20场次，培训18312人次' }) @IsText(500) note!: string;
  @ApiProperty({ type: ActivitySourceDto }) @IsDefined() @Nested(ActivitySourceDto) source!: ActivitySourceDto;
}

/** The fields a correction may change; which apply depends on the kind of record (else 422). */
export class ActivityChangesDto {
  @ApiPropertyOptional({ example: '四川省第八届医院品管圈大赛决赛' }) @Defined() @IsText(200) title?: string;
  @ApiPropertyOptional({ example: '科普讲座', description: 'Held activities only: the series it is one of' })
  @Defined()
  @IsText(200)
  series?: string;
  @ApiPropertyOptional({ example: '2023-11-17' }) @Defined() @IsIsoDate() heldOn?: string;
  @ApiPropertyOptional({ example: '2023-11-18' }) @Defined() @IsIsoDate() endedOn?: string;
  @ApiPropertyOptional({ type: ActivityOrganizerDto }) @Defined() @Nested(ActivityOrganizerDto) organizer?: ActivityOrganizerDto;
  @ApiPropertyOptional({ example: 3, minimum: 0 }) @Defined() @IsInt() @Min(0) @Max(MAX_COUNT) sessions?: number;
  @ApiPropertyOptional({ enum: MODES }) @Defined() @IsIn(MODES) mode?: activity.ActivityMode;
  @ApiPropertyOptional({ example: 1, minimum: 0 }) @Defined() @IsInt() @Min(0) @Max(MAX_COUNT) onlineSessions?: number;
  @ApiPropertyOptional({ type: CountDto }) @Defined() @Nested(CountDto) participants?: CountDto;
  @ApiPropertyOptional({ type: ActivityReachDto, description: 'Held activities: the whole reach as it stands after the correction' })
  @Defined()
  @Nested(ActivityReachDto)
  reach?: ActivityReachDto;
  @ApiPropertyOptional({ example: true, description: 'Trainings only' }) @Defined() @IsBoolean() cmeCreditProject?: boolean;
  @ApiPropertyOptional({ example: 280, minimum: 0, description: 'Trainings only' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  passed?: number;
  @ApiPropertyOptional({ example: 120, minimum: 0, description: 'Competitions only' })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  teams?: number;
  @ApiPropertyOptional({ type: CountDto, description: 'Public-welfare activities only' })
  @Defined()
  @Nested(CountDto)
  peopleServed?: CountDto;
  @ApiPropertyOptional({ example: '按年报口径更正', description: 'Backfilled totals only' }) @Defined() @IsText(500) note?: string;
  @ApiPropertyOptional({ type: ActivitySourceDto, description: 'Backfilled totals only' })
  @Defined()
  @Nested(ActivitySourceDto)
  source?: ActivitySourceDto;
}

export class CorrectActivityRecordDto {
  @ApiProperty({ example: '2024-01-15' }) @IsIsoDate() correctedOn!: string;
  @ApiProperty({ type: ActivityChangesDto, description: 'Only the fields that change' })
  @IsDefined()
  @Nested(ActivityChangesDto)
  changes!: ActivityChangesDto;
  @ApiProperty({ example: '参赛人次按组委会终审名单更正' }) @IsText(500) reason!: string;
}

export class RetractActivityRecordDto {
  @ApiProperty({ example: '2024-01-15' }) @IsIsoDate() retractedOn!: string;
  @ApiProperty({ example: '重复录入' }) @IsText(500) reason!: string;
}
