import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength } from 'class-validator';
import { IsIsoDate } from '../commands/dto/common.dto';

export class ConfigureWebhookDto {
  @ApiProperty({ example: 'https://oa.example.org/hooks/assocflow', description: 'Reminders are POSTed here as JSON' })
  @IsString()
  @MaxLength(2000)
  @Matches(/^https?:\/\//, { message: 'url must start with http:// or https://' })
  url!: string;
  @ApiProperty({
    example: 'change-me-to-32-or-more-random-characters',
    writeOnly: true,
    description:
      'Signs each request (HMAC-SHA256 over "<timestamp>.<body>", header X-Assocflow-Signature: sha256=<hex>). Never shown again.',
  })
  @IsString()
  @Matches(/^[\x21-\x7e]{32,256}$/, { message: 'secret must be 32 to 256 visible ASCII characters' })
  secret!: string;
  @ApiProperty({ example: '2026-03-01' }) @IsIsoDate() configuredOn!: string;
}

export class RemoveWebhookDto {
  @ApiProperty({ example: '2026-04-01' }) @IsIsoDate() removedOn!: string;
}

export class SetEmailRecipientsDto {
  @ApiProperty({ example: ['mishuchu@example.org'], description: "The secretariat's addresses, at most 20; an empty list stops e-mail" })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(254, { each: true })
  recipients!: string[];
  @ApiProperty({ example: '2026-03-01' }) @IsIsoDate() setOn!: string;
}

class WebhookView {
  @ApiProperty({ example: 'https://oa.example.org/hooks/assocflow' }) url!: string;
  @ApiProperty({ example: '2026-03-01' }) configuredOn!: string;
  @ApiProperty({ example: true, description: 'A signing secret is set; it is never returned' }) secretSet!: boolean;
}

export class ChannelsView {
  @ApiPropertyOptional({ type: WebhookView, nullable: true }) webhook!: WebhookView | null;
  @ApiProperty({ example: ['mishuchu@example.org'] }) emailRecipients!: string[];
  @ApiProperty({ example: '3', nullable: true, type: String, description: 'Revision of the channels stream, also the ETag' }) revision!:
    string | null;
}
