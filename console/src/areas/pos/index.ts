import type { Area } from '../area';
import messages from './messages';
import { posOfficeGroup } from './office';

/** 门店收银 (POS): the card desk of seed 002, scoped to the token's tenant and shop. */
export const posArea: Area = {
  key: 'pos',
  messages,
  groups: [posOfficeGroup],
};
