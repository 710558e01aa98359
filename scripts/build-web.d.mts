import type { Plugin } from 'esbuild';

export const noNodeBuiltIns: Plugin;
export const testAssertForBrowser: Plugin;
