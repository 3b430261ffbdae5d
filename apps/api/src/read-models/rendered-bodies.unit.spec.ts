import { RenderedBodies } from './rendered-bodies';

describe('RenderedBodies', () => {
  const strip = ({ secret: _secret, ...rest }: { secret?: string; [k: string]: unknown }) => rest;

  it('renders a body equal to { ...render(doc), position }', () => {
    const bodies = new RenderedBodies(strip);
    const { prefix } = bodies.of('a', JSON.stringify({ year: 2023, secret: 'x', figures: { n: 1 } }));
    expect(JSON.parse(RenderedBodies.withPosition(prefix, 42n))).toEqual({ year: 2023, figures: { n: 1 }, position: '42' });
  });

  it('handles a document that renders to nothing', () => {
    const { prefix } = new RenderedBodies(strip).of('a', JSON.stringify({ secret: 'x' }));
    expect(JSON.parse(RenderedBodies.withPosition(prefix, 1n))).toEqual({ position: '1' });
  });

  it('parses and renders once per stored text, again when the text changes', () => {
    const render = jest.fn(strip);
    const bodies = new RenderedBodies(render);
    const first = bodies.of('a', '{"n":1}');
    expect(bodies.of('a', '{"n":1}')).toBe(first);
    expect(render).toHaveBeenCalledTimes(1);
    expect(bodies.of('a', '{"n":2}').doc).toEqual({ n: 2 });
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('keeps at most maxEntries documents', () => {
    const render = jest.fn(strip);
    const bodies = new RenderedBodies(render, 2);
    bodies.of('a', '{}');
    bodies.of('b', '{}');
    bodies.of('c', '{}');
    bodies.of('a', '{}');
    expect(render).toHaveBeenCalledTimes(4);
  });
});
