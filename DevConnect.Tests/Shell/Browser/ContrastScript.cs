namespace DevConnect.Tests.Shell.Browser;

/// <summary>
/// WCAG contrast measured in the page from computed colours. A gradient has no single background colour, so each
/// text on it is measured against every colour stop and the worst one counts.
/// </summary>
internal static class ContrastScript
{
    public const string OnGradients = """
        () => {
          const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); return m ? m[1].split(',').map(Number) : null; };
          const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const findings = [];
          for (const block of document.querySelectorAll('body *')) {
            const image = getComputedStyle(block).backgroundImage;
            if (!image.includes('gradient')) continue;
            const stops = (image.match(/rgba?\([^)]+\)/g) || []).map(parse);
            for (const el of block.querySelectorAll('*')) {
              const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ').trim();
              if (!text) continue;
              // Only text painted straight on the gradient: nothing in between has a background of its own.
              let own = false;
              for (let p = el; p !== block; p = p.parentElement) {
                const s = getComputedStyle(p);
                if (s.backgroundImage !== 'none' || (parse(s.backgroundColor) || [0, 0, 0, 0])[3] !== 0 && s.backgroundColor !== 'rgba(0, 0, 0, 0)') { own = true; break; }
              }
              if (own) continue;
              const color = parse(getComputedStyle(el).color);
              findings.push({ text: text.slice(0, 40), ratio: Math.min(...stops.map(s => ratio(color, s))) });
            }
          }
          return findings;
        }
        """;
}
