// Loaded first by every e2e page: records page errors, console errors and layout shifts, so the
// test (in the parent frame) can assert the widget never broke the page it lives in.
window.__errors = [];
window.__consoleErrors = [];
window.__cls = 0;
addEventListener('error', (e) => window.__errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
const original = console.error;
console.error = (...args) => {
  window.__consoleErrors.push(args.map(String).join(' '));
  original.apply(console, args);
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
