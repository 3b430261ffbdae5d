import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class FieldErrorDto {
  @ApiProperty({ example: 'foundedOn' }) field!: string;
  @ApiProperty({ example: 'isIsoDate', description: 'The validation rule that failed' }) rule!: string;
  @ApiProperty({ example: 'foundedOn must be a calendar date YYYY-MM-DD' }) message!: string;
}

class RowProblemDto {
  @ApiProperty({ example: 7, description: 'The sheet row (the header is row 1)' }) row!: number;
  @ApiPropertyOptional({ example: '人次', description: 'The column to blame, when one is' }) column?: string;
  @ApiProperty({ example: 'isInt' }) rule!: string;
  @ApiProperty({ example: 'participants.value: value must be an integer number' }) message!: string;
}

/** RFC 9457 problem details, as documented in OpenAPI for every error answer. */
export class ProblemDto {
  @ApiProperty({ example: 'https://assocflow.dev/problems/term-at-most-max-years' }) type!: string;
  @ApiProperty({ example: 'Rule violated' }) title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ example: 'a term lasts at most 5 years by the bylaws, got 6' }) detail!: string;
  @ApiPropertyOptional({ example: '/v1/orgs/sichuan/branches' }) instance?: string;
  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description:
      '400: every invalid field and the rule it broke; 422: the field the broken rule is about, when it is about one (organizer.branchId naming a branch that does not exist)',
  })
  errors?: FieldErrorDto[];
  @ApiPropertyOptional({ example: 'term-at-most-max-years', description: '422: the stable code of the broken rule' }) rule?: string;
  @ApiPropertyOptional({ type: [RowProblemDto], description: '422 of a sheet import: every broken row, column and rule' })
  problems?: RowProblemDto[];
  @ApiPropertyOptional({ example: '3', nullable: true, description: '409: the stream revision now' }) currentRevision?: string | null;
}
