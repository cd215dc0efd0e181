import { registerMessageHandlers } from '../lib/background/router';
import { registerReportBackground } from '../lib/background/report-handlers';

export default defineBackground(() => {
  registerMessageHandlers();
  void registerReportBackground();
});
