import axe from 'axe-core';

/**
 * The WCAG 2.1 A and AA violations on the rendered page, one line each. jsdom cannot compute colours: contrast is
 * checked by the Playwright flows in a real browser.
 */
export async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`);
}
