/**
 * Field definitions: what a journey author writes in a page's `fields` list.
 *
 * Every field has a `name` that is unique within its journey, because answers
 * are stored flat in the machine's context under that name.
 */

/** Canonical value of one answered field, as stored in the machine's context. */
export type AnswerValue = string | number | string[];

/** Answers keyed by field name. */
export type Answers = Record<string, AnswerValue | undefined>;

/** A parsed form body: each input name maps to one string or, for repeated names, several. */
export type FormBody = Record<string, string | string[] | undefined>;

/**
 * Values to print back into a page's inputs, keyed by input name (so a date field
 * `dateOfBirth` has `dateOfBirth-day`, `dateOfBirth-month` and `dateOfBirth-year`).
 */
export type InputValues = Record<string, string | string[] | undefined>;

/** A validation failure on one field, in GOV.UK error message wording. */
export interface FieldError {
  /** Field name. */
  field: string;
  /** Message shown in the error summary and above the input. */
  text: string;
  /** Fragment the error summary links to, such as `#dateOfBirth-day`. */
  href: string;
  /** For date fields: which parts to highlight. */
  parts?: Array<'day' | 'month' | 'year'>;
}

/** Error messages a journey author can replace, by failure kind. */
export type FieldMessages = Partial<Record<string, string>>;

interface FieldBase {
  name: string;
  /** Label, or legend for fieldsets. A page with one field uses it as the page heading. */
  label: string;
  hint?: string;
  /** An optional field may be left empty. Fields are required unless this is true. */
  optional?: boolean;
  /**
   * Words that fit into generated error messages, such as "your date of birth" in
   * "Enter your date of birth". Defaults to the label with its first letter lowered.
   */
  errorName?: string;
  /** Replacements for generated error messages, by failure kind. */
  messages?: FieldMessages;
  /** Shorter label for the check answers page. Defaults to `label`. */
  summaryLabel?: string;
}

export interface TextField extends FieldBase {
  type: 'text';
  autocomplete?: string;
  maxLength?: number;
  /** govuk-input width class suffix, such as `20` or `one-half`. */
  width?: string;
  spellcheck?: boolean;
}

export interface FullNameField extends FieldBase {
  type: 'fullName';
  /** Character limit after spaces are collapsed. Defaults to 100. */
  maxLength?: number;
}

export interface EmailField extends FieldBase {
  type: 'email';
}

export interface PhoneField extends FieldBase {
  type: 'phone';
}

export interface PostcodeField extends FieldBase {
  type: 'postcode';
}

export interface NationalInsuranceNumberField extends FieldBase {
  type: 'nationalInsuranceNumber';
}

export interface DateField extends FieldBase {
  type: 'date';
  /**
   * Whether the date must be before today, after today, today or earlier, or
   * any date. Defaults to 'any'.
   */
  when?: 'past' | 'future' | 'todayOrPast' | 'any';
  /** Earliest date accepted, as an ISO 8601 date such as '1900-01-01'. */
  earliest?: string;
  /** Autocomplete prefix: 'bday' gives bday-day, bday-month and bday-year. */
  autocomplete?: 'bday';
}

export interface MoneyField extends FieldBase {
  type: 'money';
  /** Inclusive limits in pounds. */
  min?: number;
  max?: number;
}

export interface NumberField extends FieldBase {
  type: 'number';
  /** Inclusive limits. */
  min: number;
  max: number;
}

export interface Option {
  value: string;
  text: string;
  hint?: string;
  /** Questions shown under this option only while it is chosen. */
  reveals?: FieldDefinition[];
}

export interface RadiosField extends FieldBase {
  type: 'radios';
  options: Option[];
  /**
   * Name of one of the journey's option sources, which works out the options
   * from earlier answers (such as addresses for a postcode). `options` then
   * lists only the options that are always there.
   */
  optionsFrom?: string;
  /** Show options on one line (for two short options such as Yes and No). */
  inline?: boolean;
}

export interface CheckboxesField extends FieldBase {
  type: 'checkboxes';
  options: Option[];
  /** An option such as "None of these" that cannot be chosen with any other. */
  exclusive?: { value: string; text: string };
}

export interface TextareaField extends FieldBase {
  type: 'textarea';
  /** Character limit, shown with the GOV.UK character count. */
  maxLength: number;
  rows?: number;
}

export type FieldDefinition =
  | TextField
  | FullNameField
  | EmailField
  | PhoneField
  | PostcodeField
  | NationalInsuranceNumberField
  | DateField
  | MoneyField
  | NumberField
  | RadiosField
  | CheckboxesField
  | TextareaField;

export type FieldType = FieldDefinition['type'];

/** A rule across several fields of one page. */
export interface OneOfRule {
  kind: 'oneOf';
  /** At least one of these fields must be answered. */
  fields: string[];
  message: string;
}

export type PageRule = OneOfRule;

export interface ValidationOptions {
  /** The date "today" is, for past and future rules. */
  today: Date;
  rules?: PageRule[];
}

export type PageValidation =
  | {
      ok: true;
      /**
       * Canonical values for every field on the page, including revealed fields of
       * chosen options. Revealed fields of options not chosen are present with the
       * value `undefined`, so that merging discards what was stored for them.
       */
      answers: Answers;
    }
  | {
      ok: false;
      /** In page order, one per field at most. */
      errors: FieldError[];
      /** The participant's submitted values, to print back into the inputs. */
      values: InputValues;
    };
