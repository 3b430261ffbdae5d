import { Injectable, type Provider } from '@nestjs/common';
import { catalogueOf, type AnyCatalogueEntry, type Catalogue } from '@assocflow/commanding';

/** The aggregates the feature modules registered: what the one command handler dispatches to. */
@Injectable()
export class CommandCatalogue {
  private entries: Catalogue = {};

  register(entries: readonly AnyCatalogueEntry[]): void {
    this.entries = catalogueOf(...Object.values(this.entries), ...entries);
  }

  get catalogue(): Catalogue {
    return this.entries;
  }
}

/** A feature module's provider that puts its aggregates in the catalogue when the app starts. */
export const registerAggregates = (...entries: AnyCatalogueEntry[]): Provider => ({
  provide: `aggregates:${entries.map((e) => e.name).join(',')}`,
  useFactory: (catalogue: CommandCatalogue) => catalogue.register(entries),
  inject: [CommandCatalogue],
});
