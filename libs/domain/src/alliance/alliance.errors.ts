import { DomainError } from '../shared/domain-error';

export class AllianceAlreadyFounded extends DomainError {
  readonly rule = 'alliance-founded-once';
  constructor(allianceId: string) {
    super(`alliance ${allianceId} is already founded`);
  }
}

export class AllianceMembersInvalid extends DomainError {
  readonly rule = 'alliance-members-counted';
  constructor(members: unknown) {
    super(`an alliance states its member institutions as a count of at least one: got ${JSON.stringify(members)}`);
  }
}
