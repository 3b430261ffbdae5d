import {
  activity,
  alliance,
  branch,
  grant,
  honor,
  indicator,
  meeting,
  member,
  membership,
  organization,
  report,
  workplan,
  DomainError,
  type Decider,
  type DomainCommand,
  type DomainEvent,
} from '@assocflow/domain';
import type { ProjectedEvent } from '../projection';

/**
 * For the tests: runs commands through the real deciders, one state per stream, and keeps the
 * events they decide as the projection receives them (positions in order, occurredAt = the
 * business date). Events are what the domain would record, event-carried state included.
 */
export class EventRecorder {
  readonly events: ProjectedEvent[] = [];
  private readonly states = new Map<string, unknown>();

  constructor(readonly tenant = 'schxa') {}

  run<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C): E[] {
    const state = this.states.has(streamId) ? (this.states.get(streamId) as S) : decider.initialState();
    const decided = decider.decide(command, state);
    let next = state;
    for (const event of decided) {
      next = decider.evolve(next, event);
      this.append(event.type, event.data, streamId);
    }
    this.states.set(streamId, next);
    return decided;
  }

  /** Like `run`, but a command the domain refuses decides nothing. */
  attempt<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C): E[] {
    try {
      return this.run(decider, streamId, command);
    } catch (error) {
      if (error instanceof DomainError) return [];
      throw error;
    }
  }

  /** An event as stored, bypassing the deciders (e.g. one recorded under an older schema). */
  append(type: string, data: { occurredOn: string }, streamId: string): ProjectedEvent {
    const event: ProjectedEvent = {
      type,
      data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
      streamId,
      position: String(this.events.length + 1),
      metadata: { tenant: this.tenant, occurredAt: data.occurredOn, recordedAt: '2024-02-01T08:00:00.000Z' },
    };
    this.events.push(event);
    return event;
  }

  state<S>(streamId: string): S | undefined {
    return this.states.get(streamId) as S | undefined;
  }

  streamIds(): string[] {
    return [...this.states.keys()];
  }

  activity(c: activity.ActivityCommand, tolerant = false) {
    const stream = activity.toActivityStreamId(this.tenant, c.data.activityId);
    return tolerant ? this.attempt(activity.activityDecider, stream, c) : this.run(activity.activityDecider, stream, c);
  }

  grant(c: grant.GrantCommand, tolerant = false) {
    const stream = grant.toGrantStreamId(this.tenant, c.data.grantId);
    return tolerant ? this.attempt(grant.grantDecider, stream, c) : this.run(grant.grantDecider, stream, c);
  }

  report(c: report.ReportCommand, tolerant = false) {
    const stream = report.toReportStreamId(this.tenant, c.data.reportId);
    return tolerant ? this.attempt(report.reportDecider, stream, c) : this.run(report.reportDecider, stream, c);
  }

  alliance(c: alliance.AllianceCommand, tolerant = false) {
    const stream = alliance.toAllianceStreamId(this.tenant, c.data.allianceId);
    return tolerant ? this.attempt(alliance.allianceDecider, stream, c) : this.run(alliance.allianceDecider, stream, c);
  }

  honor(c: honor.HonorCommand, tolerant = false) {
    const stream = honor.toHonorStreamId(this.tenant, c.data.honorId);
    return tolerant ? this.attempt(honor.honorDecider, stream, c) : this.run(honor.honorDecider, stream, c);
  }

  branch(c: branch.BranchCommand, tolerant = false) {
    const stream = branch.toBranchStreamId(this.tenant, c.data.branchId);
    return tolerant ? this.attempt(branch.branchDecider, stream, c) : this.run(branch.branchDecider, stream, c);
  }

  member(c: member.MemberCommand, tolerant = false) {
    const stream = member.toMemberStreamId(this.tenant, c.data.memberId);
    return tolerant ? this.attempt(member.memberDecider, stream, c) : this.run(member.memberDecider, stream, c);
  }

  membership(c: membership.MembershipCommand, tolerant = false) {
    const stream = membership.toMembershipStreamId(this.tenant, c.data.year);
    return tolerant ? this.attempt(membership.membershipDecider, stream, c) : this.run(membership.membershipDecider, stream, c);
  }

  organization(c: organization.OrganizationCommand, tolerant = false) {
    const stream = organization.toOrganizationStreamId(this.tenant);
    return tolerant ? this.attempt(organization.organizationDecider, stream, c) : this.run(organization.organizationDecider, stream, c);
  }

  /** Meetings of one body in one term: `seriesId` as `meeting.meetingSeriesId(body, term)`. */
  meeting(seriesId: string, c: meeting.MeetingCommand, tolerant = false) {
    const stream = meeting.toMeetingSeriesStreamId(this.tenant, seriesId);
    return tolerant ? this.attempt(meeting.meetingDecider, stream, c) : this.run(meeting.meetingDecider, stream, c);
  }

  indicator(c: indicator.IndicatorCommand, tolerant = false) {
    const stream = indicator.toIndicatorStreamId(this.tenant, indicator.toIndicatorId(c.data.key, c.data.year));
    return tolerant ? this.attempt(indicator.indicatorDecider, stream, c) : this.run(indicator.indicatorDecider, stream, c);
  }

  workPlan(c: workplan.WorkPlanCommand, tolerant = false) {
    const stream = workplan.toWorkPlanStreamId(this.tenant, c.data.year);
    return tolerant ? this.attempt(workplan.workPlanDecider, stream, c) : this.run(workplan.workPlanDecider, stream, c);
  }
}
