/**
 * End-to-end pages (test/e2e/pages/, the built one-script bundle in plain HTML), each opened in an
 * iframe of its own: its own URL, history and custom-element registry, removed after each test.
 */
export type PageWindow = Window & typeof globalThis & { __errors: string[] };

export async function openPage<W extends Window = PageWindow>(path: string, width = 1000, height = 800): Promise<W> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path.startsWith('/') ? path : `/test/e2e/pages/${path}`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as W;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
