export interface WizardProgressProps {
  steps: readonly string[];
  current: number;
  /** When given, every other step is a button that goes there. */
  onSelect?: (index: number) => void;
}

/** The numbered list of the wizard's steps, the current one marked for assistive technologies. */
export function WizardProgress({ steps, current, onSelect }: WizardProgressProps) {
  return (
    <ol className="wizard-progress" aria-label="Étapes de la demande">
      {steps.map((label, index) => {
        const text = (
          <>
            <span className="wizard-progress-number">{index + 1}</span> {label}
          </>
        );
        return (
          <li
            key={label}
            aria-current={index === current ? 'step' : undefined}
            className={index < current ? 'done' : index === current ? 'current' : undefined}
          >
            {onSelect && index !== current ? (
              <button type="button" className="link-button" onClick={() => onSelect(index)}>
                {text}
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ol>
  );
}
