import { foldEvents, type Decider, type DomainCommand, type DomainEvent } from './decider';

/** given(events).when(command).then(events) / .thenThrows(ErrorClass), on the decider alone. */
export function deciderSpec<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return (given: E[]) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, foldEvents(decider, given));
      return {
        then: (expected: E[]) => expect(run()).toEqual(expected),
        thenThrows: (error: new (...args: never[]) => Error, message?: RegExp) => {
          expect(run).toThrow(error);
          if (message) expect(run).toThrow(message);
        },
      };
    },
  });
}
