import type { Area } from '../area';
import messages from './messages';

/** 停车管理 (PARK): the parking office of seed 001. */
export const parkingArea: Area = {
  key: 'parking',
  messages,
  groups: [],
};
