export default {
  'zh-CN': { pos: {} },
  en: { pos: {} },
};
