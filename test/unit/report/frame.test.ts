// The running header and footer: the municipality, title, date, scenario and page numbers, with
// the plan's texts escaped (a title is the user's text, and the template is HTML).
import { describe, expect, it } from 'vitest';
import { footerTemplate, headerTemplate } from '../../../shared/report/frame';

const frame = { municipality: 'Umeå', title: 'Plan <b>2030</b> & "mer"', scenarioName: 'Alla <script>', date: '2025-05-01' };

describe('page frame', () => {
  it('puts the municipality, the title and the date in the header, escaped', () => {
    const h = headerTemplate(frame);
    expect(h).toContain('Umeå · Plan &lt;b&gt;2030&lt;/b&gt; &amp; &quot;mer&quot;');
    expect(h).toContain('2025-05-01');
    expect(h).not.toContain('<b>');
  });

  it('puts the scenario and "Sida x av y" in the footer, filled in by Chromium', () => {
    const f = footerTemplate(frame);
    expect(f).toContain('Scenario: Alla &lt;script&gt;');
    expect(f).toMatch(/Sida <span class="pageNumber"><\/span> av <span class="totalPages"><\/span>/);
  });

  it('gives the templates a font size of their own (Chromium’s default is unreadably small)', () => {
    expect(headerTemplate(frame)).toMatch(/font-size: 8pt/);
    expect(footerTemplate(frame)).toMatch(/font-size: 8pt/);
  });
});
