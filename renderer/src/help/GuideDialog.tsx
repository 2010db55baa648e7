// The first-run explanation: what the queue shows and what is the reviewer's to decide.
// Shown once per machine, reopened from the menu ("How Corroborate works").
import { useEffect } from 'react';
import { Modal } from '../components/Modal';
import { VerdictBadge } from '../components/VerdictBadge';
import { useUi } from '../stores/ui';
import { markGuideSeen } from './firstRun';
import { GLOSSARY } from './glossary';

export function GuideDialog() {
  // closing in any way (button, Escape, backdrop) counts as seen
  useEffect(() => markGuideSeen(), []);
  const close = () => useUi.getState().openDialog(null);
  return (
    <Modal title="How Corroborate works" wide>
      <div className="guide">
        <p className="guide-lead">
          Corroborate reads the articles of one story, finds the checkable claims in each, and lines up the same claim across
          articles, so you can see who reports it and whether they agree.
        </p>
        <dl className="guide-terms">
          <div>
            <dt>{GLOSSARY.cluster.term}</dt>
            <dd>{GLOSSARY.cluster.text}</dd>
          </div>
          <div>
            <dt>{GLOSSARY['source-group'].term}</dt>
            <dd>{GLOSSARY['source-group'].text}</dd>
          </div>
          <div>
            <dt>{GLOSSARY.independent.term}</dt>
            <dd>{GLOSSARY.independent.text}</dd>
          </div>
          <div>
            <dt>{GLOSSARY.reviewer.term}</dt>
            <dd>
              Yours to give, with <kbd>c</kbd> <kbd>x</kbd> <kbd>s</kbd>. Saved the moment you make it, with who and when; the report
              states your verdict and lists what you have not decided as not reviewed.
            </dd>
          </div>
          <div className="wide">
            <dt>{GLOSSARY.suggested.term}</dt>
            <dd>
              {GLOSSARY.suggested.text}
              <ul className="guide-verdicts">
                <li>
                  <VerdictBadge verdict="corroborated" /> {GLOSSARY.corroborated.text}
                </li>
                <li>
                  <VerdictBadge verdict="contradicted" /> {GLOSSARY.contradicted.text}
                </li>
                <li>
                  <VerdictBadge verdict="single-sourced" /> {GLOSSARY['single-sourced'].text}
                </li>
              </ul>
            </dd>
          </div>
        </dl>
        <p className="guide-keys">
          <kbd>j</kbd> <kbd>k</kbd> move through the queue, <kbd>c</kbd> <kbd>x</kbd> <kbd>s</kbd> record your verdict,{' '}
          <kbd>u</kbd> undoes it, <kbd>?</kbd> shows every shortcut. A word with a dotted underline explains itself when you point at
          it. This guide is in the menu under “How Corroborate works”.
        </p>
      </div>
      <div className="row end">
        <button type="button" className="btn ghost" onClick={() => useUi.getState().openDialog('shortcuts')}>
          Keyboard shortcuts
        </button>
        <button type="button" className="btn primary" onClick={close} data-autofocus>
          Start reviewing
        </button>
      </div>
    </Modal>
  );
}
