import type { ActionResult } from "@/lib/actions/define-action";
import { ActionButton } from "@/components/rubrics/action-button";
import type { ButtonVariant } from "@/components/ui/button";

type RowAction<T> = (previous: ActionResult<T> | null, payload: FormData) => Promise<ActionResult<T>>;

/**
 * Up, down and (while the rubric's structure may change) delete for one category or item. The
 * row is named in each accessible label and in the confirmation, so a screen reader and a tired
 * eye both know which row a button acts on.
 */
export function RowControls<Move, Remove>({
  fields,
  noun,
  name,
  move,
  remove,
  deleteLabel,
  deleteVariant,
  className,
}: {
  /** The row's id field, sent with every button. */
  fields: Record<string, number>;
  noun: "类别" | "条目";
  name: string;
  move: RowAction<Move>;
  /** Absent when the row may not be deleted. */
  remove?: RowAction<Remove>;
  deleteLabel: string;
  deleteVariant: ButtonVariant;
  className: string;
}) {
  return (
    <div className={className}>
      <ActionButton
        action={move}
        fields={{ ...fields, direction: "up" }}
        label="↑"
        ariaLabel={`上移${noun} ${name}`}
        variant="ghost"
      />
      <ActionButton
        action={move}
        fields={{ ...fields, direction: "down" }}
        label="↓"
        ariaLabel={`下移${noun} ${name}`}
        variant="ghost"
      />
      {remove && (
        <ActionButton
          action={remove}
          fields={fields}
          label={deleteLabel}
          variant={deleteVariant}
          confirm={`确定删除${noun}“${name}”吗？`}
        />
      )}
    </div>
  );
}
