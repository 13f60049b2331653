/** Choosing a list as a file (.txt, or a .docx read in the browser): the set-up screen's text
 * panels for targets and for plans hand its text to their recogniser, or say why it cannot be read. */
import { useT } from '../../lib/i18n';
import { docxParagraphs } from './docx-text';

export function ListFileInput({
  onText,
  onProblem,
}: {
  onText: (text: string) => void;
  onProblem: (message: string) => void;
}) {
  const t = useT();

  async function read(file: File) {
    if (/\.txt$/i.test(file.name)) {
      onText(await file.text());
      return;
    }
    const result = await docxParagraphs(file);
    if (result.ok) onText(result.paragraphs.join('\n'));
    else onProblem(result.reason === 'too-large' ? t('docxTooLarge') : t('docxUnreadable'));
  }

  return (
    <label className="grow">
      {t('chooseDocx')}
      <input
        type="file"
        accept=".docx,.txt"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void read(file);
        }}
      />
    </label>
  );
}
