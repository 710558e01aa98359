/** Starts the line on which the browser half of the web bench prints its figures as JSON. */
export const FIGURES_MARK = 'policy-annotator web bench figures: ';
