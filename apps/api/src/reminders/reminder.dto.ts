import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDate, IsText } from '../commands/dto/common.dto';

export class AcknowledgeReminderDto {
  @ApiProperty({ example: '王秘书长', description: 'Who took note of the reminder' }) @IsText(50) by!: string;
  @ApiProperty({ example: '2028-03-05', description: 'On or after the day it was sent' }) @IsIsoDate() acknowledgedOn!: string;
}
