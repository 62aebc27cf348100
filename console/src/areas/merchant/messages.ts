export default {
  'zh-CN': {
    merchant: {
      menu: { operations: '商户运营', memberSwapOrders: '会员换电订单' },
    },
  },
  en: {
    merchant: {
      menu: { operations: 'Merchant operations', memberSwapOrders: 'Member swap orders' },
    },
  },
};
