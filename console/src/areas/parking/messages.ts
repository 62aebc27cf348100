export default {
  'zh-CN': { parking: {} },
  en: { parking: {} },
};
