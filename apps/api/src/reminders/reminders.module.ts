import { Module } from '@nestjs/common';
import { registerAggregates } from '../commands/command-catalogue';
import { reminderAggregate } from './reminder.aggregate';
import { RemindersController } from './reminders.controller';

@Module({ controllers: [RemindersController], providers: [registerAggregates(reminderAggregate)] })
export class RemindersModule {}
