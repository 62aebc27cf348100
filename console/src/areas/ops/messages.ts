export default {
  'zh-CN': {
    ops: {
      menu: { swapOrderManagement: '换电订单管理', swapOrders: '换电订单' },
    },
  },
  en: {
    ops: {
      menu: { swapOrderManagement: 'Swap orders', swapOrders: 'Swap orders' },
    },
  },
};
