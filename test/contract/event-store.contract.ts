import type { EventStore } from '@assocflow/eventstore';

export interface ContractSubject {
  store: EventStore;
  teardown(): Promise<void>;
}

/** Every adapter passes this one suite. Filled in below; adapters call it from their spec. */
export function describeEventStoreContract(name: string, makeSubject: () => Promise<ContractSubject>): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: ContractSubject;
    beforeEach(async () => {
      subject = await makeSubject();
    });
    afterEach(async () => {
      await subject.teardown();
    });
    it('starts empty', async () => {
      expect(await subject.store.readAll({ maxCount: 1 })).toEqual([]);
    });
  });
}
