import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { apikey } from '@assocflow/domain';
import { ID_PATTERN, IsIsoDate, IsText } from '../commands/dto/common.dto';

export class IssueApiKeyDto {
  @ApiProperty({
    enum: apikey.API_KEY_ROLES,
    description: "admin: everything; secretary: every command; branch-officer: its branches' activities; reader: GET only",
  })
  @IsIn(apikey.API_KEY_ROLES as string[])
  role!: apikey.ApiKeyRole;
  @ApiPropertyOptional({
    example: ['emergency-mgmt'],
    description: 'branch-officer only, and required for it: the branches it records for',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Matches(ID_PATTERN, {
    each: true,
    message: 'each of branchIds must be 1-80 lowercase letters, digits or dashes, starting with a letter or digit',
  })
  branchIds?: string[];
  @ApiPropertyOptional({ example: '质控中心 数据上报', description: 'Who or what the key is for' })
  @IsOptional()
  @IsText(100)
  label?: string;
  @ApiPropertyOptional({ example: '2027-12-31', description: 'The last day the key is valid (China Standard Time); no expiry when absent' })
  @IsOptional()
  @IsIsoDate()
  expiresOn?: string;
}

export class RevokeApiKeyDto {
  @ApiProperty({ example: '人员离岗' }) @IsText(500) reason!: string;
}

export class IssuedApiKey {
  @ApiProperty({ example: 'k7f3a9c2d1' }) keyId!: string;
  @ApiProperty({ description: 'The key itself: shown this once, stored only as a hash' }) token!: string;
}

export class ApiKeyListingDto {
  @ApiProperty() keyId!: string;
  @ApiProperty({ enum: apikey.API_KEY_ROLES }) role!: string;
  @ApiProperty({ type: [String] }) branchIds!: string[];
  @ApiProperty() label!: string;
  @ApiProperty({ example: '2026-01-01' }) issuedOn!: string;
  @ApiPropertyOptional({ example: '2027-12-31' }) expiresOn?: string;
  @ApiProperty({ enum: ['active', 'expired', 'revoked'] }) status!: string;
  @ApiPropertyOptional() revokedOn?: string;
  @ApiPropertyOptional() revocationReason?: string;
}
