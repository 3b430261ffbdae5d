import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import type { meeting } from '@assocflow/domain';
import { IsEntityId, IsIsoDate, IsText, Nested, Defined } from '../commands/dto/common.dto';

/** The bodies that meet; a branch's committee is branch-<branchId>. */
export const MEETING_BODY_PATTERN =
  /^(?:general-assembly|council|standing-council|president-office|(?:branch|conference)-[a-z0-9][a-z0-9-]{0,79})$/;
const MAX_MEMBERS = 1_000_000;

/** Optional, but not null: a field sent is a field validated. */

const IsMeetingBody = (): PropertyDecorator => (target, key) => {
  IsString()(target, key);
  Matches(MEETING_BODY_PATTERN, {
    message: `${String(key)} must be general-assembly, council, standing-council, president-office, branch-<branchId> or conference-<slug>`,
  })(target, key);
};

/**
 * Every meeting belongs to the series of one body in one term (届): one stream per series,
 * so each request names both.
 */
export class InMeetingSeriesDto {
  @ApiProperty({
    example: 'council',
    pattern: MEETING_BODY_PATTERN.source,
    description:
      '会员代表大会 general-assembly, 理事会 council, 常务理事会 standing-council, 会长办公会 president-office, a branch committee branch-<branchId>, or a recurring conference conference-<slug> (term = its edition, 届)',
  })
  @IsMeetingBody()
  body!: meeting.MeetingBody;
  @ApiProperty({ example: 4, minimum: 1, description: 'The term (届): 四届五次理事会 is term 4' }) @IsInt() @Min(1) @Max(99) term!: number;
}

export class DeclareMeetingSeriesDto extends InMeetingSeriesDto {
  @ApiPropertyOptional({
    example: 61,
    minimum: 1,
    description: 'Members of the body (理事 count for the council); when not known, each meeting held states it',
  })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(MAX_MEMBERS)
  membersTotal?: number;
  @ApiPropertyOptional({
    example: 4,
    minimum: 0,
    description: 'Meetings held this term before recording started; ordinals continue from it',
  })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(999)
  heldSoFar?: number;
  @ApiProperty({ example: '2024-01-02', description: 'As of this day; meetings are recorded from it on' }) @IsIsoDate() declaredOn!: string;
}

export class ScheduleMeetingDto extends InMeetingSeriesDto {
  @ApiProperty({ example: 'council-2024-1', description: 'Chosen by the client, unique in the series' }) @IsEntityId() meetingId!: string;
  @ApiProperty({ example: '2024-03-28', description: 'The day it is to be held' }) @IsIsoDate() scheduledOn!: string;
  @ApiPropertyOptional({ example: '2024-03-01', description: 'The day it was put on the calendar; defaults to scheduledOn' })
  @Defined()
  @IsIsoDate()
  decidedOn?: string;
  @ApiPropertyOptional({ example: '四届五次理事会' }) @Defined() @IsText(200) title?: string;
  @ApiPropertyOptional({ example: '成都市锦江宾馆' }) @Defined() @IsText(200) location?: string;
}

export class SendMeetingNoticeDto extends InMeetingSeriesDto {
  @ApiProperty({ example: '2024-03-10', description: "No later than the meeting; for a general assembly the bylaws' days ahead" })
  @IsIsoDate()
  sentOn!: string;
}

export class ResolutionDto {
  @ApiProperty({ example: '关于增补理事的决议' }) @IsText(200) title!: string;
  @ApiProperty({ example: 52, minimum: 0 }) @IsInt() @Min(0) @Max(MAX_MEMBERS) votesFor!: number;
  @ApiPropertyOptional({ example: 1, minimum: 0 }) @Defined() @IsInt() @Min(0) @Max(MAX_MEMBERS) votesAgainst?: number;
  @ApiPropertyOptional({ example: 2, minimum: 0 }) @Defined() @IsInt() @Min(0) @Max(MAX_MEMBERS) abstentions?: number;
}

