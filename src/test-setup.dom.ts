// The dom project's environment: an IndexedDB in memory (happy-dom has none), fresh for every spec file.
import 'fake-indexeddb/auto';
