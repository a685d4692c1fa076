import '@mantine/tiptap/styles.css';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { value: string; onChange: (html: string) => void; readOnly: boolean; labelId: string; describedBy: string; invalid: boolean };

/**
 * Loaded lazily by DesignField. Only paragraphs, bold, italic and lists: the server keeps a
 * restricted HTML, so offering more would only lose formatting on save.
 */
export default function DesignEditor({ value, onChange, readOnly, labelId, describedBy, invalid }: Props) {
  const { t } = useTranslation();
  // The HTML the editor last produced or was given: a value equal to it needs no reload (which would move the cursor).
  const last = useRef(value);
  const report = useRef(onChange);
  report.current = onChange;

  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: false, code: false, codeBlock: false, blockquote: false, horizontalRule: false, strike: false, link: false, underline: false }),
    ],
    content: value,
    editable: !readOnly,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': describedBy,
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML();
      last.current = html;
      report.current(html);
    },
  });

  useEffect(() => {
    if (!editor || value === last.current) return;
    last.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  return (
    <RichTextEditor
      editor={editor}
      labels={{
        boldControlLabel: t('ui.innovations.editor.bold'),
        italicControlLabel: t('ui.innovations.editor.italic'),
        bulletListControlLabel: t('ui.innovations.editor.bulletList'),
        orderedListControlLabel: t('ui.innovations.editor.orderedList'),
        undoControlLabel: t('ui.innovations.editor.undo'),
        redoControlLabel: t('ui.innovations.editor.redo'),
      }}
    >
      {!readOnly && (
        <RichTextEditor.Toolbar role="toolbar" aria-label={t('ui.innovations.editor.toolbar')}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
      )}
      <RichTextEditor.Content mih={220} />
    </RichTextEditor>
  );
}
