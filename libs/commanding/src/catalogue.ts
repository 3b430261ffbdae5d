import type { BranchReference, Decider, DomainCommand, DomainEvent, UpcasterTable } from '@assocflow/domain';
import type { EventStore } from '@assocflow/eventstore';
import type { CommandContext } from './command-context';
import { handleCommand, type Aggregate, type CommandResult, type HandleOptions } from './handle-command';

/** Rules that depend on the tenant (a branch's term under its bylaws): read before each command. */
export type DeciderFactory<C extends DomainCommand, E extends DomainEvent, S> = (
  store: EventStore,
  context: CommandContext,
) => Promise<Decider<C, E, S>>;

/** One aggregate as the write side knows it: its name, its commands, where its streams are and how it decides. */
export interface CatalogueEntry<N extends string, C extends DomainCommand, E extends DomainEvent, S, Id> {
  name: N;
  /** Every command type of the aggregate, once: a type missing here fails to compile. */
  commands: { readonly [T in C['type']]: true };
  toStreamId(tenant: string, id: Id): string;
  decider: Decider<C, E, S> | DeciderFactory<C, E, S>;
  upcasters: UpcasterTable;
  /** The branches a command names as a party: each must exist before it is decided. */
  references?: (command: C) => BranchReference[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the widest entry, for a catalogue of any aggregates
export type AnyCatalogueEntry = CatalogueEntry<string, any, any, any, any>;
export type Catalogue = Readonly<Record<string, AnyCatalogueEntry>>;
export type CommandOf<Entry> = Entry extends CatalogueEntry<string, infer C, infer _E, infer _S, infer _Id> ? C : never;
export type IdOf<Entry> = Entry extends CatalogueEntry<string, infer _C, infer _E, infer _S, infer Id> ? Id : never;

/** An entry, its types inferred from its decider (so that `commands` is checked against them). */
export const catalogueEntry = <N extends string, C extends DomainCommand, E extends DomainEvent, S, Id = string>(
  entry: CatalogueEntry<N, C, E, S, Id>,
): CatalogueEntry<N, C, E, S, Id> => entry;

/** The entries by name; a name given twice is a mistake made at start-up. */
export function catalogueOf<const Entries extends readonly AnyCatalogueEntry[]>(
  ...entries: Entries
): { readonly [K in Entries[number] as K['name']]: K } {
  const byName: Record<string, AnyCatalogueEntry> = {};
  for (const entry of entries) {
    if (byName[entry.name]) throw new Error(`aggregate ${entry.name} is in the catalogue twice`);
    byName[entry.name] = entry;
  }
  return byName as { readonly [K in Entries[number] as K['name']]: K };
}

/** A command sent to an aggregate that does not have it: a programming error, not a client's. */
export class CommandNotInCatalogue extends Error {
  override readonly name = 'CommandNotInCatalogue';
  constructor(aggregate: string, commandType: string) {
    super(`${commandType} is not a command of the ${aggregate} aggregate in the catalogue`);
  }
}

/** Where a command goes: the aggregate by name, and the id its stream is named for. */
export interface CommandTarget<Cat extends Catalogue, K extends keyof Cat & string> {
  aggregate: K;
  id: IdOf<Cat[K]>;
}

/** Finds the aggregate's entry, names its stream and hands the command to handleCommand. */
export async function dispatch<Cat extends Catalogue, K extends keyof Cat & string>(
  store: EventStore,
  catalogue: Cat,
  target: CommandTarget<Cat, K>,
  command: CommandOf<Cat[K]>,
  context: CommandContext,
  options: HandleOptions = {},
): Promise<CommandResult> {
  const entry: AnyCatalogueEntry | undefined = Object.hasOwn(catalogue, target.aggregate) ? catalogue[target.aggregate] : undefined;
  if (!entry || !Object.hasOwn(entry.commands, command.type)) throw new CommandNotInCatalogue(target.aggregate, command.type);
  const aggregate: Aggregate<DomainCommand, DomainEvent, unknown> = {
    decider: typeof entry.decider === 'function' ? await entry.decider(store, context) : entry.decider,
    upcasters: entry.upcasters,
    references: entry.references,
  };
  return handleCommand(store, aggregate, entry.toStreamId(context.tenant, target.id), command, context, options);
}
