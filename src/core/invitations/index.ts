// The invitation list: pure logic shared by the worker, the popup, the options page and the tests.
export * from './entry';
export * from './list';
export * from './stored';
export * from './reminders';
export * from './csv';
export * from './export';
