/**
 * The shape of every aggregate: three plain functions. No framework, no I/O, no clock:
 * whatever the rules need to know about time comes in with the command.
 */
export interface DomainEvent<Type extends string = string, Data extends { occurredOn: string } = { occurredOn: string }> {
  type: Type;
  /** Every event says when it happened in the association's year (an ISO date). */
  data: Data;
}

export interface DomainCommand<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

export interface Decider<Command extends DomainCommand, Event extends DomainEvent, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Folds a stream's events into the aggregate's current state. */
export function foldEvents<Event extends DomainEvent, State>(
  decider: Pick<Decider<DomainCommand, Event, State>, 'evolve' | 'initialState'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** For exhaustive switches: a new union member that is not handled fails to compile. */
export function unreachable(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
