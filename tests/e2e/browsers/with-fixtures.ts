import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../tools/server';
import { FIXTURES } from '../artifacts';

export interface FixtureBrowser<S> {
  /** The fixture server (tests/fixtures) on 127.0.0.1, started before the block's tests. */
  readonly server: FixtureServer;
  /** The browser with the built extension, launched after the server. */
  readonly session: S;
}

/**
 * The set-up most e2e files share: the fixture server and one browser for a
 * describe block, started before its tests and closed after them (the browser
 * first). Call it inside `describe`; read `server` and `session` in the tests.
 */
export function withFixtureBrowser<S extends { close: () => Promise<void> }>(
  launch: () => Promise<S>,
): FixtureBrowser<S> {
  let server: FixtureServer | undefined;
  let session: S | undefined;
  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: read it inside a test, not at collection time`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'the fixture server');
    },
    get session() {
      return ready(session, 'the browser');
    },
  };
}
