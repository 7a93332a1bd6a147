import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as electron from 'electron';
import { bootstrap } from './app';

const here = path.dirname(fileURLToPath(import.meta.url));

bootstrap(electron, {
  preloadDir: path.join(here, '../preload'),
  rendererDir: path.join(here, '../renderer'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});
