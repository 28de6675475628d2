import type { PowerOfficeConfig } from '../../config.js';
import { FileSessionStore } from './file.js';
import { MemorySessionStore } from './memory.js';
import { RedisSessionStore } from './redis.js';
import type { SessionStore } from './store.js';

/** Builds the session store the config names (memory, file or Redis). */
export function createSessionStore(session: PowerOfficeConfig['session']): SessionStore {
  switch (session.store) {
    case 'memory':
      return new MemorySessionStore();
    case 'file':
      return new FileSessionStore(session.filePath);
    case 'redis':
      if (!session.redisUrl) throw new Error('Redis session store needs REDIS_URL');
      return new RedisSessionStore(session.redisUrl);
  }
}
