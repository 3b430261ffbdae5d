import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { BranchCommandHandler } from '../branches/branch-command.handler';
import { BranchesController } from '../branches/branches.controller';
import { ProblemFilter } from '../problem/problem.filter';
import { createValidationPipe } from '../problem/validation-errors';

export const COMMAND_HANDLERS = [BranchCommandHandler];
export const COMMAND_CONTROLLERS = [BranchesController];

/** The write side: one controller and one @CommandHandler per aggregate, errors as problem details. */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: COMMAND_CONTROLLERS,
  providers: [
    ...COMMAND_HANDLERS,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class CommandsModule {}
