import { catalogueEntry } from '@assocflow/commanding';
import { member } from '@assocflow/domain';

export const memberAggregate = catalogueEntry({
  name: 'member',
  commands: { JoinMember: true, PayDues: true, LeaveMember: true },
  toStreamId: member.toMemberStreamId,
  decider: member.memberDecider,
  upcasters: member.memberUpcasters,
});
