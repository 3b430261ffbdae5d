import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { branch, foldEvents, organization, type DomainEvent } from '@assocflow/domain';
import { handleCommand, toDomainEvent, type CommandResult } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';

export class BranchCommandMessage extends AggregateCommand<branch.BranchCommand> {}

/** Branch rules depend on the tenant's bylaws (term length, postponement), read from its profile. */
@CommandHandler(BranchCommandMessage)
export class BranchCommandHandler implements ICommandHandler<BranchCommandMessage, CommandResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(message: BranchCommandMessage): Promise<CommandResult> {
    const profile = await this.store.readStream(organization.toOrganizationStreamId(message.context.tenant));
    const state = foldEvents(
      organization.organizationDecider,
      profile.map((e) => toDomainEvent<organization.OrganizationEvent & DomainEvent>(organization.organizationUpcasters, e)),
    );
    const decider = branch.branchDeciderFor(organization.effectiveBylaws(state));
    return handleCommand(this.store, { decider, upcasters: branch.branchUpcasters }, message.streamId, message.command, message.context, {
      expectedRevision: message.expectedRevision,
    });
  }
}
