import { Global, Module } from '@nestjs/common';
import { AggregateCommandHandler } from './aggregate-command.handler';
import { CommandCatalogue } from './command-catalogue';

/** The catalogue and its one handler, for every feature module to register its aggregates in. */
@Global()
@Module({ providers: [CommandCatalogue, AggregateCommandHandler], exports: [CommandCatalogue] })
export class CommandCatalogueModule {}
