// The memory driver against the Store contract.
import { createMemoryStore } from '../../src/storage/memory/index.js';
import { storeContract } from './store.contract.js';

storeContract({ driver: 'memory', open: (now) => Promise.resolve({ store: createMemoryStore({ now }) }) });
