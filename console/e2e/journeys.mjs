// One journey per demo account: log in, walk every page of the menu, do the area's own errand.
import { expect } from './support.mjs';

export const JOURNEYS = [
  {
    name: 'merchant',
    account: 'merchant-m001',
    async run(j) {
      await j.login();
      await j.walkMenu();
      await j.logout();
    },
  },
  {
    name: 'ops',
    account: 'ops',
    async run(j) {
      await j.login();
      await j.walkMenu();
    },
  },
  {
    name: 'cashier',
    account: 'cashier-t001',
    async run(j) {
      await j.login();
      const entries = await j.menuEntries();
      expect(entries.length > 0, 'a cashier has the card desk');
      await j.walkMenu();
    },
  },
  {
    name: 'parking-office',
    account: 'parking-office',
    async run(j) {
      await j.login();
      await j.walkMenu();
    },
  },
];
