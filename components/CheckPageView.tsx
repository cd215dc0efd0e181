import { useState } from 'preact/hooks';
import type { PopupStrings } from '../lib/popup/strings';

/**
 * Nothing on record for this tab. On a shop Copycat Guard does not read by itself, offer to read this one page
 * once (activeTab + scripting: access to this tab only, only because the user clicked).
 */
export function CheckPageView(props: { t: PopupStrings; supported: boolean; onCheck?: () => Promise<boolean> }) {
  const { t } = props;
  const [status, setStatus] = useState<'idle' | 'checking' | 'nothing'>('idle');
  if (props.supported) return <p class="muted" data-testid="nothing-here">{t.nothingHere}</p>;
  return (
    <section>
      <p>{t.unsupported}</p>
      {props.onCheck && (
        <button
          type="button"
          class="primary"
          data-testid="check-page"
          disabled={status === 'checking'}
          onClick={async () => {
            setStatus('checking');
            const found = await props.onCheck!();
            setStatus(found ? 'idle' : 'nothing');
          }}
        >
          {status === 'checking' ? t.checking : t.checkPage}
        </button>
      )}
      {status === 'nothing' && <p class="muted" role="status">{t.nothingFound}</p>}
    </section>
  );
}
