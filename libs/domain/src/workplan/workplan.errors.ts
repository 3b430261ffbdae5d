import { DomainError } from '../shared/domain-error';

export class WorkPlanAlreadyAdopted extends DomainError {
  readonly rule = 'work-plan-adopted-once';
  constructor(year: number) {
    super(`the work plan of ${year} is already adopted: a year has one work plan, amended as needed`);
  }
}

export class WorkPlanNotFound extends DomainError {
  readonly rule = 'work-plan-must-exist';
  constructor(year: number) {
    super(`no work plan has been adopted for ${year}`);
  }
}

export class DuplicateTargetId extends DomainError {
  readonly rule = 'target-id-unique';
  constructor(targetId: string) {
    super(`target ${targetId} appears twice: target ids are unique within a work plan`);
  }
}

export class TargetNotFound extends DomainError {
  readonly rule = 'target-must-exist';
  constructor(targetId: string, year: number) {
    super(`the work plan of ${year} has no target ${targetId}`);
  }
}

export class UnknownWorkPlanSection extends DomainError {
  readonly rule = 'target-section-known';
  constructor(targetId: string, section: string) {
    super(`target ${targetId} is in section ${JSON.stringify(section)}, which is not a work-plan section`);
  }
}

export class UnknownSummaryIndicator extends DomainError {
  readonly rule = 'target-indicator-known';
  constructor(targetId: string, indicator: string) {
    super(`target ${targetId} is measured by ${JSON.stringify(indicator)}, which is not a summary indicator`);
  }
}

export class TargetValueNeedsIndicator extends DomainError {
  readonly rule = 'target-value-needs-indicator';
  constructor(targetId: string) {
    super(`target ${targetId} has a target value but no indicator to measure it by`);
  }
}

export class InvalidTargetValue extends DomainError {
  readonly rule = 'target-value-non-negative';
  constructor(targetId: string, value: number) {
    super(`the target value of ${targetId} is a number, 0 or more, got ${value}`);
  }
}

export class EmptyAmendment extends DomainError {
  readonly rule = 'amendment-changes-plan';
  constructor(year: number) {
    super(`an amendment of the work plan of ${year} adds or removes at least one target`);
  }
}
