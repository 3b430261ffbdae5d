/**
 * The JSON body of a hot read, rendered once per stored state of its document: as long as the
 * document in Redis holds the same bytes, the parsed document and the body rendered from it are
 * reused, and only the projection's position (which moves with every event anywhere) is added.
 * Saves a JSON.parse and a JSON.stringify of the document per GET, and, as the body stays bytes
 * from Redis to the socket, the decoding and encoding of the document's text too.
 */
export class RenderedBodies<Doc> {
  private readonly entries = new Map<string, RenderedBody<Doc>>();

  constructor(
    private readonly render: (doc: Doc) => object,
    private readonly maxEntries = 1_000,
  ) {}

  /** The body rendered from the document stored as `stored` (its JSON, as bytes) under `key`. */
  of(key: string, stored: Buffer): RenderedBody<Doc> {
    const hit = this.entries.get(key);
    if (hit && hit.stored.equals(stored)) return hit;
    const doc = JSON.parse(stored.toString('utf8')) as Doc;
    const body = JSON.stringify(this.render(doc));
    // A copy: `stored` may be a view into a larger buffer read from the socket.
    const entry = new RenderedBody(Buffer.from(stored), doc, Buffer.from(body === '{}' ? '{' : `${body.slice(0, -1)},`));
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
    return entry;
  }
}

export class RenderedBody<Doc> {
  private last: { position: bigint; body: Buffer } | undefined;

  constructor(
    readonly stored: Buffer,
    readonly doc: Doc,
    /** The rendered body without its closing brace, and with a comma when it has fields. */
    private readonly prefix: Buffer,
  ) {}

  /**
   * The body with the position as its last field, as `{ ...render(doc), position }` would give.
   * The last one is kept: many reads see the same position. Never modify what it returns.
   */
  withPosition(position: bigint): Buffer {
    if (this.last?.position === position) return this.last.body;
    const body = Buffer.concat([this.prefix, Buffer.from(`"position":"${position}"}`)]);
    this.last = { position, body };
    return body;
  }
}
