import { posOfficeMessages } from './office';

export default {
  'zh-CN': { pos: {}, ...posOfficeMessages['zh-CN'] },
  en: { pos: {}, ...posOfficeMessages.en },
};
