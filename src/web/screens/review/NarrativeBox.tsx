/** The generated Vietnamese narrative, ready to copy into the report. */
import { useState } from 'react';
import { useT } from '../../lib/i18n';

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // fall through to the selection copy (insecure origin or denied permission)
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

export function NarrativeBox({ paragraphs }: { paragraphs: string[] }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const text = paragraphs.join('\n\n');
  return (
    <section className="panel" aria-labelledby="narrative-title">
      <div className="panel-head">
        <h2 id="narrative-title">{t('narrative')}</h2>
        <button
          type="button"
          onClick={() => void copyText(text).then(() => setCopied(true))}
          disabled={!text}
        >
          {t('copy')}
        </button>
      </div>
      {copied && (
        <p className="text-ok" role="status">
          {t('copied')}
        </p>
      )}
      <div className="narrative" data-testid="narrative">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}
