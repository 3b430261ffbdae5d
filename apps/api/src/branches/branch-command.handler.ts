import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { branch, foldEvents, organization, type DomainEvent } from '@assocflow/domain';
import { handleCommand, toDomainEvent, type CommandResult } from '@assocflow/commanding';
import type { EventStore } from '@assocflow/eventstore';
import { EVENT_STORE } from '@assocflow/platform';
import { AggregateCommand } from '../commands/aggregate-command';

export class BranchCommandMessage extends AggregateCommand<branch.BranchCommand> {}

/** The branch decider under the tenant's bylaws as its organization stream states them now. */
export async function branchDeciderOf(store: EventStore, tenant: string): Promise<ReturnType<typeof branch.branchDeciderFor>> {
  const profile = await store.readStream(organization.toOrganizationStreamId(tenant));
  const state = foldEvents(
    organization.organizationDecider,
    profile.map((e) => toDomainEvent<organization.OrganizationEvent & DomainEvent>(organization.organizationUpcasters, e)),
  );
  return branch.branchDeciderFor(organization.effectiveBylaws(state));
}

/** Branch rules depend on the tenant's bylaws (term length, postponement), read from its profile. */
@CommandHandler(BranchCommandMessage)
export class BranchCommandHandler implements ICommandHandler<BranchCommandMessage, CommandResult> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(message: BranchCommandMessage): Promise<CommandResult> {
    const decider = await branchDeciderOf(this.store, message.context.tenant);
    return handleCommand(this.store, { decider, upcasters: branch.branchUpcasters }, message.streamId, message.command, message.context, {
      expectedRevision: message.expectedRevision,
    });
  }
}
