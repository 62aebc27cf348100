import type { Area } from './area';
import { merchantArea } from './merchant';
import { opsArea } from './ops';
import { posArea } from './pos';
import { parkingArea } from './parking';

/** The console's back offices in menu order. */
export const AREAS: readonly Area[] = [merchantArea, opsArea, posArea, parkingArea];
