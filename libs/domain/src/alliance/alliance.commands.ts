import type { DomainCommand } from '../shared/decider';
import type { Count, IsoDate } from '../shared/values';
import type { AllianceLead } from './alliance.events';

export type FoundAlliance = DomainCommand<
  'FoundAlliance',
  { allianceId: string; name: string; lead: AllianceLead; members: Count; foundedOn: IsoDate }
>;

export type AllianceCommand = FoundAlliance;
