import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  ValidateIf,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { COUNT_MARKERS, isIsoDate, PEOPLE_UNITS, type CountMarker, type PeopleUnit } from '@assocflow/domain';

/** An optional field: checked only when sent (undefined means not stated). */
export const Defined = () => ValidateIf((_, value) => value !== undefined);

/** A calendar date YYYY-MM-DD that exists (2023-02-30 does not). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a calendar date YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}

/** Ids that become part of stream names: lowercase letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const IsEntityId = (): PropertyDecorator => (target, key) => {
  IsString()(target, key);
  Matches(ID_PATTERN, { message: `${String(key)} must be 1-80 lowercase letters, digits or dashes, starting with a letter or digit` })(
    target,
    key,
  );
};

export const IsText =
  (max = 200): PropertyDecorator =>
  (target, key) => {
    IsString()(target, key);
    IsNotEmpty()(target, key);
    MaxLength(max)(target, key);
  };

export class LeaderDto {
  @ApiProperty({ example: '主任委员' }) @IsText(50) role!: string;
  @ApiProperty({ example: '张三' }) @IsText(50) name!: string;
}

/** A marker says how a figure is approximate: it comes only with approximate true. */
const OnlyWhenApproximate = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'onlyWhenApproximate',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: `${String(propertyName)} is given only with approximate true` },
    validator: { validate: (_value: unknown, args) => (args?.object as { approximate?: unknown }).approximate === true },
  });

export class CountDto {
  @ApiProperty({ example: 30300, minimum: 0, description: 'The whole number: 10.36万 is 103600' }) @IsInt() @Min(0) value!: number;
  @ApiProperty({ example: true, description: 'The source did not give it exactly (余/逾/多/近/约, "more than")' })
  @IsBoolean()
  approximate!: boolean;
  @ApiPropertyOptional({
    enum: COUNT_MARKERS,
    description:
      'The word that made it approximate, so a report says it again: 余/逾/多 after the number (more than), 近 (nearly) or 约 (about) before it; only with approximate true. Absent: 余',
  })
  @IsOptional()
  @IsIn(COUNT_MARKERS)
  @OnlyWhenApproximate()
  marker?: CountMarker;
  @ApiPropertyOptional({ enum: PEOPLE_UNITS, description: 'Of people: 人 (persons; also 名, 位) or 人次 (person-times)' })
  @IsOptional()
  @IsIn(PEOPLE_UNITS)
  unit?: PeopleUnit;
  @ApiPropertyOptional({ example: true, description: 'Stated in 万 (ten thousands): 10.36万人次 renders back as 10.36万' })
  @IsOptional()
  @IsBoolean()
  wan?: boolean;
}

export class OrganizerDto {
  @ApiProperty({ enum: ['organization', 'branch'] }) @IsIn(['organization', 'branch']) kind!: 'organization' | 'branch';
  @ApiPropertyOptional({ example: 'emergency-mgmt', description: 'Required when kind is branch' })
  @IsOptional()
  @IsEntityId()
  branchId?: string;
}

export class SourceDto {
  @ApiProperty({ example: '川医协发〔2023〕267号' }) @IsText(200) document!: string;
  @ApiPropertyOptional({ example: '二、（二）' }) @IsOptional() @IsText(200) section?: string;
}

export const Nested =
  (cls: new () => object, options: { each?: boolean } = {}): PropertyDecorator =>
  (target, key) => {
    ValidateNested({ each: options.each })(target, key);
    Type(() => cls)(target, key);
  };

/** branchId belongs to a branch party (organizer, lead): required for it, refused for the organization. */
export const OnlyForBranch = (): PropertyDecorator => (target, propertyName) => {
  ValidateIf((o: { kind?: unknown }, value) => o.kind === 'branch' || value !== undefined)(target, propertyName);
  registerDecorator({
    name: 'onlyForBranch',
    target: target.constructor,
    propertyName: propertyName as string,
    options: { message: `${String(propertyName)} is sent only, and always, when kind is branch` },
    validator: { validate: (_value: unknown, args) => (args?.object as { kind?: unknown }).kind === 'branch' },
  });
};