/** Holds a scheduled meeting, or records one held that was never scheduled (a new meetingId). */
export class HoldMeetingDto extends InMeetingSeriesDto {
  @ApiProperty({
    example: '2024-03-28',
    description:
      'Ordinals are by date within the term: a meeting held before others already recorded takes its number by date, and the later ones are renumbered. Not before the series was declared',
  })
  @IsIsoDate()
  heldOn!: string;
  @ApiPropertyOptional({
    example: 55,
    minimum: 0,
    description:
      'Members present (实到). Omit it when the source does not say: the quorum is then unknown (not "not met"), and no resolution with votes can be recorded',
  })
  @Defined()
  @IsInt()
  @Min(0)
  @Max(MAX_MEMBERS)
  present?: number;
  @ApiPropertyOptional({
    example: 63,
    minimum: 1,
    description:
      "The body's size (应出席) that day when it changed (增补/调整) or was never declared; omitted, the size on record for that day applies, and when there is none the quorum is unknown",
  })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(MAX_MEMBERS)
  membersTotal?: number;
  @ApiPropertyOptional({ example: '四届五次理事会' }) @Defined() @IsText(200) title?: string;
  @ApiPropertyOptional({
    type: [ResolutionDto],
    description: 'Need present; adopted only with a quorum met or unknown; passed is computed from the votes',
  })
  @Defined()
  @IsArray()
  @ArrayMaxSize(100)
  @Nested(ResolutionDto, { each: true })
  resolutions?: ResolutionDto[];
  @ApiPropertyOptional({ example: true, description: 'Minutes (会议纪要) were taken at the meeting' })
  @Defined()
  @IsBoolean()
  minutesRecorded?: boolean;
}

export class RecordMeetingMinutesDto extends InMeetingSeriesDto {
  @ApiProperty({ example: '2024-04-02' }) @IsIsoDate() recordedOn!: string;
  @ApiPropertyOptional({ example: '川医协纪〔2024〕3号' }) @Defined() @IsText(200) minutesRef?: string;
}

export class CancelMeetingDto extends InMeetingSeriesDto {
  @ApiProperty({ example: '2024-03-20' }) @IsIsoDate() cancelledOn!: string;
  @ApiProperty({ example: '因疫情防控要求延期' }) @IsText(500) reason!: string;
}

const COUNCIL_BODIES = [
  'general-assembly',
  'council',
  'standing-council',
  'president-office',
] as const satisfies readonly meeting.CouncilBody[];

/** Where a backfilled total was read: both the document and the section are stated. */
export class MeetingsSourceDto {
  @ApiProperty({ example: '山东省医院协会2025年工作报告' }) @IsText(200) document!: string;
  @ApiProperty({ example: '一、（七）2. 规范日常运作' }) @IsText(200) section!: string;
}

/** "全年组织召开会长办公会3次": a year's meetings of a body given only as a total, without dates or attendance. */
export class RecordMeetingsBackfillDto {
  @ApiProperty({
    enum: COUNCIL_BODIES,
    description: '会员代表大会 general-assembly, 理事会 council, 常务理事会 standing-council, 会长办公会 president-office',
  })
  @IsIn(COUNCIL_BODIES)
  body!: meeting.CouncilBody;
  @ApiProperty({ example: 2025 }) @IsInt() @Min(1000) @Max(9999) year!: number;
  @ApiPropertyOptional({
    example: 1,
    minimum: 1,
    description: 'The n-th total of this body and year (default 1): the record is backfill-<body>-<year>-<n>',
  })
  @Defined()
  @IsInt()
  @Min(1)
  @Max(99)
  sequence?: number;
  @ApiProperty({ example: 3, minimum: 0, description: 'Meetings held (次)' }) @IsInt() @Min(0) @Max(999) count!: number;
  @ApiProperty({ example: '全年组织召开会长办公会3次' }) @IsText(500) note!: string;
  @ApiProperty({ type: MeetingsSourceDto }) @IsDefined() @Nested(MeetingsSourceDto) source!: MeetingsSourceDto;
}
