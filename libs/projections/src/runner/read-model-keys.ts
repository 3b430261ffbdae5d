/**
 * Redis keys of the read models. Every document of a projection lives under its version's
 * prefix, so version N+1 can be built beside N (blue/green) and N dropped after the switch.
 */
export const READ_MODEL_ROOT = 'assocflow:rm';

export const versionPrefix = (name: string, version: number): string => `${READ_MODEL_ROOT}:${name}:v${version}`;
export const documentKey = (name: string, version: number, key: string): string => `${versionPrefix(name, version)}:doc:${key}`;
/** The fold's whole document, for projections that serve less than they keep (Projection.serve). */
export const stateKey = (name: string, version: number, key: string): string => `${versionPrefix(name, version)}:state:${key}`;
/** The rows of a table-shaped document (Projection.rows), as a hash: row id to row JSON. */
export const rowsKey = (name: string, version: number, key: string): string => `${versionPrefix(name, version)}:rows:${key}`;
export const checkpointKey = (name: string, version: number): string => `${versionPrefix(name, version)}:checkpoint`;
/** Which version serves reads; absent until a first build has caught up. */
export const activeVersionKey = (name: string): string => `${READ_MODEL_ROOT}:${name}:active`;
/** The projection's own (code) version that builds or built a stored version: a fold changed in code needs a new build. */
export const builtWithKey = (name: string, version: number): string => `${versionPrefix(name, version)}:built-with`;
