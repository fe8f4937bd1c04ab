import { expect, fixture, html } from '@open-wc/testing';
import '../../src/matrix/define.js';
import { HOOKS, PALETTE } from '../../src/shared/palette.js';

/** A colour as the browser resolves it, to compare hex with the computed rgb(). */
function resolved(colour: string): string {
  const probe = document.createElement('i');
  probe.style.color = colour;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

describe('palette: one set of default colours for the elements, the README and the studio', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: the elements' tokens are the palette's, each behind its --pe-* hook`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><stance-matrix theme=${theme}></stance-matrix></div>`);
      const el = wrapper.querySelector('stance-matrix')!;
      await el.updateComplete;
      const token = (name: string) => resolved(getComputedStyle(el).getPropertyValue(`--_${name}`).trim());
      const expected: Array<[token: string, hook: string, value: string]> = [
        ...Object.entries(HOOKS).map(
          ([key, [t, hook]]) => [t, hook, PALETTE[theme][key as keyof typeof HOOKS]] as [string, string, string],
        ),
        ...(['support', 'oppose', 'mixed', 'unknown'] as const).flatMap((p): Array<[string, string, string]> => [
          [p, p, PALETTE[theme][p][0]],
          [`${p}-bg`, `${p}-bg`, PALETTE[theme][p][1]],
        ]),
      ];
      for (const [t, , value] of expected) expect(token(t), `--_${t}`).to.equal(resolved(value));
      expect(getComputedStyle(el).backgroundColor).to.equal(resolved(PALETTE[theme].bg));
      for (const [, hook] of expected) wrapper.style.setProperty(`--pe-${hook}`, 'rgb(1, 2, 3)');
      for (const [t] of expected) expect(token(t), `--_${t} under its hook`).to.equal('rgb(1, 2, 3)');
    });
  }

  it('the README states every default as the palette has it', async () => {
    const readme = await (await fetch('/README.md')).text();
    const row = (hook: string) => readme.split('\n').find((l) => l.startsWith(`| \`--pe-${hook}\``));
    for (const [key, [, hook]] of Object.entries(HOOKS)) {
      const k = key as keyof typeof HOOKS;
      expect(row(hook), hook).to.include(`\`${PALETTE.light[k]}\` / \`${PALETTE.dark[k]}\``);
    }
    for (const position of ['support', 'oppose', 'mixed', 'unknown'] as const) {
      const line = row(position)!;
      for (const theme of ['light', 'dark'] as const) {
        const [ink, background] = PALETTE[theme][position];
        expect(line, `${position} ${theme}`).to.include(`\`${ink}\` / \`${background}\``);
      }
    }
  });
});
