/**
 * The studio's reader (dist/studio-worker.js): the conversions run here, off the page's thread, so
 * that a file of several megabytes never freezes the page. It starts with the page (before the
 * producer brings anything) and makes no request of its own.
 */
import { datasetToCsv } from '../convert/to-csv.js';
import { buildStory } from './build.js';
import type { ConvertRequest, ConvertReply } from './protocol.js';

const scope = self as unknown as { onmessage: (e: MessageEvent<ConvertRequest>) => void; postMessage: (m: ConvertReply) => void };

scope.onmessage = ({ data }) => {
  const result = buildStory(data.inputs, data.story, data.lang, data.unknown);
  const valid = result.dataset && !result.problems.some((p) => p.severity === 'error');
  scope.postMessage({ id: data.id, result, ...(valid ? { tabs: datasetToCsv(result.dataset!) } : {}) });
};
scope.postMessage({ id: 0, ready: true });
