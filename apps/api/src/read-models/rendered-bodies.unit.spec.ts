import { RenderedBodies } from './rendered-bodies';

const stored = (doc: unknown) => Buffer.from(JSON.stringify(doc));

describe('RenderedBodies', () => {
  const strip = ({ secret: _secret, ...rest }: { secret?: string; [k: string]: unknown }) => rest;

  it('renders a body equal to { ...render(doc), position }', () => {
    const body = new RenderedBodies(strip).of('a', stored({ year: 2023, secret: 'x', figures: { n: 1 }, name: '四川省医院协会' }));
    expect(JSON.parse(body.withPosition(42n).toString('utf8'))).toEqual({
      year: 2023,
      figures: { n: 1 },
      name: '四川省医院协会',
      position: '42',
    });
  });

  it('handles a document that renders to nothing', () => {
    const body = new RenderedBodies(strip).of('a', stored({ secret: 'x' }));
    expect(JSON.parse(body.withPosition(1n).toString('utf8'))).toEqual({ position: '1' });
  });

  it('parses and renders once per stored state, again when the stored bytes change', () => {
    const render = jest.fn(strip);
    const bodies = new RenderedBodies(render);
    const first = bodies.of('a', Buffer.from('{"n":1}'));
    expect(bodies.of('a', Buffer.from('{"n":1}'))).toBe(first);
    expect(render).toHaveBeenCalledTimes(1);
    expect(bodies.of('a', Buffer.from('{"n":2}')).doc).toEqual({ n: 2 });
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('keeps its own copy of the stored bytes, not a view into a buffer that may be reused', () => {
    const render = jest.fn(strip);
    const bodies = new RenderedBodies(render);
    const socketChunk = Buffer.from('xx{"n":1}yy');
    bodies.of('a', socketChunk.subarray(2, 9));
    socketChunk.write('{"n":7}', 2);
    expect(bodies.of('a', Buffer.from('{"n":1}')).doc).toEqual({ n: 1 });
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('answers the same body for the same position, a new one when the position moves', () => {
    const body = new RenderedBodies(strip).of('a', stored({ n: 1 }));
    expect(body.withPosition(5n)).toBe(body.withPosition(5n));
    expect(body.withPosition(6n).toString('utf8')).toBe('{"n":1,"position":"6"}');
    expect(body.withPosition(5n).toString('utf8')).toBe('{"n":1,"position":"5"}');
  });

  it('keeps at most maxEntries documents', () => {
    const render = jest.fn(strip);
    const bodies = new RenderedBodies(render, 2);
    bodies.of('a', stored({}));
    bodies.of('b', stored({}));
    bodies.of('c', stored({}));
    bodies.of('a', stored({}));
    expect(render).toHaveBeenCalledTimes(4);
  });
});
