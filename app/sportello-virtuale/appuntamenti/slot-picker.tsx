import { useTranslations } from "next-intl";

import { FieldError } from "@/components/ui/field-parts";
import type { SlotDay } from "@/lib/appointments/slot-labels";

type SlotPickerProps = {
  days: SlotDay[];
  selected: string;
  error?: string;
};

/**
 * Lists the free slots as one group of radio buttons per day. Large touch targets, wrapped in
 * rows, so it works on a phone; the error, when present, is tied to the first group.
 */
export function SlotPicker({ days, selected, error }: SlotPickerProps) {
  const t = useTranslations("appointments.slots");

  return (
    <div id="startsAt" tabIndex={-1} className="mb-6">
      {error ? <FieldError id="startsAt">{error}</FieldError> : null}
      {days.map((day) => (
        <fieldset key={day.date} className="mb-4" aria-describedby={error ? "startsAt-error" : undefined}>
          <legend className="mb-2 font-semibold capitalize text-slate-900">{day.label}</legend>
          <div className="flex flex-wrap gap-2">
            {day.slots.map((slot) => (
              <label key={slot.startsAt} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-500 bg-white px-3 py-2 has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="startsAt" value={slot.startsAt} defaultChecked={slot.startsAt === selected} className="size-5" />
                <span>
                  {slot.label}
                  <span className="sr-only"> {t("freeDesks", { count: slot.freeDesks })}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
