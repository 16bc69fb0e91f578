// Starts the govuk-frontend components (error summary focus, character counts, conditional reveals).
import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();
